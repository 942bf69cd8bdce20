package simulation_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

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
// invariant cannot be broken by a bank send. A MsgSend and a MsgMultiSend to the account
// are refused, and no coin moves.
func TestRewardsAccountRefusesPlainSends(t *testing.T) {
	sender := sdk.AccAddress("sender______________")
	f := apptest.Setup(t, apptest.Fund(sender, 10))
	rewardsAddr := f.App.AccountKeeper.GetModuleAddress(types.ModuleName)
	bank := bankkeeper.NewMsgServerImpl(f.App.BankKeeper)
	coins := sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(1)))

	f.DuringBlock(t, time.Second, func(ctx sdk.Context) {
		senderBefore := f.App.BankKeeper.GetBalance(ctx, sender, app.BondDenom)
		accountBefore := f.App.BankKeeper.GetBalance(ctx, rewardsAddr, app.BondDenom)

		_, err := bank.Send(ctx, banktypes.NewMsgSend(sender, rewardsAddr, coins))
		require.ErrorIs(t, err, sdkerrors.ErrUnauthorized)
		require.ErrorContains(t, err, rewardsAddr.String()+" is not allowed to receive funds")

		_, err = bank.MultiSend(ctx, banktypes.NewMsgMultiSend(
			banktypes.NewInput(sender, coins), []banktypes.Output{banktypes.NewOutput(rewardsAddr, coins)}))
		require.ErrorIs(t, err, sdkerrors.ErrUnauthorized)

		require.Equal(t, senderBefore, f.App.BankKeeper.GetBalance(ctx, sender, app.BondDenom))
		require.Equal(t, accountBefore, f.App.BankKeeper.GetBalance(ctx, rewardsAddr, app.BondDenom))
		require.NoError(t, f.App.RewardsKeeper.CheckBalance(ctx))
	})
}
