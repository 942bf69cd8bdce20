package types_test

import (
	"bytes"
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

// FuzzRevealScores: any reveal either fails to parse with a typed error or commits to a
// value that a different score list never matches.
func FuzzRevealScores(f *testing.F) {
	f.Add(uint64(1), "0.5", uint64(2), "1", []byte("0123456789abcdef"))
	f.Add(uint64(1), "-3.25", uint64(1), "7", []byte("saltsaltsaltsalt"))
	f.Fuzz(func(t *testing.T, id1 uint64, s1 string, id2 uint64, s2 string, salt []byte) {
		parsed, err := types.ParseScores([]types.ScoreEntry{{SubmissionId: id1, Score: s1}, {SubmissionId: id2, Score: s2}}, 9)
		if err != nil {
			return
		}
		c := types.Commitment(1, "flock1v", salt, parsed)
		changed := append([]types.ParsedScore(nil), parsed...)
		changed[0].Score = changed[0].Score.Add(d("0.000000001"))
		require.NotEqual(t, c, types.Commitment(1, "flock1v", salt, changed))
		require.Equal(t, c, types.Commitment(1, "flock1v", salt, parsed), "deterministic")
	})
}
