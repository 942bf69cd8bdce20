package alliance_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/alliance"
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

// TestFormatMetricFitsEveryDecimalsParam: whatever metric_decimals governance sets, the
// metric a voter writes parses on chain with that param and has exactly that many decimals;
// what the chain would refuse (NaN, infinite, too many digits) is refused before committing.
func TestFormatMetricFitsEveryDecimalsParam(t *testing.T) {
	for decimals := uint32(0); decimals <= alliancetypes.MaxMetricDecimals; decimals++ {
		for _, v := range []float64{0, 0.0000001, 0.693147180559945, 2.302585092994046, 12345.678901234567} {
			s, err := alliance.FormatMetric(v, decimals)
			require.NoError(t, err)
			_, err = alliancetypes.ParseMetric(s, decimals)
			require.NoError(t, err, "%s with %d decimals", s, decimals)
			if decimals > 0 {
				_, err = alliancetypes.ParseMetric(s, decimals-1)
				require.Error(t, err, "%s has %d decimals, not fewer", s, decimals)
			}
		}
	}
	got, err := alliance.FormatMetric(1.0/3, 9)
	require.NoError(t, err)
	require.Equal(t, "0.333333333", got)
	for _, bad := range []float64{math.NaN(), math.Inf(1), 1e20} {
		_, err := alliance.FormatMetric(bad, 9)
		require.ErrorIs(t, err, alliancetypes.ErrInvalidVerdict, "%v", bad)
	}
	_, err = alliancetypes.ParseMetric(alliance.NoMeasurement, 0)
	require.NoError(t, err, "the metric of an unmeasured rejection parses with any decimals")
}
