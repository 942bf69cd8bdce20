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

// SubmitBadSignatureEvidence slashes and jails the validator whose eth key signed the digest of
// msg's subject, a valset or settlement the chain never made. Such a signature is the only way
// a stolen or misused key can move funds on Base, so it is punished whether or not anyone
// submitted it there. The key may be retired (rotated away): it was the validator's. The same
// signer over the same digest is punished once. Returns the punished validator.
func (k Keeper) SubmitBadSignatureEvidence(ctx context.Context, msg *types.MsgSubmitBadSignatureEvidence, sig ethsig.Signature) (string, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return "", err
	}
	domain, err := p.Domain()
	if err != nil {
		return "", err
	}
	d, what, err := k.evidenceSubject(ctx, domain, msg)
	if err != nil {
		return "", err
	}
	signer, err := ethsig.Recover(d, sig)
	if err != nil {
		return "", errorsmod.Wrapf(types.ErrInvalidSignature, "signature over %s: %v", what, err)
	}
	rec, err := k.EthKeys.Get(ctx, signer.Bytes())
	if errors.Is(err, collections.ErrNotFound) {
		return "", errorsmod.Wrapf(types.ErrNotEvidence, "the signature over %s (digest %s) recovers to %s, which no validator ever registered", what, types.HashString(d), signer.Hex())
	} else if err != nil {
		return "", err
	}
	key := badSignatureKey(d, signer)
	if used, err := k.BadSignatures.Get(ctx, key); err == nil {
		return "", errorsmod.Wrapf(types.ErrEvidenceAlreadyUsed, "%s's signature over digest %s punished %s at height %d", signer.Hex(), used.Digest, used.Validator, used.Height)
	} else if !errors.Is(err, collections.ErrNotFound) {
		return "", err
	}
	val, err := k.valCodec.StringToBytes(rec.Validator)
	if err != nil {
		return "", err
	}
	v, err := k.slashableValidator(ctx, val, rec.Validator)
	if err != nil {
		return "", err
	}
	reason := fmt.Sprintf("bad signature by %s over %s (digest %s), which the chain never made", signer.Hex(), what, types.HashString(d))
	if _, err := k.punish(ctx, p, v, p.SlashFractionBadSignature, reason); err != nil {
		return "", err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := k.BadSignatures.Set(ctx, key, types.BadSignatureRecord{
		Validator: rec.Validator, EthAddress: signer.Hex(), Digest: types.HashString(d), Height: sdkCtx.BlockHeight(),
	}); err != nil {
		return "", err
	}
	return rec.Validator, nil
}

// evidenceSubject is the digest of msg's subject and how errors name it; ErrNotEvidence if the
// chain made that very valset (same nonce and checkpoint) or settlement (same epoch, root,
// total and count): signing it was the orchestrator's duty. Chain valsets are never pruned, so
// an honest signature stays recognisable.
func (k Keeper) evidenceSubject(ctx context.Context, domain digest.Domain, msg *types.MsgSubmitBadSignatureEvidence) (common.Hash, string, error) {
	switch s := msg.Subject.(type) {
	case *types.MsgSubmitBadSignatureEvidence_Valset:
		vs, err := types.SignedValsetOf(s.Valset)
		if err != nil {
			return common.Hash{}, "", err
		}
		what := fmt.Sprintf("valset %d", vs.Nonce)
		chain, err := k.Valsets.Get(ctx, vs.Nonce)
		if err == nil && chain.Checkpoint == types.HashString(vs.Checkpoint()) {
			return common.Hash{}, "", errorsmod.Wrapf(types.ErrNotEvidence, "the chain made %s (checkpoint %s): signing it is an orchestrator's duty", what, chain.Checkpoint)
		} else if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return common.Hash{}, "", err
		}
		return domain.Valset(vs), what, nil
	case *types.MsgSubmitBadSignatureEvidence_Settlement:
		root, err := types.ParseHash("settlement root", s.Settlement.Root)
		if err != nil {
			return common.Hash{}, "", err
		}
		what := fmt.Sprintf("settlement %d", s.Settlement.Epoch)
		chain, err := k.Settlements.Get(ctx, s.Settlement.Epoch)
		if err == nil && chain.Root == types.HashString(root) && chain.Total.Equal(s.Settlement.Total) && chain.Count == s.Settlement.Count {
			return common.Hash{}, "", errorsmod.Wrapf(types.ErrNotEvidence, "the chain made %s (root %s, total %s, count %d): signing it is an orchestrator's duty", what, chain.Root, chain.Total, chain.Count)
		} else if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return common.Hash{}, "", err
		}
		return domain.Settlement(digest.Settlement{Epoch: s.Settlement.Epoch, Root: root, Total: s.Settlement.Total.BigInt(), Count: s.Settlement.Count}), what, nil
	default:
		return common.Hash{}, "", errorsmod.Wrap(types.ErrNotEvidence, "no subject: want a valset or a settlement")
	}
}

// badSignatureKey keys BadSignatures: the digest, then the signer, so one signer over one
// digest punishes once whoever submits it.
func badSignatureKey(d common.Hash, signer common.Address) []byte {
	return append(d.Bytes(), signer.Bytes()...)
}
