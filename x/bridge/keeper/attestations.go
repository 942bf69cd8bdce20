package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// AttestEvents records orch's votes for events, which must continue its validator's nonces
// (the first is its last attested + 1, the rest consecutive), then applies the next events
// that have passed. Returns its last attested nonce.
//
// A vote for a nonce the chain has not applied yet is stored under (nonce, claim hash) and
// tallied when that nonce is next. A vote for a nonce already applied only advances the
// orchestrator's nonce (and is added to its claim's record while that is kept): the event is
// final, so a late vote never applies it twice.
func (k Keeper) AttestEvents(ctx context.Context, orch sdk.AccAddress, events []types.BaseEvent) (uint64, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	if !p.Configured() {
		return 0, errorsmod.Wrap(types.ErrBridgeNotConfigured, "attestations are refused until governance sets base_chain_id, bridge_contract and bridge_id")
	}
	if len(events) == 0 {
		return 0, errorsmod.Wrap(types.ErrInvalidClaim, "no events: want at least one")
	}
	if len(events) > int(p.MaxEventsPerAttestation) {
		return 0, errorsmod.Wrapf(types.ErrTooManyEvents, "%d events: at most max_events_per_attestation %d per message", len(events), p.MaxEventsPerAttestation)
	}
	val, o, err := k.orchestratorOf(ctx, orch)
	if err != nil {
		return 0, err
	}
	if _, err := k.bondedValidator(ctx, val); err != nil {
		return 0, err
	}
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return 0, err
	}
	last, err := k.AttestedNonces.Get(ctx, val)
	if errors.Is(err, collections.ErrNotFound) {
		last = bs.LastEventNonce // registered at genesis without a nonce: start where the chain is
	} else if err != nil {
		return 0, err
	}
	em := sdk.UnwrapSDKContext(ctx).EventManager()
	for _, ev := range events {
		if ev.EventNonce != last+1 {
			return 0, errorsmod.Wrapf(types.ErrNonceOutOfOrder, "event %d from %s: expected nonce %d (its last attested is %d)", ev.EventNonce, o.Validator, last+1, last)
		}
		if err := ev.Validate(); err != nil {
			return 0, err
		}
		hash, err := ev.ClaimHash()
		if err != nil {
			return 0, err
		}
		if err := k.vote(ctx, bs.LastEventNonce, val, ev, hash); err != nil {
			return 0, err
		}
		last = ev.EventNonce
		if err := em.EmitTypedEvent(&types.EventAttested{
			Validator: o.Validator, EventNonce: ev.EventNonce, ClaimHash: types.HashString(common.BytesToHash(hash)), Kind: ev.Kind(),
		}); err != nil {
			return 0, err
		}
	}
	if err := k.AttestedNonces.Set(ctx, val, last); err != nil {
		return 0, err
	}
	if _, err := k.applyReady(ctx, p); err != nil {
		return 0, err
	}
	return last, nil
}

// attestationKey is a's key in Attestations.
func attestationKey(a types.Attestation) collections.Pair[uint64, []byte] {
	return collections.Join(a.EventNonce, a.ClaimHash)
}

// vote records val's vote for claim hash of ev. applied is the chain's last applied nonce.
func (k Keeper) vote(ctx context.Context, applied uint64, val sdk.ValAddress, ev types.BaseEvent, hash []byte) error {
	att, err := k.Attestations.Get(ctx, collections.Join(ev.EventNonce, hash))
	switch {
	case errors.Is(err, collections.ErrNotFound):
		if ev.EventNonce <= applied {
			// final, and this claim either lost or its record was pruned: nothing to tally
			return nil
		}
		att = types.Attestation{EventNonce: ev.EventNonce, ClaimHash: hash, Event: ev, Status: types.ATTESTATION_STATUS_PENDING}
	case err != nil:
		return err
	}
	if err := k.Votes.Set(ctx, collections.Join3(ev.EventNonce, hash, val)); err != nil {
		return err
	}
	att.Votes++
	return k.Attestations.Set(ctx, attestationKey(att), att)
}

// applyAttested is the EndBlock step: it applies the next nonces that pass now (a change of
// bonded power can make a claim pass without a new vote), at most max_applied_per_block.
func (k Keeper) applyAttested(ctx context.Context, p types.Params) error {
	_, err := k.applyReady(ctx, p)
	return err
}

// applyReady applies, in nonce order, each next nonce whose claim passes, up to
// max_applied_per_block of them. Only the next nonce is ever tallied: the cost of a tally is
// its votes (at most one per validator), whatever the number of stored attestations.
func (k Keeper) applyReady(ctx context.Context, p types.Params) (uint32, error) {
	var n uint32
	for ; n < p.MaxAppliedPerBlock; n++ {
		bs, err := k.BaseState.Get(ctx)
		if err != nil {
			return n, err
		}
		att, ok, err := k.passing(ctx, bs.LastEventNonce+1)
		if err != nil || !ok {
			return n, err
		}
		if err := k.apply(ctx, att); err != nil {
			return n, err
		}
	}
	return n, nil
}

// passing returns the claim of nonce that more than 2/3 of the bonded tokens attested, if any.
func (k Keeper) passing(ctx context.Context, nonce uint64) (types.Attestation, bool, error) {
	atts, err := k.attestationsOf(ctx, nonce)
	if err != nil || len(atts) == 0 {
		return types.Attestation{}, false, err
	}
	total, err := k.staking.TotalBondedTokens(ctx)
	if err != nil {
		return types.Attestation{}, false, err
	}
	claims := make([]types.ClaimPower, len(atts))
	for i, a := range atts {
		power, _, err := k.claimPower(ctx, nonce, a.ClaimHash)
		if err != nil {
			return types.Attestation{}, false, err
		}
		claims[i] = types.ClaimPower{Hash: a.ClaimHash, Power: power}
	}
	i, ok := types.Passing(claims, total)
	if !ok {
		return types.Attestation{}, false, nil
	}
	return atts[i], true, nil
}

// attestationsOf lists the claims attested for nonce, by claim hash.
func (k Keeper) attestationsOf(ctx context.Context, nonce uint64) ([]types.Attestation, error) {
	var atts []types.Attestation
	err := k.Attestations.Walk(ctx, collections.NewPrefixedPairRange[uint64, []byte](nonce), func(_ collections.Pair[uint64, []byte], a types.Attestation) (bool, error) {
		atts = append(atts, a)
		return false, nil
	})
	return atts, err
}

// claimPower is the bonded tokens now of the validators that voted for (nonce, hash): a voter
// that is no longer bonded, or is jailed, counts nothing. It also returns every voter.
func (k Keeper) claimPower(ctx context.Context, nonce uint64, hash []byte) (math.Int, []sdk.ValAddress, error) {
	power := math.ZeroInt()
	var voters []sdk.ValAddress
	err := k.Votes.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, []byte, sdk.ValAddress](nonce, hash), func(key collections.Triple[uint64, []byte, sdk.ValAddress]) (bool, error) {
		voters = append(voters, key.K3())
		v, err := k.staking.GetValidator(ctx, key.K3())
		if errors.Is(err, stakingtypes.ErrNoValidatorFound) {
			return false, nil
		} else if err != nil {
			return true, err
		}
		if v.IsBonded() && !v.IsJailed() {
			power = power.Add(v.Tokens)
		}
		return false, nil
	})
	return power, voters, err
}
