package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/x/bridge/types"
)

// ConfirmValset records orch's signature of valset nonce: the EIP-712 digest FlockBridge checks
// when the valset is proposed (digest.Domain.Valset), signed by the eth key orch's validator
// registered. Only a valset the chain made, newer than Base's active one and not vetoed there,
// can be confirmed.
func (k Keeper) ConfirmValset(ctx context.Context, orch sdk.AccAddress, nonce uint64, sig ethsig.Signature) error {
	domain, err := k.signingDomain(ctx)
	if err != nil {
		return err
	}
	val, o, err := k.orchestratorOf(ctx, orch)
	if err != nil {
		return err
	}
	vs, err := k.Valsets.Get(ctx, nonce)
	if errors.Is(err, collections.ErrNotFound) {
		latest, err := k.latestValsetNonce(ctx)
		if err != nil {
			return err
		}
		return errorsmod.Wrapf(types.ErrUnknownValset, "valset %d: the chain made no such valset (its latest is %d)", nonce, latest)
	} else if err != nil {
		return err
	}
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return err
	}
	if nonce <= bs.ActiveValsetNonce {
		return errorsmod.Wrapf(types.ErrNotSignable, "valset %d: Base's active valset is already %d; only a newer valset can be proposed", nonce, bs.ActiveValsetNonce)
	}
	if vs.Vetoed {
		return errorsmod.Wrapf(types.ErrNotSignable, "valset %d was vetoed on Base; the chain makes a new one", nonce)
	}
	bvs, err := vs.Bridge()
	if err != nil {
		return err
	}
	return k.confirm(ctx, types.CONFIRM_KIND_VALSET, nonce, val, o, domain.Valset(bvs), sig)
}

// ConfirmSettlement records orch's signature of settlement epoch: the EIP-712 digest of (epoch,
// root, total, count) FlockBridge checks on submission (digest.Domain.Settlement). Only a
// settlement in SIGNING status can be confirmed: its root is known and Base has not taken it
// (or another root for its epoch) yet. The digest does not name a valset, so a confirmation
// stays good after Base's valset changes, for as long as its key is in the active valset.
func (k Keeper) ConfirmSettlement(ctx context.Context, orch sdk.AccAddress, epoch uint64, sig ethsig.Signature) error {
	domain, err := k.signingDomain(ctx)
	if err != nil {
		return err
	}
	val, o, err := k.orchestratorOf(ctx, orch)
	if err != nil {
		return err
	}
	s, err := k.Settlements.Get(ctx, epoch)
	if errors.Is(err, collections.ErrNotFound) {
		return errorsmod.Wrapf(types.ErrUnknownSettlement, "settlement %d: the chain cut no such settlement", epoch)
	} else if err != nil {
		return err
	}
	if s.Status != types.SETTLEMENT_STATUS_SIGNING {
		return errorsmod.Wrapf(types.ErrNotSignable, "settlement %d is %s: only a settlement in %s can be confirmed", epoch, s.Status, types.SETTLEMENT_STATUS_SIGNING)
	}
	d, err := settlementDigest(domain, s)
	if err != nil {
		return err
	}
	return k.confirm(ctx, types.CONFIRM_KIND_SETTLEMENT, epoch, val, o, d, sig)
}

// confirm checks that sig over d recovers to o's registered eth key and stores it as val's
// confirmation of (kind, id). A validator confirms each valset or settlement once per key: a
// second confirmation with the same key is refused, one with a key it rotated to replaces the
// old one (Base's valset will carry the new key).
func (k Keeper) confirm(ctx context.Context, kind types.ConfirmKind, id uint64, val sdk.ValAddress, o types.Orchestrator, d common.Hash, sig ethsig.Signature) error {
	what := fmt.Sprintf("%s %d", kindName(kind), id)
	eth, err := types.ParseEthAddress("registered eth address", o.EthAddress)
	if err != nil {
		return err
	}
	signer, err := ethsig.Recover(d, sig)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidSignature, "signature over %s: %v", what, err)
	}
	if signer != eth {
		return errorsmod.Wrapf(types.ErrWrongSigner, "signature over %s digest %s recovers to %s, but %s registered %s", what, types.HashString(d), signer.Hex(), o.Validator, eth.Hex())
	}
	confirms := k.confirmsOf(kind)
	key := collections.Join(id, val)
	old, err := confirms.Get(ctx, key)
	switch {
	case err == nil && old.EthAddress == eth.Hex():
		return errorsmod.Wrapf(types.ErrAlreadyConfirmed, "%s already confirmed %s with %s at height %d", o.Validator, what, old.EthAddress, old.Height)
	case err != nil && !errors.Is(err, collections.ErrNotFound):
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	c := types.Confirmation{Validator: o.Validator, EthAddress: eth.Hex(), Signature: sig.Hex(), Height: sdkCtx.BlockHeight()}
	if err := confirms.Set(ctx, key, c); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventConfirmed{Kind: kindName(kind), Id: id, Validator: o.Validator, EthAddress: c.EthAddress})
}

// confirmsOf is the map that holds the confirmations of kind.
func (k Keeper) confirmsOf(kind types.ConfirmKind) collections.Map[collections.Pair[uint64, sdk.ValAddress], types.Confirmation] {
	if kind == types.CONFIRM_KIND_SETTLEMENT {
		return k.SettlementConfirms
	}
	return k.ValsetConfirms
}

// signingDomain is the EIP-712 domain of the configured bridge (ErrBridgeNotConfigured if none).
func (k Keeper) signingDomain(ctx context.Context) (digest.Domain, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return digest.Domain{}, err
	}
	return p.Domain()
}

// settlementDigest is what the valset signs for s (its root must be known).
func settlementDigest(domain digest.Domain, s types.Settlement) (common.Hash, error) {
	root, err := types.ParseHash("settlement root", s.Root)
	if err != nil {
		return common.Hash{}, err
	}
	return domain.Settlement(digest.Settlement{Epoch: s.Epoch, Root: root, Total: s.Total.BigInt(), Count: s.Count}), nil
}
