package types_test

import (
	"encoding/hex"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

func addrOf(b byte) string { return sdk.AccAddress(slices.Repeat([]byte{b}, 20)).String() }

func TestParseVerdicts(t *testing.T) {
	a, b := addrOf(1), addrOf(2)
	got, err := types.ParseVerdicts([]types.VerdictEntry{{Proposer: b, Verdict: -1, Metric: "1.5"}, {Proposer: a, Verdict: 1, Metric: "-0.25"}}, 9)
	require.NoError(t, err)
	require.Len(t, got, 2)
	require.Less(t, got[0].Proposer, got[1].Proposer, "sorted by proposer")
	for _, c := range []struct {
		name string
		in   []types.VerdictEntry
		err  error
		msg  string
	}{
		{"verdict 0", []types.VerdictEntry{{Proposer: a, Verdict: 0, Metric: "1"}}, types.ErrInvalidVerdict, "want +1 (accept) or -1 (reject)"},
		{"verdict 2", []types.VerdictEntry{{Proposer: a, Verdict: 2, Metric: "1"}}, types.ErrInvalidVerdict, "is 2"},
		{"twice", []types.VerdictEntry{{Proposer: a, Verdict: 1, Metric: "1"}, {Proposer: a, Verdict: -1, Metric: "1"}}, types.ErrInvalidVerdict, "two verdicts"},
		{"upper-case address", []types.VerdictEntry{{Proposer: strings.ToUpper(a), Verdict: 1, Metric: "1"}}, types.ErrInvalidAddress, "canonical"},
		{"bad address", []types.VerdictEntry{{Proposer: "flock1xyz", Verdict: 1, Metric: "1"}}, types.ErrInvalidAddress, "flock1xyz"},
		{"exponent", []types.VerdictEntry{{Proposer: a, Verdict: 1, Metric: "1e3"}}, types.ErrInvalidVerdict, "1e3"},
		{"too many decimals", []types.VerdictEntry{{Proposer: a, Verdict: 1, Metric: "0.1234567891"}}, types.ErrInvalidVerdict, "10 decimals"},
		{"empty metric", []types.VerdictEntry{{Proposer: a, Verdict: 1, Metric: ""}}, types.ErrInvalidVerdict, "metric"},
		{"plus sign", []types.VerdictEntry{{Proposer: a, Verdict: 1, Metric: "+1"}}, types.ErrInvalidVerdict, "+1"},
	} {
		_, err := types.ParseVerdicts(c.in, 9)
		require.ErrorIs(t, err, c.err, c.name)
		require.ErrorContains(t, err, c.msg, c.name)
	}
}

// TestCommitmentsBindEverything: changing any field changes the commitment; the order and
// spelling of the verdicts does not.
func TestCommitmentsBindEverything(t *testing.T) {
	h := func(s string) []byte { b, _ := hex.DecodeString(strings.Repeat(s, 64)); return b }
	salt := []byte("0123456789abcdef")
	base := types.UpdateCommitment(1, 2, addrOf(1), h("a"), 10, h("b"), salt)
	for _, other := range [][]byte{
		types.UpdateCommitment(2, 2, addrOf(1), h("a"), 10, h("b"), salt),
		types.UpdateCommitment(1, 3, addrOf(1), h("a"), 10, h("b"), salt),
		types.UpdateCommitment(1, 2, addrOf(2), h("a"), 10, h("b"), salt),
		types.UpdateCommitment(1, 2, addrOf(1), h("c"), 10, h("b"), salt),
		types.UpdateCommitment(1, 2, addrOf(1), h("a"), 11, h("b"), salt),
		types.UpdateCommitment(1, 2, addrOf(1), h("a"), 10, h("c"), salt),
		types.UpdateCommitment(1, 2, addrOf(1), h("a"), 10, h("b"), []byte("0123456789abcdeF")),
	} {
		require.NotEqual(t, base, other)
	}
	v1, err := types.ParseVerdicts([]types.VerdictEntry{{Proposer: addrOf(1), Verdict: 1, Metric: "0.5"}, {Proposer: addrOf(2), Verdict: -1, Metric: "2"}}, 9)
	require.NoError(t, err)
	v2, err := types.ParseVerdicts([]types.VerdictEntry{{Proposer: addrOf(2), Verdict: -1, Metric: "2.000"}, {Proposer: addrOf(1), Verdict: 1, Metric: "0.50"}}, 9)
	require.NoError(t, err)
	c1 := types.VoteCommitment(1, 1, addrOf(3), salt, h("d"), v1)
	require.Equal(t, c1, types.VoteCommitment(1, 1, addrOf(3), salt, h("d"), v2), "order and spelling do not matter")
	v2[0].Accept = true
	require.NotEqual(t, c1, types.VoteCommitment(1, 1, addrOf(3), salt, h("d"), v2))
	require.NotEqual(t, c1, types.VoteCommitment(1, 1, addrOf(4), salt, h("d"), v1))
	require.NotEqual(t, c1, types.VoteCommitment(1, 1, addrOf(3), salt, h("e"), v1))
}

// FuzzParseVerdicts: the reveal decoder never panics; what it accepts is sorted, unique,
// ±1, re-parses to itself, and commits the same whatever the entries' order.
func FuzzParseVerdicts(f *testing.F) {
	f.Add(addrOf(1), int32(1), "0.5", addrOf(2), int32(-1), "-3")
	f.Add(addrOf(1), int32(1), "0.5", addrOf(1), int32(1), "0.5")
	f.Add("flock1", int32(0), "", "", int32(7), "1e9")
	f.Add(addrOf(9), int32(-1), "123456789012345.123456789", addrOf(8), int32(1), "0000.1")
	f.Fuzz(func(t *testing.T, p1 string, v1 int32, m1, p2 string, v2 int32, m2 string) {
		in := []types.VerdictEntry{{Proposer: p1, Verdict: v1, Metric: m1}, {Proposer: p2, Verdict: v2, Metric: m2}}
		out, err := types.ParseVerdicts(in, 9)
		if err != nil {
			return
		}
		require.Len(t, out, 2)
		require.Less(t, out[0].Proposer, out[1].Proposer)
		for _, v := range out {
			require.NoError(t, types.CheckAddress("proposer", v.Proposer))
			again, err := types.ParseMetric(v.Metric.String(), 18)
			require.NoError(t, err)
			require.True(t, again.Equal(v.Metric))
		}
		rev, err := types.ParseVerdicts([]types.VerdictEntry{in[1], in[0]}, 9)
		require.NoError(t, err)
		salt := []byte("0123456789abcdef")
		require.Equal(t, types.VoteCommitment(1, 1, addrOf(3), salt, salt, out), types.VoteCommitment(1, 1, addrOf(3), salt, salt, rev))
	})
}

// FuzzParseUpdateReveal: an update reveal either decodes to 32-byte hashes, a positive
// sample count and a 16–64 byte salt, or is refused with a typed error.
func FuzzParseUpdateReveal(f *testing.F) {
	f.Add("https://x/u", strings.Repeat("ab", 32), uint64(10), strings.Repeat("CD", 32), strings.Repeat("00", 16))
	f.Add("", "", uint64(0), "", "")
	f.Add("a b", strings.Repeat("ab", 31), uint64(1), strings.Repeat("cd", 33), strings.Repeat("00", 65))
	f.Fuzz(func(t *testing.T, uri, hash string, n uint64, base, salt string) {
		rev, err := types.ParseUpdateReveal(&types.MsgSubmitUpdate{UpdateUri: uri, UpdateHash: hash, NumSamples: n, BaseModelHash: base, Salt: salt})
		if err != nil {
			return
		}
		require.Len(t, rev.Hash, 32)
		require.Len(t, rev.BaseModel, 32)
		require.Positive(t, rev.NumSamples)
		require.GreaterOrEqual(t, len(rev.Salt), types.MinSaltBytes)
		require.LessOrEqual(t, len(rev.Salt), types.MaxSaltBytes)
		require.NoError(t, types.CheckURI("update_uri", rev.URI))
	})
}
