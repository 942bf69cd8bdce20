package arena_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/arena"
	arenatypes "github.com/flockchain/flock/x/arena/types"
)

func TestFormatScore(t *testing.T) {
	cases := []struct {
		v        float64
		decimals uint32
		want     string
	}{
		{0.123456789123, 9, "0.123456789"},
		{0.123456789123, 4, "0.1235"},
		{0.5, 0, "0"}, // rounds half to even, as strconv does
		{1.5, 0, "2"},
		{2.25, 1, "2.2"},
		{-3.25, 2, "-3.25"},
		{1.0 / 3, 18, "0.333333333333333315"},
	}
	for _, c := range cases {
		got, err := arena.FormatScore(c.v, c.decimals)
		require.NoError(t, err)
		require.Equal(t, c.want, got, "%v with %d decimals", c.v, c.decimals)
	}
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e20} {
		_, err := arena.FormatScore(bad, 9)
		require.ErrorIs(t, err, arenatypes.ErrInvalidScore, "%v", bad)
	}
}

// TestFormatScoreFitsEveryDecimalsParam: whatever score_decimals governance sets, the score
// a worker writes parses on chain with that param, and has exactly that many decimals.
func TestFormatScoreFitsEveryDecimalsParam(t *testing.T) {
	for decimals := uint32(0); decimals <= arenatypes.MaxScoreDecimals; decimals++ {
		for _, v := range []float64{0, 0.0000001, 0.693147180559945, 1.0986122886681098, 12345.678901234567} {
			s, err := arena.FormatScore(v, decimals)
			require.NoError(t, err)
			_, err = arenatypes.ParseScore(s, decimals)
			require.NoError(t, err, "%s with %d decimals", s, decimals)
			if decimals > 0 {
				_, err = arenatypes.ParseScore(s, decimals-1)
				require.ErrorIs(t, err, arenatypes.ErrInvalidScore, "%s has %d decimals, not fewer", s, decimals)
			}
		}
	}
}
