package simulation_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/rewards/simulation"
	"github.com/flockchain/flock/x/rewards/types"
)

// TestOperations delivers each simulation operation as a real transaction on the full app
// and checks its effect and the module invariant.
func TestOperations(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	accs := simtypes.RandomAccounts(r, 3)
	var funds []apptest.Balance
	for _, acc := range accs {
		funds = append(funds, apptest.Fund(acc.Address, 1_000))
	}
	f := apptest.Setup(t, funds...)
	k, ak, bk := f.App.RewardsKeeper, f.App.AccountKeeper, f.App.BankKeeper

	f.DuringBlock(t, time.Second, func(ctx sdk.Context) {
		// nothing to claim yet: the claim operation does nothing and says why
		op, _, err := simulation.SimulateMsgClaimRewards(f.App.TxConfig(), k, ak, bk)(r, f.App.BaseApp, ctx, accs, apptest.ChainID)
		require.NoError(t, err)
		require.False(t, op.OK)

		op, _, err = simulation.SimulateMsgFundPool(f.App.TxConfig(), k, ak, bk)(r, f.App.BaseApp, ctx, accs, apptest.ChainID)
		require.NoError(t, err)
		require.True(t, op.OK, op.Comment)
		pool, err := k.Pool.Get(ctx)
		require.NoError(t, err)
		require.True(t, pool.IsPositive(), "the funding landed in the pool")
		require.NoError(t, k.CheckBalance(ctx))

		// make something claimable: a module (gov's account stands in for a work module) pays
		require.NoError(t, bk.SendCoinsFromAccountToModule(ctx, accs[0].Address, "gov", sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(5)))))
		require.NoError(t, k.PayRewards(ctx, "gov", []types.Payout{{Recipient: accs[1].Address.String(), Amount: app.Flock(5)}}))

		op, _, err = simulation.SimulateMsgClaimRewards(f.App.TxConfig(), k, ak, bk)(r, f.App.BaseApp, ctx, accs, apptest.ChainID)
		require.NoError(t, err)
		require.True(t, op.OK, op.Comment)
		_, err = k.Claimables.Get(ctx, accs[1].Address)
		require.Error(t, err, "the claim paid out the whole balance")
		require.NoError(t, k.CheckBalance(ctx))
	})
}

// TestRewardsAccountRefusesPlainSends: only x/rewards moves coins into its account, so the
// invariant cannot be broken by a bank send.
func TestRewardsAccountRefusesPlainSends(t *testing.T) {
	sender := sdk.AccAddress("sender______________")
	f := apptest.Setup(t, apptest.Fund(sender, 10))
	rewardsAddr := f.App.AccountKeeper.GetModuleAddress(types.ModuleName)
	require.True(t, f.App.BankKeeper.BlockedAddr(rewardsAddr))
}
