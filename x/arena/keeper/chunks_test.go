package keeper_test

import (
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/keeper"
	"github.com/flockchain/flock/x/arena/types"
)

// outcome is everything a settlement leaves behind that users read.
type outcome struct {
	leaderboard []types.SubmissionResult
	results     []types.ParticipantResult
	claimables  map[string]string
	balances    map[string]string
	pool        string
}

func readOutcome(t *testing.T, f *apptest.Fixture, ctx sdk.Context) outcome {
	k := f.App.ArenaKeeper
	o := outcome{claimables: map[string]string{}, balances: map[string]string{}}
	var err error
	o.leaderboard, err = k.Leaderboard(ctx, 1)
	require.NoError(t, err)
	require.NoError(t, k.ParticipantResults.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](1),
		func(_ collections.Pair[uint64, sdk.AccAddress], r types.ParticipantResult) (bool, error) {
			o.results = append(o.results, r)
			return false, nil
		}))
	require.NoError(t, f.App.RewardsKeeper.Claimables.Walk(ctx, nil, func(a sdk.AccAddress, v math.Int) (bool, error) {
		o.claimables[a.String()] = v.String()
		return false, nil
	}))
	require.NoError(t, k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](1),
		func(key collections.Pair[uint64, sdk.AccAddress], _ types.Participant) (bool, error) {
			o.balances[key.K2().String()] = f.App.BankKeeper.GetBalance(ctx, key.K2(), app.BondDenom).Amount.String()
			return false, nil
		}))
	pool, err := f.App.RewardsKeeper.Pool.Get(ctx)
	require.NoError(t, err)
	o.pool = pool.String()
	return o
}

// settleWith sets max_settle_work_per_block and runs EndBlock until the task is finalised,
// checking the escrow invariant after every block. It returns the blocks taken.
func settleWith(t *testing.T, f *apptest.Fixture, ctx sdk.Context, work uint32) int {
	k := f.App.ArenaKeeper
	p, err := k.Params.Get(ctx)
	require.NoError(t, err)
	p.MaxSettleWorkPerBlock = work
	require.NoError(t, k.Params.Set(ctx, p))
	for blocks := 1; ; blocks++ {
		require.NoError(t, k.EndBlocker(ctx))
		require.NoError(t, k.CheckBalance(ctx), "block %d", blocks)
		task, err := k.GetTask(ctx, 1)
		require.NoError(t, err)
		q := keeper.NewQueryServerImpl(k)
		progress, err := q.Settlement(ctx, &types.QuerySettlementRequest{TaskId: 1})
		if task.Status == types.TASK_STATUS_FINALIZED {
			require.Equal(t, codes.NotFound, status.Code(err), "no settlement once finalised")
			return blocks
		}
		require.Equal(t, types.TASK_STATUS_SETTLING, task.Status)
		require.NoError(t, err)
		require.Equal(t, uint32(blocks), progress.Settlement.Blocks)
		require.Less(t, blocks, 10_000, "settlement does not end")
	}
}

// TestChunkedSettlementMatchesOneShot settles the same task (120 submissions, 12
// validators, varied stakes and delegations, ties, missing reveals) in one block and in
// many blocks of the smallest work allowed, and checks both against the pure reference
// types.Settle on a snapshot of the task: the same leaderboard, results, claimable rewards,
// returned stakes and rewards pool, to the aflock.
func TestChunkedSettlementMatchesOneShot(t *testing.T) {
	for _, seed := range []int64{1, 2} { // both metric directions
		f := apptest.Setup(t, apptest.Fund(addr("whale"), 100_000_000))
		base := seedTask(t, f, 120, 12, 5, seed)
		in := snapshot(t, f, base)

		oneCtx, _ := base.CacheContext()
		require.Equal(t, 1, settleWith(t, f, oneCtx, types.MaxSettleWork))
		one := readOutcome(t, f, oneCtx)

		manyCtx, _ := base.CacheContext()
		blocks := settleWith(t, f, manyCtx, types.MinSettleWork)
		require.Greater(t, blocks, 10, "the small budget must spread the work")
		many := readOutcome(t, f, manyCtx)
		require.Equal(t, one, many, "seed %d", seed)
		require.Zero(t, countKeys(t, manyCtx, f), "per-score and settlement records pruned")

		ref, err := types.Settle(in)
		require.NoError(t, err)
		require.Len(t, one.leaderboard, len(ref.Leaderboard))
		for i, row := range ref.Leaderboard {
			got := one.leaderboard[i]
			require.Equal(t, row.SubmissionID, got.SubmissionId, "position %d", i)
			require.Equal(t, row.Rank, got.Rank)
			require.Equal(t, row.Reward.String(), got.Reward.String())
			if row.Scored {
				require.Equal(t, row.Score.String(), got.Score.String())
			}
		}
		require.Len(t, one.results, len(ref.Participants))
		for i, p := range ref.Participants {
			got := one.results[i]
			require.Equal(t, sdk.AccAddress(p.Address).String(), got.Address)
			require.Equal(t, p.Reward.String(), got.Reward.String(), got.Address)
			require.Equal(t, p.ToSelf.String(), got.ToSelf.String(), got.Address)
			require.Equal(t, p.Slashed.String(), got.Slashed.String(), got.Address)
			require.Equal(t, p.Accuracy == nil, got.Accuracy == nil, got.Address)
			if p.Accuracy != nil {
				require.Equal(t, p.Accuracy.String(), got.Accuracy.String())
			}
		}
		// delegators draw their shares when they undelegate: exactly the reference's, and the
		// escrow ends empty (every rounding rest went to the rewards pool)
		k := f.App.ArenaKeeper
		var dels []collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress]
		require.NoError(t, k.Delegations.Walk(manyCtx, nil, func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], _ math.Int) (bool, error) {
			dels = append(dels, key)
			return false, nil
		}))
		require.NotEmpty(t, dels)
		for _, key := range dels {
			_, reward, err := k.Undelegate(manyCtx, 1, key.K2(), key.K3())
			require.NoError(t, err)
			want := math.ZeroInt()
			for _, p := range ref.Participants {
				for _, dl := range p.Delegators {
					if sdk.AccAddress(dl.Address).Equals(key.K3()) {
						want = dl.Amount
					}
				}
			}
			require.Equal(t, want.String(), reward.String(), "share of %s", key.K3())
			require.NoError(t, k.CheckBalance(manyCtx))
		}
		escrow := f.App.BankKeeper.GetBalance(manyCtx, f.App.AccountKeeper.GetModuleAddress(types.ModuleName), app.BondDenom)
		require.True(t, escrow.IsZero(), "escrow left: %s", escrow)

		// ordered in the metric's direction
		for i := 1; i < len(one.leaderboard); i++ {
			a, b := one.leaderboard[i-1], one.leaderboard[i]
			if a.Scored && b.Scored {
				require.True(t, (seed%2 == 0 && a.Score.LTE(b.Score)) || (seed%2 == 1 && a.Score.GTE(b.Score)), "rows %d, %d", i-1, i)
			}
		}
	}
}

// snapshot reads a task in its reveal phase into the pure settlement's input.
func snapshot(t *testing.T, f *apptest.Fixture, ctx sdk.Context) types.SettleInput {
	k := f.App.ArenaKeeper
	task, err := k.GetTask(ctx, 1)
	require.NoError(t, err)
	params, err := k.Params.Get(ctx)
	require.NoError(t, err)
	in := types.SettleInput{Params: params, LowerIsBetter: task.LowerIsBetter, Pool: task.Bonus.Add(task.Emission)}
	require.NoError(t, k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](1),
		func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			sp := types.SettleParticipant{Address: key.K2(), Role: p.Role, SelfStake: p.SelfStake, Delegated: p.Delegated, Sigma: p.Sigma}
			sp.Committed, _ = k.Commitments.Has(ctx, key)
			sp.Revealed, _ = k.Revealed.Has(ctx, key)
			if tally, err := k.Tallies.Get(ctx, key); err == nil {
				sp.Assigned = tally.Assigned
			}
			err := k.Delegations.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, sdk.AccAddress, sdk.AccAddress](1, key.K2()),
				func(dk collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], amount math.Int) (bool, error) {
					sp.Delegations = append(sp.Delegations, types.Stake{Address: dk.K3(), Amount: amount})
					return false, nil
				})
			in.Participants = append(in.Participants, sp)
			return false, err
		}))
	require.NoError(t, k.SubmissionByID.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](1),
		func(key collections.Pair[uint64, uint64], trainer string) (bool, error) {
			tr, err := sdk.AccAddressFromBech32(trainer)
			if err != nil {
				return true, err
			}
			sub, err := k.Submissions.Get(ctx, collections.Join(uint64(1), tr))
			if err != nil {
				return true, err
			}
			ss := types.SettleSubmission{ID: key.K2(), Trainer: tr, Submitted: sub.Submitted}
			err = k.Scores.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, uint64, sdk.AccAddress](1, key.K2()),
				func(sk collections.Triple[uint64, uint64, sdk.AccAddress], score math.LegacyDec) (bool, error) {
					ss.Scores = append(ss.Scores, types.RevealedScore{Validator: sk.K3(), Score: score})
					return false, nil
				})
			in.Submissions = append(in.Submissions, ss)
			return false, err
		}))
	return in
}
