package keeper

import (
	"context"
	"fmt"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// CheckBacking is the bridge's money invariant: the aflock supply equals what the backing
// ledger accounts for (genesis backing + deposited + funded − burned + reminted), and the module
// account holds nothing (mints pass through it to their recipients, burns happen at once).
func (k Keeper) CheckBacking(ctx context.Context) error {
	b, err := k.Backing.Get(ctx)
	if err != nil {
		return err
	}
	supply := k.bank.GetSupply(ctx, k.denom).Amount
	if want := b.Expected(); !supply.Equal(want) {
		return errorsmod.Wrapf(types.ErrBackingMismatch, "supply %s%s, backing accounts for %s (genesis %s + deposited %s + funded %s − burned %s + reminted %s)",
			supply, k.denom, want, b.GenesisBacking, b.Deposited, b.Funded, b.Burned, b.Reminted)
	}
	held := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.denom).Amount
	if !held.IsZero() {
		return errorsmod.Wrapf(types.ErrBackingMismatch, "the bridge module account holds %s%s; it must hold nothing", held, k.denom)
	}
	return nil
}

// BackingInvariant registers CheckBacking with x/crisis.
func BackingInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckBacking(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "backing", fmt.Sprintf("%v\n", err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "backing", "supply equals the backing ledger\n"), false
	}
}
