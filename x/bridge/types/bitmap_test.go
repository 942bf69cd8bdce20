package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/bridge/types"
)

// TestClaimedBitmap: one canonical bitmap per set of claimed leaves (order and repeats do not
// matter, no trailing zero bytes), and ClaimedIndex reads back exactly the set.
func TestClaimedBitmap(t *testing.T) {
	require.Empty(t, types.ClaimedBitmap(nil))
	require.Equal(t, []byte{0x01}, types.ClaimedBitmap([]uint64{0}))
	require.Equal(t, []byte{0x80, 0x00, 0x01}, types.ClaimedBitmap([]uint64{16, 7}))
	require.Equal(t, types.ClaimedBitmap([]uint64{3, 300, 9}), types.ClaimedBitmap([]uint64{300, 9, 3, 9}))
	set := map[uint64]bool{0: true, 5: true, 256: true, 299: true}
	bm := types.ClaimedBitmap([]uint64{299, 0, 256, 5})
	require.NotZero(t, bm[len(bm)-1])
	for i := uint64(0); i < 400; i++ {
		require.Equal(t, set[i], types.ClaimedIndex(bm, i), i)
	}
}
