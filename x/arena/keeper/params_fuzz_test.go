package keeper_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// randomParams draws valid params, often at the ends of their ranges.
func randomParams(r *rand.Rand) types.Params {
	pick := func(lo, hi math.LegacyDec) math.LegacyDec {
		switch r.Intn(3) {
		case 0:
			return lo
		case 1:
			return hi
		}
		return lo.Add(hi.Sub(lo).MulInt64(r.Int63n(1000)).QuoInt64(1000))
	}
	zero, one, tiny := math.LegacyZeroDec(), math.LegacyOneDec(), math.LegacySmallestDec()
	p := types.DefaultParams()
	p.Gamma = pick(zero, math.LegacyNewDecWithPrec(5, 1))
	p.RankDecay = pick(math.LegacyNewDecWithPrec(1, 2), one)
	p.MaxRewardedTrainers = uint32(1 + r.Intn(types.MaxRewardedTrainers))
	p.Tolerance = pick(tiny, math.LegacyNewDec(1000))
	p.MinScale = pick(tiny, math.LegacyNewDec(1_000_000_000_000_000))
	p.DelegationWeight = pick(zero, one)
	p.SlashNoReveal, p.SlashAbsent = pick(zero, one), pick(zero, one)
	p.ScoreDecimals = uint32(r.Intn(types.MaxScoreDecimals + 1))
	p.MaxSettleWorkPerBlock = uint32(types.MinSettleWork + r.Intn(3000))
	p.MaxTasksPerBlock = uint32(1 + r.Intn(types.MaxTasksPerBlock))
	return p
}

// randomRewardsParams draws valid x/rewards params, often at the ends of their ranges.
func randomRewardsParams(r *rand.Rand) rewardstypes.Params {
	p := rewardstypes.DefaultParams()
	durations := []time.Duration{rewardstypes.MinEpochDuration, time.Minute, time.Hour, 25 * time.Hour, rewardstypes.MaxEpochDuration}
	p.EpochDuration = durations[r.Intn(len(durations))]
	emissions := []math.Int{math.ZeroInt(), math.OneInt(), app.Flock(1074), rewardstypes.MaxEpochEmission}
	p.EpochEmission = emissions[r.Intn(len(emissions))]
	p.Decay = []math.LegacyDec{math.LegacySmallestDec(), math.LegacyNewDecWithPrec(9, 1), rewardstypes.MaxDecay}[r.Intn(3)]
	p.DecayInterval = uint64(1 + r.Intn(30))
	p.MarketplaceShare = []math.LegacyDec{math.LegacyZeroDec(), math.LegacyNewDecWithPrec(1, 1), math.LegacyOneDec()}[r.Intn(3)]
	p.MaxCreditsPerBlock = uint32(1 + r.Intn(rewardstypes.MaxCreditsPerBlock))
	return p
}

// TestSettleUnderRandomValidParams: no valid params can make EndBlock fail, panic or loop
// without end (tolerance and min_scale of 10^40 once overflowed an Int in EndBlock): tasks
// settle under random arena and rewards params at the ends of their ranges, through x/rewards
// epoch boundaries (1 s epochs close one per block), with both escrows intact after every
// block.
func TestSettleUnderRandomValidParams(t *testing.T) {
	for seed := range int64(12) {
		r := rand.New(rand.NewSource(seed))
		f := apptest.Setup(t, apptest.Fund(addr("whale"), 100_000_000))
		seedTask(t, f, 10+r.Intn(30), 2+r.Intn(10), 1+r.Intn(2), seed)
		p := randomParams(r)
		require.NoError(t, p.Validate(), "seed %d", seed)
		require.NoError(t, f.App.ArenaKeeper.Params.Set(f.Context(), p))
		rp := randomRewardsParams(r)
		require.NoError(t, rp.Validate(), "seed %d", seed)
		require.NoError(t, f.App.RewardsKeeper.Params.Set(f.Context(), rp))
		require.NoError(t, f.App.RewardsKeeper.FundPool(f.Context(), addr("whale"), app.Flock(1_000_000)))
		f.Advance(t, 25*time.Hour) // past the reveal end and an epoch boundary
		for blocks := 0; ; blocks++ {
			require.NoError(t, f.App.ArenaKeeper.CheckBalance(f.Context()), "seed %d", seed)
			require.NoError(t, f.App.RewardsKeeper.CheckBalance(f.Context()), "seed %d", seed)
			task, err := f.App.ArenaKeeper.GetTask(f.Context(), 1)
			require.NoError(t, err)
			if task.Status == types.TASK_STATUS_FINALIZED {
				break
			}
			require.Less(t, blocks, 200, "seed %d: settlement does not end (%s)", seed, task.Status)
			f.Advance(t, time.Second)
		}
	}
}
