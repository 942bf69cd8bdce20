package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// prune is the EndBlock step that deletes the attestations and votes of nonces more than
// attestation_retention behind the last applied one, in nonce order from PruneCursor, at most
// max_pruned_per_block records per block (a nonce looked at counts as one, so empty nonces
// bound the walk too). A nonce with more votes than the budget is finished next block.
// FailedEvents are kept: they explain deposits refunded and events skipped.
func (k Keeper) prune(ctx context.Context, p types.Params) error {
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return err
	}
	if bs.LastEventNonce <= p.AttestationRetention {
		return nil
	}
	upTo := bs.LastEventNonce - p.AttestationRetention
	cursor, err := k.PruneCursor.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		cursor = 1
	} else if err != nil {
		return err
	}
	start := cursor
	budget := int(p.MaxPrunedPerBlock)
	for cursor <= upTo && budget > 0 {
		budget-- // looking at a nonce costs one, even an empty one
		done, spent, err := k.pruneNonce(ctx, cursor, budget)
		if err != nil {
			return err
		}
		budget -= spent
		if !done {
			break
		}
		cursor++
	}
	if cursor == start {
		return nil
	}
	if err := k.PruneCursor.Set(ctx, cursor); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventAttestationsPruned{UpToNonce: cursor - 1})
}

// pruneNonce deletes up to budget records of nonce (votes first, then each attestation whose
// votes are all gone). done is whether nothing of nonce is left.
func (k Keeper) pruneNonce(ctx context.Context, nonce uint64, budget int) (done bool, spent int, err error) {
	atts, err := k.attestationsOf(ctx, nonce)
	if err != nil {
		return false, 0, err
	}
	for _, a := range atts {
		var votes []collections.Triple[uint64, []byte, sdk.ValAddress]
		more := false
		err := k.Votes.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, []byte, sdk.ValAddress](nonce, a.ClaimHash),
			func(key collections.Triple[uint64, []byte, sdk.ValAddress]) (bool, error) {
				if len(votes) == budget-spent {
					more = true
					return true, nil
				}
				votes = append(votes, key)
				return false, nil
			})
		if err != nil {
			return false, spent, err
		}
		for _, v := range votes {
			if err := k.Votes.Remove(ctx, v); err != nil {
				return false, spent, err
			}
		}
		spent += len(votes)
		if more || spent >= budget { // the attestation itself costs one more
			return false, spent, nil
		}
		if err := k.Attestations.Remove(ctx, attestationKey(a)); err != nil {
			return false, spent, err
		}
		spent++
	}
	return true, spent, nil
}
