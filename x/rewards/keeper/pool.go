package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// FundPool moves amount from funder's account into the pool.
func (k Keeper) FundPool(ctx context.Context, funder sdk.AccAddress, amount math.Int) error {
	if err := k.bank.SendCoinsFromAccountToModule(ctx, funder, types.ModuleName, k.coins(amount)); err != nil {
		return err
	}
	return k.creditPool(ctx, funder.String(), amount)
}

// FundPoolFromModule moves amount from another module's account into the pool: bridge
// fundings from Base, protocol fees, slashes, rounding dust and the pools of cancelled work.
func (k Keeper) FundPoolFromModule(ctx context.Context, fromModule string, amount math.Int) error {
	if !amount.IsPositive() {
		return errorsmod.Wrapf(types.ErrInvalidAmount, "module %s funds the pool with %s%s; the amount must be positive", fromModule, amount, k.denom)
	}
	if err := k.bank.SendCoinsFromModuleToModule(ctx, fromModule, types.ModuleName, k.coins(amount)); err != nil {
		return err
	}
	return k.creditPool(ctx, fromModule, amount)
}

func (k Keeper) creditPool(ctx context.Context, funder string, amount math.Int) error {
	if err := addInt(ctx, k.Pool, amount); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventPoolFunded{Funder: funder, Amount: amount})
}

// PayRewards is how a module pays a result list: it moves the total from fromModule's
// account into x/rewards and makes each amount claimable by its recipient. All or nothing:
// a bad line fails the whole call before any coin moves. Zero amounts are skipped; the same
// recipient may appear more than once.
func (k Keeper) PayRewards(ctx context.Context, fromModule string, payouts []types.Payout) error {
	total := math.ZeroInt()
	recipients := make([]sdk.AccAddress, len(payouts))
	for i, p := range payouts {
		addr, err := k.addressCodec.StringToBytes(p.Recipient)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidPayout, "line %d: recipient %q is not an account address: %v", i, p.Recipient, err)
		}
		if p.Amount.IsNil() || p.Amount.IsNegative() {
			return errorsmod.Wrapf(types.ErrInvalidPayout, "line %d: amount %s for %s must be non-negative", i, p.Amount, p.Recipient)
		}
		recipients[i] = addr
		total = total.Add(p.Amount)
	}
	if !total.IsPositive() {
		return nil
	}
	if err := k.bank.SendCoinsFromModuleToModule(ctx, fromModule, types.ModuleName, k.coins(total)); err != nil {
		return err
	}
	events := sdk.UnwrapSDKContext(ctx).EventManager()
	for i, p := range payouts {
		if !p.Amount.IsPositive() {
			continue
		}
		if err := k.addClaimable(ctx, recipients[i], p.Amount); err != nil {
			return err
		}
		if err := events.EmitTypedEvent(&types.EventPayout{FromModule: fromModule, Recipient: p.Recipient, Amount: p.Amount}); err != nil {
			return err
		}
	}
	return addInt(ctx, k.TotalClaimable, total)
}

func (k Keeper) addClaimable(ctx context.Context, addr sdk.AccAddress, amount math.Int) error {
	current, err := k.Claimables.Get(ctx, addr)
	if errors.Is(err, collections.ErrNotFound) {
		current = math.ZeroInt()
	} else if err != nil {
		return err
	}
	return k.Claimables.Set(ctx, addr, current.Add(amount))
}

// Claim pays owner its whole claimable balance minus the claim fee, which stays in the pool.
func (k Keeper) Claim(ctx context.Context, owner sdk.AccAddress) (paid, fee math.Int, err error) {
	claimable, err := k.Claimables.Get(ctx, owner)
	if errors.Is(err, collections.ErrNotFound) {
		return math.Int{}, math.Int{}, errorsmod.Wrapf(types.ErrNothingToClaim, "%s has no claimable rewards", owner)
	} else if err != nil {
		return math.Int{}, math.Int{}, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return math.Int{}, math.Int{}, err
	}
	fee = params.ClaimFee
	if claimable.LTE(fee) {
		return math.Int{}, math.Int{}, errorsmod.Wrapf(types.ErrClaimBelowFee,
			"%s can claim %s%s, which does not exceed the claim fee %s%s", owner, claimable, k.denom, fee, k.denom)
	}
	paid = claimable.Sub(fee)

	if err := k.Claimables.Remove(ctx, owner); err != nil {
		return math.Int{}, math.Int{}, err
	}
	if err := addInt(ctx, k.TotalClaimable, claimable.Neg()); err != nil {
		return math.Int{}, math.Int{}, err
	}
	if fee.IsPositive() {
		if err := addInt(ctx, k.Pool, fee); err != nil {
			return math.Int{}, math.Int{}, err
		}
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, owner, k.coins(paid)); err != nil {
		return math.Int{}, math.Int{}, err
	}
	err = sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventRewardsClaimed{Owner: owner.String(), Paid: paid, Fee: fee})
	return paid, fee, err
}

// ClaimToBase claims owner's rewards like Claim and sends what is paid straight into a bridge
// withdrawal to baseRecipient on Base: owner is paid, and the bridge burns that from owner into
// its queue, in one step that changes nothing if either part is refused (below the bridge's
// min_withdrawal, say). Refused when the chain runs no bridge.
func (k Keeper) ClaimToBase(ctx context.Context, owner sdk.AccAddress, baseRecipient string) (paid, fee math.Int, withdrawalID uint64, err error) {
	w := k.withdrawer.w
	if w == nil {
		return math.Int{}, math.Int{}, 0, errorsmod.Wrapf(types.ErrNoBridge, "claim to Base address %s: this chain runs no bridge module; claim to the account instead", baseRecipient)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	cache, write := sdkCtx.CacheContext()
	if paid, fee, err = k.Claim(cache, owner); err != nil {
		return math.Int{}, math.Int{}, 0, err
	}
	if withdrawalID, err = w.WithdrawRewards(cache, owner, baseRecipient, paid); err != nil {
		return math.Int{}, math.Int{}, 0, errorsmod.Wrapf(err, "claim of %s%s to Base", paid, k.denom)
	}
	write()
	return paid, fee, withdrawalID, nil
}
