package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

func d(s string) math.LegacyDec { return math.LegacyMustNewDecFromStr(s) }

func v(val, score string, w int64) types.Vote {
	return types.Vote{Validator: val, Score: d(score), Weight: math.NewInt(w)}
}

func TestWeightedMedian(t *testing.T) {
	cases := []struct {
		name  string
		votes []types.Vote
		want  string
	}{
		{"single vote", []types.Vote{v("a", "0.42", 5)}, "0.42"},
		{"odd count, equal weights", []types.Vote{v("a", "3", 1), v("b", "1", 1), v("c", "2", 1)}, "2"},
		{"even count, equal weights: midpoint", []types.Vote{v("a", "1", 1), v("b", "2", 1), v("c", "3", 1), v("d", "4", 1)}, "2.5"},
		{"a heavy vote pulls the median", []types.Vote{v("a", "1", 1), v("b", "2", 1), v("c", "10", 5)}, "10"},
		{"exactly half: midpoint of the two sides", []types.Vote{v("a", "1", 3), v("b", "5", 3)}, "3"},
		{"ties in score", []types.Vote{v("b", "2", 1), v("a", "2", 1), v("c", "7", 1)}, "2"},
		{"zero weights count equally", []types.Vote{v("a", "1", 0), v("b", "9", 0), v("c", "4", 0)}, "4"},
		{"negative scores", []types.Vote{v("a", "-1.5", 2), v("b", "0.5", 1)}, "-1.5"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := types.WeightedMedian(tc.votes)
			require.True(t, ok)
			require.Equal(t, d(tc.want).String(), got.String())
		})
	}
	_, ok := types.WeightedMedian(nil)
	require.False(t, ok, "no votes, no median")
}

func TestMADAndAccuracy(t *testing.T) {
	votes := []types.Vote{v("a", "1", 1), v("b", "2", 1), v("c", "3", 1), v("d", "10", 1)}
	med, _ := types.WeightedMedian(votes)
	require.Equal(t, d("2.5").String(), med.String())
	// deviations 1.5, 0.5, 0.5, 7.5 → median 1
	require.Equal(t, d("1").String(), types.MAD(votes, med).String())

	tol, minScale := d("3"), d("0.01")
	cases := []struct{ score, median, mad, want string }{
		{"2.5", "2.5", "1", "1"},                     // on the median
		{"4", "2.5", "1", "0.5"},                     // 1.5 / (3·1)
		{"10", "2.5", "1", "0"},                      // beyond 3 spreads
		{"2.5", "2.5", "0", "1"},                     // no spread, exact
		{"2.52", "2.5", "0", "0.333333333333333333"}, // spread floored at min_scale: 1 − 0.02/0.03
	}
	for _, c := range cases {
		got := types.Accuracy(d(c.score), d(c.median), d(c.mad), tol, minScale)
		require.Equal(t, d(c.want).String(), got.String(), "score %s median %s mad %s", c.score, c.median, c.mad)
	}
}

func TestRankWeights(t *testing.T) {
	w := types.RankWeights(5, d("0.5"), 3)
	want := []string{"1", "0.5", "0.25", "0", "0"}
	for i := range want {
		require.Equal(t, d(want[i]).String(), w[i].String(), "rank %d", i)
	}
}

func TestSideAndSigmaSplits(t *testing.T) {
	// γ = 0.1, trainers 300, validators 100: share = 0.1 + 0.8·0.75 = 0.7
	tr, va := types.SideSplit(math.NewInt(1000), math.NewInt(300), math.NewInt(100), d("0.1"))
	require.Equal(t, int64(700), tr.Int64())
	require.Equal(t, int64(300), va.Int64())
	// no validators at all: trainers still leave γ to the validator side
	tr, va = types.SideSplit(math.NewInt(1000), math.NewInt(300), math.ZeroInt(), d("0.1"))
	require.Equal(t, int64(900), tr.Int64())
	require.Equal(t, int64(100), va.Int64())
	tr, va = types.SideSplit(math.NewInt(1001), math.ZeroInt(), math.ZeroInt(), d("0.1"))
	require.Equal(t, int64(500), tr.Int64())
	require.Equal(t, int64(501), va.Int64(), "nothing lost to rounding")

	// σ = 0.2, self 100, delegated 300: delegators get 1000·0.8·0.75 = 600
	self, dels := types.SigmaSplit(math.NewInt(1000), d("0.2"), math.NewInt(100), math.NewInt(300))
	require.Equal(t, int64(400), self.Int64())
	require.Equal(t, int64(600), dels.Int64())
	self, dels = types.SigmaSplit(math.NewInt(1000), d("0.2"), math.NewInt(100), math.ZeroInt())
	require.Equal(t, int64(1000), self.Int64())
	require.True(t, dels.IsZero())
}

func TestAllocate(t *testing.T) {
	got := types.Allocate(math.NewInt(10), []math.LegacyDec{d("1"), d("1"), d("1"), d("0"), d("-1")})
	require.Equal(t, []int64{3, 3, 3, 0, 0}, []int64{got[0].Int64(), got[1].Int64(), got[2].Int64(), got[3].Int64(), got[4].Int64()})
	none := types.Allocate(math.NewInt(10), []math.LegacyDec{d("0")})
	require.True(t, none[0].IsZero())
}
