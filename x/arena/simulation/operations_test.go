package simulation_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/simulation"
	"github.com/flockchain/flock/x/arena/types"
)

// TestOperations delivers the task-opening operations as real transactions on the full app
// and checks the module invariant; phase-bound operations answer "nothing to do" outside
// their phase.
func TestOperations(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	accs := simtypes.RandomAccounts(r, 6)
	var funds []apptest.Balance
	for _, a := range accs {
		funds = append(funds, apptest.Fund(a.Address, 10_000))
	}
	f := apptest.Setup(t, funds...)
	k := f.App.ArenaKeeper
	ops := simulation.WeightedOperations(simtypes.AppParams{}, f.App.TxConfig(), k, f.App.AccountKeeper, f.App.BankKeeper)
	require.Len(t, ops, 10, "one operation per message")

	f.DuringBlock(t, time.Second, func(ctx sdk.Context) {
		run := func(i int) simtypes.OperationMsg {
			msg, _, err := ops[i].Op()(r, f.App.BaseApp, ctx, accs, apptest.ChainID)
			require.NoError(t, err)
			return msg
		}
		require.True(t, run(0).OK, "create task")
		joined := 0
		for range 12 { // a random account may be the creator or already in: those are no-ops
			if run(1).OK {
				joined++
			}
		}
		require.GreaterOrEqual(t, joined, 2)
		require.True(t, run(2).OK, "delegate")
		require.False(t, run(4).OK, "reveal model: submissions still open")
		require.False(t, run(5).OK, "open validation: submissions still open")
		require.False(t, run(6).OK, "commit: no task in validation")
		require.False(t, run(9).OK, "undelegate: the task has not ended")
		require.NoError(t, k.CheckBalance(ctx))
		tasks, err := k.Tasks.Get(ctx, 1)
		require.NoError(t, err)
		require.Equal(t, uint32(joined), tasks.Trainers+tasks.Validators)
		require.Equal(t, types.TASK_STATUS_OPEN, tasks.Status)
	})
}
