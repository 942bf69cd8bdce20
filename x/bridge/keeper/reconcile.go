package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// reconcileSupply records what other modules burned this block (x/staking burns slashed stake,
// x/gov may burn deposits) as burned_by_chain, so the backing ledger stays exact. A supply
// above the ledger would mean aflock minted outside the bridge: that is never recorded, it is
// an error the invariant reports.
func (k Keeper) reconcileSupply(ctx context.Context, _ types.Params) error {
	b, err := k.Backing.Get(ctx)
	if err != nil {
		return err
	}
	supply := k.bank.GetSupply(ctx, k.denom).Amount
	want := b.Expected()
	switch {
	case supply.Equal(want):
		return nil
	case supply.GT(want):
		return errorsmod.Wrapf(types.ErrBackingMismatch, "supply %s is above the %s the bridge accounts for: aflock was minted outside the bridge", supply, want)
	}
	fall := want.Sub(supply)
	b.BurnedByChain = b.BurnedByChain.Add(fall)
	if err := k.Backing.Set(ctx, b); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventBurnedByChain{Amount: fall})
}
