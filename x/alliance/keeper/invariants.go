package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// Owed is what the module account must hold: Σ over the alliances of pool + total_stake
// (an ended alliance has both at zero).
func (k Keeper) Owed(ctx context.Context) (math.Int, error) {
	sum := math.ZeroInt()
	err := k.Alliances.Walk(ctx, nil, func(_ uint64, a types.Alliance) (bool, error) {
		sum = sum.Add(a.Pool).Add(a.TotalStake)
		return false, nil
	})
	return sum, err
}

// CheckBalance compares the module account's balance with what the records owe.
func (k Keeper) CheckBalance(ctx context.Context) error {
	owed, err := k.Owed(ctx)
	if err != nil {
		return err
	}
	held := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.denom).Amount
	if !held.Equal(owed) {
		return types.ErrBalanceMismatch.Wrapf("module account holds %s%s, records owe %s%s", held, k.denom, owed, k.denom)
	}
	return nil
}

// BalanceInvariant is the registered invariant: escrow = stakes + pools.
func BalanceInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		err := k.CheckBalance(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "module-balance", fmt.Sprintf("%v", err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "module-balance", "balance matches"), false
	}
}
