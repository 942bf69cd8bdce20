package types_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

func TestSideSplit(t *testing.T) {
	// γ = 0.1, trainers 300, validators 100: share = 0.1 + 0.8·0.75 = 0.7
	tr, va := types.SideSplit(math.NewInt(1000), d("300"), d("100"), d("0.1"))
	require.Equal(t, int64(700), tr.Int64())
	require.Equal(t, int64(300), va.Int64())
	// no validators at all: trainers still leave γ to the validator side
	tr, va = types.SideSplit(math.NewInt(1000), d("300"), d("0"), d("0.1"))
	require.Equal(t, int64(900), tr.Int64())
	require.Equal(t, int64(100), va.Int64())
	tr, va = types.SideSplit(math.NewInt(1001), d("0"), d("0"), d("0.1"))
	require.Equal(t, int64(500), tr.Int64())
	require.Equal(t, int64(501), va.Int64(), "nothing lost to rounding")
	// the share 0.15 + 0.7·1/3 = 0.38333… is not truncated before multiplying: with 10^21
	// aflock, ⌊10^21·0.383333…⌋ = 383333333333333333333, where truncating the share to 18
	// decimals first gives …333000.
	tr, _ = types.SideSplit(math.NewIntWithDecimal(1, 21), d("1"), d("2"), d("0.15"))
	require.Equal(t, "383333333333333333333", tr.String())
}

func TestSigmaSplitAndSplitReward(t *testing.T) {
	// σ = 0.2, self 100, delegated 300: delegators get 1000·0.8·0.75 = 600
	self, dels := types.SigmaSplit(math.NewInt(1000), d("0.2"), math.NewInt(100), math.NewInt(300))
	require.Equal(t, int64(400), self.Int64())
	require.Equal(t, int64(600), dels.Int64())
	self, dels = types.SigmaSplit(math.NewInt(1000), d("0.2"), math.NewInt(100), math.ZeroInt())
	require.Equal(t, int64(1000), self.Int64())
	require.True(t, dels.IsZero())

	toSelf, shares := types.SplitReward(math.NewInt(1000), types.Participant{Sigma: d("0.2"), SelfStake: math.NewInt(100), Delegated: math.NewInt(300)},
		[]math.Int{math.NewInt(100), math.NewInt(200)})
	require.Equal(t, int64(400), toSelf.Int64())
	require.Equal(t, []int64{200, 400}, []int64{shares[0].Int64(), shares[1].Int64()})
}

func TestRankSplit(t *testing.T) {
	// q = 0.5, 5 scored, top 3: weights 1, 0.5, 0.25 of 1.75
	s := types.NewRankSplit(math.NewInt(7000), d("0.5"), 5, 3)
	var got []int64
	for r := range 5 {
		got = append(got, s.Reward(r).Int64())
	}
	require.Equal(t, []int64{4000, 2000, 1000, 0, 0}, got)
	// q = 0.7 over 4: exact q^r, not a rounded power: ⌊10^21·0.343/2.533⌋
	s = types.NewRankSplit(math.NewIntWithDecimal(1, 21), d("0.7"), 4, 10)
	want := new(big.Int).Mul(big.NewInt(343), new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil))
	want.Quo(want, big.NewInt(2533))
	require.Equal(t, want.String(), s.Reward(3).String())
	require.True(t, types.NewRankSplit(math.NewInt(10), d("1"), 0, 10).Reward(0).IsZero(), "nothing scored")
	// q = 1: equal shares
	s = types.NewRankSplit(math.NewInt(10), d("1"), 3, 10)
	require.Equal(t, int64(3), s.Reward(2).Int64())
}

func TestValidatorReward(t *testing.T) {
	// weights 3000·(1.5/2) and 1000·(1/1): 2250 and 1000 of 3250
	w1 := types.ValidatorWeight(d("3000"), d("1.5"), 2)
	w2 := types.ValidatorWeight(d("1000"), d("1"), 1)
	sum := new(big.Rat).Add(w1, w2)
	require.Equal(t, int64(692), types.ValidatorReward(math.NewInt(1000), w1, sum).Int64()) // ⌊1000·2250/3250⌋
	require.Equal(t, int64(307), types.ValidatorReward(math.NewInt(1000), w2, sum).Int64())
	require.True(t, types.ValidatorReward(math.NewInt(1000), types.ValidatorWeight(d("5"), d("0"), 0), sum).IsZero())
}

func TestRankKeyOrder(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	key := func(id uint64, scored bool, score string, lower bool, at time.Time) []byte {
		return types.RankKey(types.RankedSubmission{SubmissionId: id, Scored: scored, Score: d(score)}, lower, at)
	}
	less := func(a, b []byte) bool { return string(a) < string(b) }
	require.True(t, less(key(9, true, "-2", true, t0), key(1, true, "-1.5", true, t0)), "lower is better, negative scores")
	require.True(t, less(key(9, true, "0.9", false, t0), key(1, true, "0.1", false, t0)), "higher is better")
	require.True(t, less(key(9, true, "1", true, t0), key(1, true, "1", true, t0.Add(time.Second))), "tie: earlier submission first")
	require.True(t, less(key(1, true, "1", true, t0), key(2, true, "1", true, t0)), "tie at the same time: lower id")
	require.True(t, less(key(9, true, "999999999999999", true, t0), key(1, false, "0", true, t0)), "unscored last")
	require.True(t, less(key(1, false, "0", true, t0), key(2, false, "0", true, t0)), "unscored by id")
}
