package types_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/arena/types"
)

func TestParseScore(t *testing.T) {
	good := map[string]string{"0": "0", "1.5": "1.5", "-0.25": "-0.25", "000123.000000001": "123.000000001"}
	for in, want := range good {
		got, err := types.ParseScore(in, 9)
		require.NoError(t, err, in)
		require.Equal(t, d(want).String(), got.String())
	}
	for _, bad := range []string{"", "-", ".5", "1.", "1e3", "+1", " 1", "1.0000000001", "1,5", "0x10", "1234567890123456", "NaN", "--1"} {
		_, err := types.ParseScore(bad, 9)
		require.ErrorIs(t, err, types.ErrInvalidScore, "%q", bad)
	}
}

func TestParseScoresRejectsDuplicates(t *testing.T) {
	_, err := types.ParseScores([]types.ScoreEntry{{SubmissionId: 2, Score: "1"}, {SubmissionId: 2, Score: "3"}}, 9)
	require.ErrorIs(t, err, types.ErrDuplicateScore)
	require.ErrorContains(t, err, "submission 2 is scored twice")
	got, err := types.ParseScores([]types.ScoreEntry{{SubmissionId: 9, Score: "1"}, {SubmissionId: 3, Score: "2"}}, 9)
	require.NoError(t, err)
	require.Equal(t, uint64(3), got[0].SubmissionID, "sorted by submission id")
}

func TestCommitment(t *testing.T) {
	salt := bytes.Repeat([]byte{7}, 16)
	a, _ := types.ParseScores([]types.ScoreEntry{{SubmissionId: 1, Score: "0.5"}, {SubmissionId: 2, Score: "1"}}, 9)
	b, _ := types.ParseScores([]types.ScoreEntry{{SubmissionId: 2, Score: "1.000"}, {SubmissionId: 1, Score: "0.50"}}, 9)
	c := types.Commitment(7, "flock1val", salt, a)
	require.Equal(t, c, types.Commitment(7, "flock1val", salt, b), "order and spelling do not matter")
	require.NotEqual(t, c, types.Commitment(8, "flock1val", salt, a), "task id is bound")
	require.NotEqual(t, c, types.Commitment(7, "flock1other", salt, a), "validator is bound")
	require.NotEqual(t, c, types.Commitment(7, "flock1val", bytes.Repeat([]byte{8}, 16), a), "salt is bound")
	a[0].Score = d("0.6")
	require.NotEqual(t, c, types.Commitment(7, "flock1val", salt, a), "scores are bound")
}

// revealSeed is one reveal of two scores.
type revealSeed struct {
	id1      uint64
	s1       string
	id2      uint64
	s2       string
	salt     []byte
	parsable bool // whether it parses and so reaches the commitment property
}

// checkReveal parses a two-score reveal: a refusal must be a typed error, and a reveal that
// parses commits to a value that is deterministic and that a changed score list never
// matches. It reports whether the reveal reached that property.
func checkReveal(t *testing.T, r revealSeed) bool {
	parsed, err := types.ParseScores([]types.ScoreEntry{{SubmissionId: r.id1, Score: r.s1}, {SubmissionId: r.id2, Score: r.s2}}, 9)
	if err != nil {
		require.True(t, errors.Is(err, types.ErrInvalidScore) || errors.Is(err, types.ErrDuplicateScore), "untyped refusal: %v", err)
		return false
	}
	c := types.Commitment(1, "flock1v", r.salt, parsed)
	changed := append([]types.ParsedScore(nil), parsed...)
	changed[0].Score = changed[0].Score.Add(d("0.000000001"))
	require.NotEqual(t, c, types.Commitment(1, "flock1v", r.salt, changed))
	require.Equal(t, c, types.Commitment(1, "flock1v", r.salt, parsed), "deterministic")
	return true
}

var revealSeeds = []revealSeed{
	{1, "0.5", 2, "1", []byte("0123456789abcdef"), true},
	{7, "-3.25", 3, "000123.000000001", []byte("saltsaltsaltsalt"), true},
	{0, "0", ^uint64(0), "-999999.999999999", nil, true},
	{1, "-3.25", 1, "7", []byte("saltsaltsaltsalt"), false}, // scored twice
	{1, "1.0000000001", 2, "1", nil, false},                 // more decimals than allowed
}

// TestRevealFuzzSeedsReachTheProperty: plain go test runs only the seeds, so the parsable
// ones must get to the commitment property and the others be refused.
func TestRevealFuzzSeedsReachTheProperty(t *testing.T) {
	for _, r := range revealSeeds {
		require.Equal(t, r.parsable, checkReveal(t, r), "%+v", r)
	}
}

// FuzzRevealScores: any reveal either fails to parse with a typed error or commits to a
// value that a different score list never matches.
func FuzzRevealScores(f *testing.F) {
	for _, r := range revealSeeds {
		f.Add(r.id1, r.s1, r.id2, r.s2, r.salt)
	}
	f.Fuzz(func(t *testing.T, id1 uint64, s1 string, id2 uint64, s2 string, salt []byte) {
		checkReveal(t, revealSeed{id1: id1, s1: s1, id2: id2, s2: s2, salt: salt})
	})
}
