package types_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

func TestShuffleIsADeterministicPermutation(t *testing.T) {
	seed := types.Seed([]byte("app hash"), 7, 3)
	for _, n := range []uint32{0, 1, 2, 10, 1000} {
		perm := types.Shuffle(seed, n)
		require.Equal(t, perm, types.Shuffle(seed, n), "same seed, same shuffle")
		sorted := slices.Clone(perm)
		slices.Sort(sorted)
		for i, v := range sorted {
			require.Equal(t, uint32(i), v, "a permutation of 0..n-1")
		}
	}
	require.NotEqual(t, types.Shuffle(seed, 50), types.Shuffle(types.Seed([]byte("app hash"), 7, 4), 50), "another round, another draw")
	require.NotEqual(t, types.Seed([]byte("x"), 1, 1), types.Seed([]byte("x"), 2, 1))
}

// TestShuffleIsUniform: over many seeds each index lands in the first position about
// equally often (chi-square-free bound: within 25 % of the mean for 10 × 2,000 draws).
func TestShuffleIsUniform(t *testing.T) {
	const n, draws = 10, 2000
	first := make([]int, n)
	for d := range draws {
		perm := types.Shuffle(types.Seed([]byte{byte(d), byte(d >> 8)}, 1, 1), n)
		first[perm[0]]++
	}
	for i, c := range first {
		require.InDelta(t, draws/n, c, draws/n/4, "index %d first %d times", i, c)
	}
}

func TestProposerCount(t *testing.T) {
	for _, c := range []struct {
		ratio string
		n     uint32
		want  uint32
	}{
		{"1", 5, 5}, {"0.5", 4, 2}, {"0.5", 5, 3}, {"0.01", 3, 1}, {"0.99", 3, 2}, {"0.333333333333333333", 3, 1},
		{"0.333333333333333334", 3, 2}, {"0.000000000000000001", 2, 1}, {"0.9", 10000, 9000},
	} {
		require.Equal(t, c.want, types.ProposerCount(math.LegacyMustNewDecFromStr(c.ratio), c.n), "%s of %d", c.ratio, c.n)
	}
}

func TestRoles(t *testing.T) {
	seed := types.Seed([]byte("h"), 1, 1)
	all := types.NewRoles(seed, 4, math.LegacyOneDec())
	require.True(t, all.Everyone)
	for i := range uint32(4) {
		require.True(t, all.IsProposer(i))
		require.True(t, all.IsVoter(i))
	}
	require.False(t, all.IsProposer(4), "no index past n")

	half := types.NewRoles(seed, 7, math.LegacyNewDecWithPrec(5, 1))
	require.Equal(t, uint32(4), half.Proposers)
	require.Equal(t, uint32(3), half.Voters())
	var p, v uint32
	for i := range uint32(7) {
		require.NotEqual(t, half.IsProposer(i), half.IsVoter(i), "one role each when the ratio is below 1")
		if half.IsProposer(i) {
			p++
		} else {
			v++
		}
	}
	require.Equal(t, uint32(4), p)
	require.Equal(t, uint32(3), v)
}

func TestBitmaps(t *testing.T) {
	b := types.NewBitmap(17)
	require.Len(t, b, 3)
	types.SetBit(b, 0)
	types.SetBit(b, 9)
	types.SetBit(b, 16)
	require.True(t, types.HasBit(b, 9))
	require.False(t, types.HasBit(b, 8))
	require.False(t, types.HasBit(b, 100), "past the end is clear")

	judged, accepts, accepted := types.NewBitmap(10), types.NewBitmap(10), types.NewBitmap(10)
	for _, i := range []uint32{1, 2, 3, 9} {
		types.SetBit(judged, i)
	}
	types.SetBit(accepts, 1) // +1 on 1 (accepted): match
	types.SetBit(accepts, 2) // +1 on 2 (rejected): miss
	// −1 on 3 (rejected): match; −1 on 9 (accepted): miss
	types.SetBit(accepted, 1)
	types.SetBit(accepted, 9)
	types.SetBit(accepted, 5) // not judged: does not count
	m, n := types.CountMatches(judged, accepts, accepted)
	require.Equal(t, uint32(2), m)
	require.Equal(t, uint32(4), n)
}
