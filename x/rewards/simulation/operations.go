package simulation

import (
	"math/rand"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	"github.com/cosmos/cosmos-sdk/x/simulation"

	"github.com/flockchain/flock/x/rewards/keeper"
	"github.com/flockchain/flock/x/rewards/types"
)

// Operation weights, overridable through the simulator's params file.
const (
	OpWeightMsgFundPool     = "op_weight_msg_fund_pool"
	OpWeightMsgClaimRewards = "op_weight_msg_claim_rewards"

	DefaultWeightMsgFundPool     = 20
	DefaultWeightMsgClaimRewards = 40
)

// WeightedOperations returns the random messages the simulator sends to x/rewards.
func WeightedOperations(appParams simtypes.AppParams, txGen client.TxConfig, k keeper.Keeper, ak AccountKeeper, bk BankKeeper) simulation.WeightedOperations {
	var wFund, wClaim int
	appParams.GetOrGenerate(OpWeightMsgFundPool, &wFund, nil, func(*rand.Rand) { wFund = DefaultWeightMsgFundPool })
	appParams.GetOrGenerate(OpWeightMsgClaimRewards, &wClaim, nil, func(*rand.Rand) { wClaim = DefaultWeightMsgClaimRewards })
	return simulation.WeightedOperations{
		simulation.NewWeightedOperation(wFund, SimulateMsgFundPool(txGen, k, ak, bk)),
		simulation.NewWeightedOperation(wClaim, SimulateMsgClaimRewards(txGen, k, ak, bk)),
	}
}

// SimulateMsgFundPool funds the pool with a random part of a random account's aflock.
func SimulateMsgFundPool(txGen client.TxConfig, k keeper.Keeper, ak AccountKeeper, bk BankKeeper) simtypes.Operation {
	return func(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
		msgType := sdk.MsgTypeURL(&types.MsgFundPool{})
		acc, _ := simtypes.RandomAcc(r, accs)
		spendable := bk.SpendableCoins(ctx, acc.Address).AmountOf(k.Denom())
		if !spendable.IsPositive() {
			return simtypes.NoOpMsg(types.ModuleName, msgType, "no spendable "+k.Denom()), nil, nil
		}
		amount, err := simtypes.RandPositiveInt(r, spendable)
		if err != nil {
			return simtypes.NoOpMsg(types.ModuleName, msgType, err.Error()), nil, nil
		}
		msg := &types.MsgFundPool{Funder: acc.Address.String(), Amount: sdk.NewCoin(k.Denom(), amount)}
		return simulation.GenAndDeliverTxWithRandFees(simulation.OperationInput{
			R: r, App: app, TxGen: txGen, Msg: msg, Context: ctx, SimAccount: acc,
			AccountKeeper: ak, Bankkeeper: bk, ModuleName: types.ModuleName, CoinsSpentInMsg: sdk.NewCoins(msg.Amount),
		})
	}
}

// SimulateMsgClaimRewards claims for a random account that has rewards above the claim fee.
func SimulateMsgClaimRewards(txGen client.TxConfig, k keeper.Keeper, ak AccountKeeper, bk BankKeeper) simtypes.Operation {
	return func(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
		msgType := sdk.MsgTypeURL(&types.MsgClaimRewards{})
		params, err := k.Params.Get(ctx)
		if err != nil {
			return simtypes.NoOpMsg(types.ModuleName, msgType, err.Error()), nil, err
		}
		// start at a random account and take the first with something to claim
		start := r.Intn(len(accs))
		for i := range accs {
			acc := accs[(start+i)%len(accs)]
			claimable, err := k.Claimables.Get(ctx, acc.Address)
			if err != nil || claimable.LTE(params.ClaimFee) {
				continue
			}
			msg := &types.MsgClaimRewards{Owner: acc.Address.String()}
			return simulation.GenAndDeliverTxWithRandFees(simulation.OperationInput{
				R: r, App: app, TxGen: txGen, Msg: msg, Context: ctx, SimAccount: acc,
				AccountKeeper: ak, Bankkeeper: bk, ModuleName: types.ModuleName,
			})
		}
		return simtypes.NoOpMsg(types.ModuleName, msgType, "no account has claimable rewards above the fee"), nil, nil
	}
}
