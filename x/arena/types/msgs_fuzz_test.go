package types_test

import (
	"encoding/hex"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/arena/types"
)

// scoreSpelling is the one spelling of a score the README allows, at the most decimals any
// params allow: an optional minus, 1 to 15 digits, optionally a point and 1 to MaxScoreDecimals (16) digits.
var scoreSpelling = regexp.MustCompile(`^-?[0-9]{1,15}(\.[0-9]{1,16})?$`)

// FuzzParseScore: a string parses exactly when it is spelled as the README says, to exactly
// the value it names, and the canonical form it commits to parses back to the same value.
func FuzzParseScore(f *testing.F) {
	for _, s := range []string{"0", "-0", "0.5", "-12.0000000000000001", "999999999999999.9999999999999999", "0.00000000000000001",
		"1e5", "NaN", "Inf", "+1", "1.", ".1", "--1", "0x1f", "1_000", "١", " 1", "1.5e-3", "-", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := types.ParseScore(s, types.MaxScoreDecimals)
		if !scoreSpelling.MatchString(s) {
			require.ErrorIs(t, err, types.ErrInvalidScore, "%q", s)
			return
		}
		require.NoError(t, err, "%q", s)
		want, ok := new(big.Rat).SetString(s)
		require.True(t, ok)
		exact := new(big.Rat).SetFrac(got.BigInt(), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
		require.Zero(t, want.Cmp(exact), "%q parsed to %s", s, got)
		// the canonical form has 18 decimals; without its trailing zeros it parses back
		again, err := types.ParseScore(strings.TrimSuffix(strings.TrimRight(got.String(), "0"), "."), types.MaxScoreDecimals)
		require.NoError(t, err, "canonical form %s of %q", got, s)
		require.True(t, again.Equal(got))
	})
}

// FuzzRevealScoresValidateBasic: a reveal of two scores passes ValidateBasic exactly when
// both are well spelled, name two different submissions (not 0) and the salt is 16 to 64
// bytes of hex; otherwise it fails with one of the module's typed errors.
func FuzzRevealScoresValidateBasic(f *testing.F) {
	f.Add(uint64(1), "0.5", uint64(2), "1", salt)
	f.Add(uint64(1), "NaN", uint64(2), "1", salt)
	f.Add(uint64(3), "1", uint64(3), "2", salt)
	f.Add(uint64(0), "1", uint64(3), "2", salt)
	f.Add(uint64(1), "1e5", uint64(2), "1", "00")
	f.Fuzz(func(t *testing.T, id1 uint64, s1 string, id2 uint64, s2 string, saltHex string) {
		msg := &types.MsgRevealScores{Validator: alice, TaskId: 1, Salt: saltHex,
			Scores: []types.ScoreEntry{{SubmissionId: id1, Score: s1}, {SubmissionId: id2, Score: s2}}}
		err := msg.ValidateBasic()
		saltBytes, hexErr := hex.DecodeString(saltHex)
		ok := hexErr == nil && len(saltBytes) >= types.MinSaltBytes && len(saltBytes) <= types.MaxSaltBytes &&
			scoreSpelling.MatchString(s1) && scoreSpelling.MatchString(s2) && id1 != 0 && id2 != 0 && id1 != id2
		if ok {
			require.NoError(t, err)
			return
		}
		require.Error(t, err)
		typed := false
		for _, e := range []error{types.ErrInvalidSalt, types.ErrInvalidScore, types.ErrDuplicateScore} {
			typed = typed || errors.Is(err, e)
		}
		require.True(t, typed, "untyped error %v", err)
	})
}
