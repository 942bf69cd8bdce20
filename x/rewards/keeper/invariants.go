package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// balances returns the three parts of what the module account holds.
func (k Keeper) balances(ctx context.Context) (pool, claimable, pending math.Int, err error) {
	if pool, err = getInt(ctx, k.Pool); err != nil {
		return
	}
	if claimable, err = getInt(ctx, k.TotalClaimable); err != nil {
		return
	}
	pending, err = getInt(ctx, k.PendingTotal)
	return
}

// CheckBalance verifies that money is conserved: the module account holds exactly
// pool + Σ claimable + Σ pending credits, and the running totals equal the sums of their
// records.
func (k Keeper) CheckBalance(ctx context.Context) error {
	pool, claimable, pending, err := k.balances(ctx)
	if err != nil {
		return err
	}
	sumClaimable := math.ZeroInt()
	if err := k.Claimables.Walk(ctx, nil, func(_ sdk.AccAddress, v math.Int) (bool, error) {
		sumClaimable = sumClaimable.Add(v)
		return false, nil
	}); err != nil {
		return err
	}
	if !sumClaimable.Equal(claimable) {
		return types.ErrBalanceMismatch.Wrapf("claimable records sum to %s, total claimable is %s", sumClaimable, claimable)
	}
	sumPending := math.ZeroInt()
	if err := k.PendingCredits.Walk(ctx, nil, func(_ uint64, pc types.PendingCredit) (bool, error) {
		sumPending = sumPending.Add(pc.Amount)
		return false, nil
	}); err != nil {
		return err
	}
	if !sumPending.Equal(pending) {
		return types.ErrBalanceMismatch.Wrapf("pending credits sum to %s, pending total is %s", sumPending, pending)
	}
	balance := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.denom).Amount
	if want := pool.Add(claimable).Add(pending); !balance.Equal(want) {
		return types.ErrBalanceMismatch.Wrapf("module account holds %s%s, records say %s = %s",
			balance, k.denom, types.DescribeBalance(pool, claimable, pending), want)
	}
	return nil
}

// BalanceInvariant is the x/rewards invariant for the invariant registry.
func BalanceInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckBalance(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "module balance", fmt.Sprintf("%v", err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "module balance", "module account matches its records"), false
	}
}
