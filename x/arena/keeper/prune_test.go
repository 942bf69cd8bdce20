package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/types"
)

// TestPruneAfterRetention: a finalised task with delegations nobody withdrew is kept for
// retention, then pruned over several blocks at the smallest work budget: every delegator
// gets its delegation back and its share of the reward as a claimable reward, every record
// of the task goes, the escrow ends empty, and both escrow invariants hold after each block.
func TestPruneAfterRetention(t *testing.T) {
	f := apptest.Setup(t, apptest.Fund(addr("whale"), 100_000_000))
	seedTask(t, f, 60, 8, 3, 4)
	k := f.App.ArenaKeeper
	p, err := k.Params.Get(f.Context())
	require.NoError(t, err)
	p.MaxSettleWorkPerBlock, p.Retention = types.MinSettleWork, types.MinRetention
	require.NoError(t, k.Params.Set(f.Context(), p))
	type held struct {
		participant, delegator sdk.AccAddress
		amount                 math.Int
	}
	var dels []held
	require.NoError(t, k.Delegations.Walk(f.Context(), nil, func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], a math.Int) (bool, error) {
		dels = append(dels, held{key.K2(), key.K3(), a})
		return false, nil
	}))
	require.NotEmpty(t, dels)
	before := map[string]math.Int{}
	for _, d := range dels {
		before[d.delegator.String()] = f.App.BankKeeper.GetBalance(f.Context(), d.delegator, app.BondDenom).Amount
	}

	f.Advance(t, time.Hour)
	step := func() {
		f.Advance(t, time.Minute)
		require.NoError(t, k.CheckBalance(f.Context()))
		require.NoError(t, f.App.RewardsKeeper.CheckBalance(f.Context()))
	}
	for tk, _ := k.GetTask(f.Context(), 1); tk.Status != types.TASK_STATUS_FINALIZED; tk, _ = k.GetTask(f.Context(), 1) {
		step()
	}
	tk, err := k.GetTask(f.Context(), 1)
	require.NoError(t, err)
	require.NotNil(t, tk.Ended)
	owed := map[string]math.Int{} // each delegator's share, as MsgUndelegate would pay it
	for _, d := range dels {
		res, err := k.ParticipantResults.Get(f.Context(), collections.Join(uint64(1), d.participant))
		require.NoError(t, err)
		part, err := k.Participants.Get(f.Context(), collections.Join(uint64(1), d.participant))
		require.NoError(t, err)
		owed[d.delegator.String()] = res.Reward.Sub(res.ToSelf).Mul(d.amount).Quo(part.Delegated)
	}

	blocks := 0
	for {
		_, err := k.GetTask(f.Context(), 1)
		if err != nil {
			require.ErrorIs(t, err, types.ErrUnknownTask)
			break
		}
		step()
		blocks++
		require.Less(t, blocks, 500, "pruning does not end")
	}
	require.Greater(t, blocks, 60, "kept for the hour of retention (blocks a minute apart), then pruned")
	for _, d := range dels {
		got := f.App.BankKeeper.GetBalance(f.Context(), d.delegator, app.BondDenom).Amount
		require.Equal(t, before[d.delegator.String()].Add(d.amount).String(), got.String(), "delegation back to %s", d.delegator)
		claimable, err := f.App.RewardsKeeper.Claimables.Get(f.Context(), d.delegator)
		if owed[d.delegator.String()].IsZero() {
			continue
		}
		require.NoError(t, err)
		require.Equal(t, owed[d.delegator.String()].String(), claimable.String())
	}
	escrow := f.App.BankKeeper.GetBalance(f.Context(), f.App.AccountKeeper.GetModuleAddress(types.ModuleName), app.BondDenom)
	require.True(t, escrow.IsZero(), "escrow left: %s", escrow)
	store := f.Context().KVStore(f.App.GetKey(types.StoreKey))
	for _, pfx := range []collections.Prefix{types.TasksKey, types.TasksByStatusKey, types.ParticipantsKey, types.DelegationsKey,
		types.SubmissionsKey, types.SubmissionByIDKey, types.SubmissionResultsKey, types.ParticipantResultKey, types.ModelHashesKey,
		types.ExpiredKey, types.DeadlinesKey} {
		it := storetypes.KVStorePrefixIterator(store, pfx.Bytes())
		require.False(t, it.Valid(), "records left under prefix %v", pfx.Bytes())
		it.Close()
	}
}
