package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/types"
)

// updateValset keeps the chain's bridge valset current (EndBlock). It builds the valset the
// bonded validators with a registered eth key would make now, normalised against the whole
// bonded power, and stores it as a new valset when it differs from the latest one (first
// valset, latest vetoed on Base, other members or keys, power moved by more than
// valset_change_bps). If the registered keys hold 2/3 of bonded power or less, no valset is
// made: Base would refuse it, and a valset whose quorum is not 2/3 of the chain's stake must
// never exist. ValsetBlocked then says why (EventValsetBlocked when that changes).
//
// Bounded by x/staking's max_validators (the bonded set it lists) and valset.MaxSize.
// Nothing is done while the bridge is not configured: no one could sign a valset, and its
// confirmation deadline would punish validators for it.
func (k Keeper) updateValset(ctx context.Context, p types.Params) error {
	if !p.Configured() {
		return nil
	}
	cands, covered, err := k.valsetCandidates(ctx)
	if err != nil {
		return err
	}
	bonded, err := k.staking.TotalBondedTokens(ctx)
	if err != nil {
		return err
	}
	latest, err := k.latestValset(ctx)
	if err != nil {
		return err
	}
	nonce, err := k.nextValsetNonce(ctx, latest)
	if err != nil {
		return err
	}
	next, err := types.BuildValset(nonce, cands, bonded)
	if err != nil {
		return k.setValsetBlocked(ctx, types.ValsetBlockedReason(err, covered, bonded))
	}
	if err := k.setValsetBlocked(ctx, ""); err != nil {
		return err
	}
	why := types.ValsetChange(latest, next, p.ValsetChangeBps)
	if why == "" {
		return nil
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	next.Height, next.Time = sdkCtx.BlockHeight(), sdkCtx.BlockTime()
	if err := k.Valsets.Set(ctx, nonce, next); err != nil {
		return err
	}
	// Who must confirm valset N: the members of the chain's previous valset N−1, not N's own.
	// FlockBridge installs N only with signatures of its active valset over N's digest, and
	// the relayer installs chain valsets in order, so N−1 is the set that is (or is about to
	// be) active on Base when N is proposed: its members' silence is what stalls the bridge,
	// above all of members leaving (their signature hands over to N). A member new in N
	// signs nothing the contract counts for N; its duty starts with N+1. Gravity Bridge asks
	// the same of its current set. The first valset has no chain valset before it: Base's
	// deploy-time valset (nonce 0) is built from the same genesis validators' keys, so the
	// first valset's own members are expected. After a veto the vetoed valset never became
	// active: Base's active valset, if the chain made it, is asked instead.
	signers, err := k.expectedValsetSigners(ctx, latest, nonce)
	if err != nil {
		return err
	}
	if err := k.scheduleConfirmDeadline(ctx, p, types.CONFIRM_KIND_VALSET, nonce, signers); err != nil {
		return err
	}
	k.logger(ctx).Info("new bridge valset", "nonce", nonce, "members", len(next.Members), "why", why)
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventValsetCreated{
		Nonce: nonce, Checkpoint: next.Checkpoint, Members: uint32(len(next.Members)),
	})
}

// expectedValsetSigners is the chain valset whose members must confirm valset nonce, whose
// predecessor is latest (see updateValset).
func (k Keeper) expectedValsetSigners(ctx context.Context, latest *types.Valset, nonce uint64) (uint64, error) {
	if latest == nil {
		return nonce, nil
	}
	if !latest.Vetoed {
		return latest.Nonce, nil
	}
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return 0, err
	}
	if ok, err := k.Valsets.Has(ctx, bs.ActiveValsetNonce); err != nil || ok {
		return bs.ActiveValsetNonce, err
	}
	return latest.Nonce, nil
}

// valsetCandidates lists the bonded, unjailed validators with a registered eth key, most
// bonded tokens first (x/staking's order), at most valset.MaxSize, and the tokens they hold.
func (k Keeper) valsetCandidates(ctx context.Context) ([]types.ValsetCandidate, math.Int, error) {
	bonded, err := k.staking.GetBondedValidatorsByPower(ctx)
	if err != nil {
		return nil, math.Int{}, err
	}
	covered := math.ZeroInt()
	var cands []types.ValsetCandidate
	for _, v := range bonded {
		if len(cands) == valset.MaxSize {
			break
		}
		if !v.IsBonded() || v.IsJailed() || !v.Tokens.IsPositive() {
			continue
		}
		val, err := k.valCodec.StringToBytes(v.OperatorAddress)
		if err != nil {
			return nil, math.Int{}, err
		}
		o, err := k.Orchestrators.Get(ctx, val)
		if errors.Is(err, collections.ErrNotFound) {
			continue // no eth key: not a member, and its power counts against the quorum
		} else if err != nil {
			return nil, math.Int{}, err
		}
		eth, err := types.ParseEthAddress("registered eth address", o.EthAddress)
		if err != nil {
			return nil, math.Int{}, err
		}
		// x/staking wrote OperatorAddress from the bytes with this codec: it is canonical
		cands = append(cands, types.ValsetCandidate{Validator: v.OperatorAddress, Eth: eth, Tokens: v.Tokens})
		covered = covered.Add(v.Tokens)
	}
	return cands, covered, nil
}

// latestValset is the chain's newest valset (nil: none yet).
func (k Keeper) latestValset(ctx context.Context) (*types.Valset, error) {
	it, err := k.Valsets.Iterate(ctx, new(collections.Range[uint64]).Descending())
	if err != nil {
		return nil, err
	}
	defer it.Close()
	if !it.Valid() {
		return nil, nil
	}
	v, err := it.Value()
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// latestValsetNonce is the nonce of the chain's latest valset (0: none yet).
func (k Keeper) latestValsetNonce(ctx context.Context) (uint64, error) {
	v, err := k.latestValset(ctx)
	if err != nil || v == nil {
		return 0, err
	}
	return v.Nonce, nil
}

// nextValsetNonce is above the chain's latest valset and above every nonce Base has seen
// (active or pending): FlockBridge only takes a valset with a higher nonce than its active
// one, and its deploy-time valset is nonce 0, so the chain's first is 1.
func (k Keeper) nextValsetNonce(ctx context.Context, latest *types.Valset) (uint64, error) {
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return 0, err
	}
	n := max(bs.ActiveValsetNonce, bs.PendingValsetNonce)
	if latest != nil {
		n = max(n, latest.Nonce)
	}
	return n + 1, nil
}

// valsetBlocked is why no valset can be made now ("" if one can).
func (k Keeper) valsetBlocked(ctx context.Context) (string, error) {
	r, err := k.ValsetBlocked.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return "", nil
	}
	return r, err
}

// setValsetBlocked records reason and emits EventValsetBlocked when it changed.
func (k Keeper) setValsetBlocked(ctx context.Context, reason string) error {
	old, err := k.valsetBlocked(ctx)
	if err != nil || old == reason {
		return err
	}
	if err := k.ValsetBlocked.Set(ctx, reason); err != nil {
		return err
	}
	if reason != "" {
		k.logger(ctx).Error("no bridge valset can be made", "reason", reason)
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventValsetBlocked{Reason: reason})
}

// valsetVetoed applies FlockBridge.ValsetVetoed to the chain's valsets (called by the apply
// step): if the vetoed valset is one the chain made (same nonce and checkpoint), it is marked
// vetoed, and the next EndBlock makes a new valset with a higher nonce, since Base never takes
// a vetoed checkpoint again. A vetoed valset the chain never made (a hostile proposal) changes
// nothing here.
func (k Keeper) valsetVetoed(ctx context.Context, c *types.ValsetVetoedClaim) error {
	v, err := k.Valsets.Get(ctx, c.ValsetNonce)
	if errors.Is(err, collections.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if v.Checkpoint != c.Checkpoint || v.Vetoed {
		return nil
	}
	v.Vetoed = true
	return k.Valsets.Set(ctx, v.Nonce, v)
}

// scheduleConfirmDeadline records when the members of chain valset signers must have confirmed
// valset or settlement id (kind): params.confirm_window from now. checkDeadlines punishes the
// members who have not.
func (k Keeper) scheduleConfirmDeadline(ctx context.Context, p types.Params, kind types.ConfirmKind, id, signers uint64) error {
	d := types.ConfirmDeadline{
		Deadline: sdk.UnwrapSDKContext(ctx).BlockTime().Add(p.ConfirmWindow),
		Kind:     kind,
		Id:       id,
		Signers:  signers,
	}
	return k.Deadlines.Set(ctx, deadlineKey(d), d)
}
