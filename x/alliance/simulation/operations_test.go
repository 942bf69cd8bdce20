package simulation_test

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/alliance/simulation"
	"github.com/flockchain/flock/x/alliance/types"
)

// TestOperationsRunAlliancesToTheEnd drives the operations as real transactions, block
// after block, until alliances have gone through every phase to the end: every operation
// succeeds at least once, and the escrows balance after every block.
func TestOperationsRunAlliancesToTheEnd(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	accs := simtypes.RandomAccounts(r, 8)
	var funds []apptest.Balance
	for _, a := range accs {
		funds = append(funds, apptest.Fund(a.Address, 10_000))
	}
	f := apptest.Setup(t, funds...)
	k := f.App.AllianceKeeper
	p := types.DefaultParams()
	p.MinRewardDeposit, p.MinStake = math.NewInt(1000), math.NewInt(100)
	p.MinPhaseDuration, p.MaxPhaseDuration = 10*time.Second, time.Minute
	p.MaxRounds, p.MaxParticipants = 2, 6
	require.NoError(t, k.Params.Set(f.Context(), p))
	ops := simulation.WeightedOperations(simtypes.AppParams{}, f.App.TxConfig(), k, f.App.AccountKeeper, f.App.BankKeeper)
	require.Len(t, ops, 8, "one operation per message but MsgUpdateParams")

	ok := make([]int, len(ops))
	finished := 0
	for block := 0; block < 400 && finished < 2; block++ {
		f.SimulateBlock(t, 5*time.Second, func(ctx sdk.Context) {
			for i, op := range ops {
				if i == 0 && block%40 != 0 {
					continue // a new alliance now and then
				}
				for range 3 {
					msg, _, err := op.Op()(r, f.App.BaseApp, ctx, accs, apptest.ChainID)
					require.NoError(t, err)
					if msg.OK {
						ok[i]++
					}
				}
			}
		})
		ctx := f.Context()
		require.NoError(t, k.CheckBalance(ctx))
		require.NoError(t, f.App.RewardsKeeper.CheckBalance(ctx))
		finished = 0
		_ = k.Alliances.Walk(ctx, nil, func(_ uint64, a types.Alliance) (bool, error) {
			if a.Status == types.ALLIANCE_STATUS_FINISHED {
				finished++
			}
			return false, nil
		})
	}
	t.Logf("successful operations: %v; finished alliances: %d", ok, finished)
	require.GreaterOrEqual(t, finished, 2)
	for i, n := range ok {
		require.Positive(t, n, "operation %d never succeeded", i)
	}
}

func TestRandomizedGenState(t *testing.T) {
	f := apptest.Setup(t)
	for seed := range int64(20) {
		state := &module.SimulationState{Rand: rand.New(rand.NewSource(seed)), Cdc: f.App.AppCodec(), GenState: map[string]json.RawMessage{}}
		simulation.RandomizedGenState(state)
		var gs types.GenesisState
		f.App.AppCodec().MustUnmarshalJSON(state.GenState[types.ModuleName], &gs)
		require.NoError(t, gs.Validate())
	}
}
