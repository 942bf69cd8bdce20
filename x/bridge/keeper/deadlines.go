package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// checkDeadlines punishes missed confirmations (EndBlock): for each confirmation deadline
// that has passed, oldest first and at most max_deadlines_per_block of them (the rest wait for
// the next block), every member of its signers valset that has not confirmed the valset or
// settlement is slashed slash_fraction_unsigned and jailed. A deadline is removed once looked
// at, so a validator is punished at most once per valset or settlement. Each deadline runs in
// its own cached context and each member in another: one that fails is logged, reported
// (EventEndBlockStepFailed) and skipped; the others go on.
func (k Keeper) checkDeadlines(ctx context.Context, p types.Params) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	now := sdkCtx.BlockTime().UnixNano()
	var due []types.ConfirmDeadline
	err := k.Deadlines.Walk(ctx, nil, func(key collections.Triple[int64, int32, uint64], d types.ConfirmDeadline) (bool, error) {
		if key.K1() > now || len(due) == int(p.MaxDeadlinesPerBlock) {
			return true, nil
		}
		due = append(due, d)
		return false, nil
	})
	if err != nil {
		return err
	}
	for _, d := range due {
		cache, write := sdkCtx.CacheContext()
		if err := k.punishUnsigned(cache, p, d); err != nil {
			if err := k.itemFailed(ctx, fmt.Sprintf("deadline %s %d", kindName(d.Kind), d.Id), err); err != nil {
				return err
			}
		} else {
			write()
		}
		if err := k.Deadlines.Remove(ctx, deadlineKey(d)); err != nil {
			return err
		}
	}
	return nil
}

// punishUnsigned punishes the members of d's signers valset that have not confirmed d's valset
// or settlement, if it still waits for signatures, and are still bonded and not jailed.
func (k Keeper) punishUnsigned(ctx context.Context, p types.Params, d types.ConfirmDeadline) error {
	signers, err := k.Valsets.Get(ctx, d.Signers)
	if errors.Is(err, collections.ErrNotFound) {
		// a settlement cut before the chain had any valset: no one was expected to sign it
		return nil
	} else if err != nil {
		return err
	}
	if open, err := k.stillSignable(ctx, d); err != nil || !open {
		return err
	}
	confirms := k.confirmsOf(d.Kind)
	reason := fmt.Sprintf("unsigned %s %d", kindName(d.Kind), d.Id)
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, m := range signers.Members {
		val, err := k.valCodec.StringToBytes(m.Validator)
		if err != nil {
			return err
		}
		if ok, err := confirms.Has(ctx, collections.Join(d.Id, sdk.ValAddress(val))); err != nil {
			return err
		} else if ok {
			continue
		}
		v, ok, err := k.punishableValidator(ctx, val)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		cache, write := sdkCtx.CacheContext()
		if _, err := k.punish(cache, p, v, p.SlashFractionUnsigned, reason); err != nil {
			if err := k.itemFailed(ctx, reason+" by "+m.Validator, err); err != nil {
				return err
			}
			continue
		}
		write()
	}
	return nil
}

// stillSignable reports whether d's valset or settlement still waits for signatures: a
// settlement in SIGNING, a valset newer than Base's active one and not vetoed. One that Base
// has moved past (landed, vetoed, conflicted, or a later valset active) punishes no one: it
// stalls nothing any more, and its signers could no longer confirm it once it left that state,
// so an orchestrator that was down for part of the window is not punished for an item that
// closed meanwhile. The deadline punishes stalls, not being slower than the quorum.
func (k Keeper) stillSignable(ctx context.Context, d types.ConfirmDeadline) (bool, error) {
	if d.Kind == types.CONFIRM_KIND_SETTLEMENT {
		s, err := k.Settlements.Get(ctx, d.Id)
		if errors.Is(err, collections.ErrNotFound) {
			return false, nil
		}
		return err == nil && s.Status == types.SETTLEMENT_STATUS_SIGNING, err
	}
	v, err := k.Valsets.Get(ctx, d.Id)
	if errors.Is(err, collections.ErrNotFound) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return false, err
	}
	return !v.Vetoed && v.Nonce > bs.ActiveValsetNonce, nil
}

// itemFailed logs and reports one EndBlock item that failed and was skipped.
func (k Keeper) itemFailed(ctx context.Context, item string, err error) error {
	k.logger(ctx).Error("end block item failed; skipped", "item", item, "err", err)
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventEndBlockStepFailed{Step: item, Error: err.Error()})
}

// kindName is how events and errors name a confirmation kind.
func kindName(k types.ConfirmKind) string {
	if k == types.CONFIRM_KIND_SETTLEMENT {
		return "settlement"
	}
	return "valset"
}
