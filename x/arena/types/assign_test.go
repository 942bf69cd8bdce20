package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

func TestAssign(t *testing.T) {
	seed := types.Seed([]byte("header"), 7, 0)
	weights := []uint64{types.SqrtWeight(math.NewInt(100)), types.SqrtWeight(math.NewInt(400)), 0, types.SqrtWeight(math.NewInt(900))}
	require.Equal(t, []uint64{10, 20, 0, 30}, weights)

	got := types.Assign(seed, 50, weights, 2)
	require.Equal(t, got, types.Assign(seed, 50, weights, 2), "deterministic")
	require.NotEqual(t, got, types.Assign(types.Seed([]byte("other"), 7, 0), 50, weights, 2), "seeded")
	for _, picks := range got {
		require.Len(t, picks, 2)
		require.NotEqual(t, picks[0], picks[1], "without replacement")
		require.NotContains(t, picks, 2, "no stake, no assignment")
	}
	all := types.Assign(seed, 3, weights, 10)
	for _, picks := range all {
		require.ElementsMatch(t, []int{0, 1, 3}, picks, "k above the validators assigns all")
	}

	// over many draws the √stake weights show: validator 3 (weight 30) is first pick more
	// often than validator 0 (weight 10)
	first := map[int]int{}
	for _, picks := range types.Assign(seed, 3000, weights, 1) {
		first[picks[0]]++
	}
	require.Greater(t, first[3], 2*first[0])
}
