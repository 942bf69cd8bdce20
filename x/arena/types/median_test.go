package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

func d(s string) math.LegacyDec { return math.LegacyMustNewDecFromStr(s) }

func v(val, score string, w int64) types.Vote {
	return types.Vote{Validator: []byte(val), Score: d(score), Weight: math.LegacyNewDec(w)}
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
		// votes given in address order, scores in another order, unequal weights: the
		// weights must travel with their scores when sorted. Taking the weights in the
		// given order (3, 8, 4 against sorted scores 0.70, 0.72, 0.74) would give 0.72.
		{"unsorted, unequal: heavy lowest score", []types.Vote{v("a", "0.72", 3), v("b", "0.70", 8), v("c", "0.74", 4)}, "0.70"},
		// sorted weights 1, 2, 6 → 0.9; given-order weights 6, 2, 1 → 0.1
		{"unsorted, unequal: heavy highest score", []types.Vote{v("a", "0.9", 6), v("b", "0.5", 2), v("c", "0.1", 1)}, "0.9"},
		// sorted: 1(w4) 2(w1) 3(w1) 4(w4) total 10 → cum 4, 5 = half → midpoint of 2 and 3
		{"unsorted, exactly half inside", []types.Vote{v("d", "4", 4), v("c", "3", 1), v("b", "2", 1), v("a", "1", 4)}, "2.5"},
		{"fractional weights", []types.Vote{
			{Validator: []byte("a"), Score: d("1"), Weight: d("0.5")},
			{Validator: []byte("b"), Score: d("2"), Weight: d("0.500000000000000001")},
		}, "2"},
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
		{"2.52", "2.5", "0", "0.333333333333333333"}, // spread floored at min_scale: 1 − 0.02/0.03, rounded down
		{"2.51", "2.5", "0", "0.666666666666666666"}, // 1 − 1/3 rounded down, not to nearest (…667)
		{"2.49", "2.5", "0", "0.666666666666666666"}, // below the median the same
	}
	for _, c := range cases {
		got := types.Accuracy(d(c.score), d(c.median), d(c.mad), tol, minScale)
		require.Equal(t, d(c.want).String(), got.String(), "score %s median %s mad %s", c.score, c.median, c.mad)
	}
}

func TestScoreSubmission(t *testing.T) {
	// b's 8 is capped at the others' 7: weights 3, 7, 4 of 14, and the sorted cumulative weight
	// lands on half at 0.70, so the median is the midpoint 0.71 — without the cap it is 0.70.
	judged := types.ScoreSubmission([]types.Vote{v("a", "0.72", 3), v("b", "0.70", 8), v("c", "0.74", 4)}, d("3"), d("0.05"))
	require.True(t, judged.Scored)
	require.Equal(t, d("0.71").String(), judged.Median.String())
	require.Equal(t, d("0.01").String(), judged.MAD.String())
	// accuracies in the given order: 1 − 0.01/0.15, 1 − 0.01/0.15, 1 − 0.03/0.15, rounded down
	require.Equal(t, []string{"0.933333333333333333", "0.933333333333333333", "0.800000000000000000"},
		[]string{judged.Accuracy[0].String(), judged.Accuracy[1].String(), judged.Accuracy[2].String()})
	require.False(t, types.ScoreSubmission(nil, d("3"), d("0.05")).Scored)
	require.Equal(t, d("0.5").String(), types.MeanAccuracy(d("1.5"), 3).String())
}

func TestCapVotes(t *testing.T) {
	weights := func(vs []types.Vote) []string {
		var out []string
		for _, x := range types.CapVotes(vs) {
			out = append(out, x.Weight.TruncateInt().String())
		}
		return out
	}
	require.Equal(t, []string{"6", "3", "3"}, weights([]types.Vote{v("a", "1", 90), v("b", "1", 3), v("c", "1", 3)}), "a whale holds at most half")
	require.Equal(t, []string{"3", "3", "4"}, weights([]types.Vote{v("a", "1", 3), v("b", "1", 3), v("c", "1", 4)}), "no vote above the others' sum is unchanged")
	require.Equal(t, []string{"2", "2"}, weights([]types.Vote{v("a", "1", 2), v("b", "1", 9)}), "two votes weigh the same")
	require.Equal(t, []string{"0"}, weights([]types.Vote{v("a", "1", 5)}), "a lone vote: zero weight, counted alone")
	// a whale alone cannot pull the median: two honest votes at 1 against 90 at 10
	m, _ := types.WeightedMedian(types.CapVotes([]types.Vote{v("w", "10", 90), v("b", "1", 3), v("c", "1", 3)}))
	require.Equal(t, d("5.5").String(), m.String(), "exactly half each side: the midpoint")
}
