package signer

import (
	"context"
	"fmt"

	errorsmod "cosmossdk.io/errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// Evidence is a signature by an eth key over a valset or a settlement (one of the two): proof
// against that key's validator when the chain never made what was signed. Whoever holds such
// a signature — a relayer or orchestrator shown a forged root to co-sign, a watcher of
// FlockBridge's calldata — sends it with SubmitEvidence; x/bridge slashes and jails the
// validator (MsgSubmitBadSignatureEvidence).
type Evidence struct {
	Valset     *types.SignedValset
	Settlement *types.SignedSettlement
	Signature  ethsig.Signature
}

// EvidenceChain is what checking evidence reads from the chain.
type EvidenceChain interface {
	Params(ctx context.Context) (types.Params, error)
	Valset(ctx context.Context, nonce uint64) (*types.Valset, error)
	Settlement(ctx context.Context, epoch uint64) (*types.Settlement, error)
	// Lookup is the registration key names (validator, account or eth address); nil if none.
	Lookup(ctx context.Context, key string) (*types.Orchestrator, error)
}

// Digest is the EIP-712 digest ev's signature is over, and how errors name its subject.
func (ev Evidence) Digest(domain digest.Domain) (common.Hash, string, error) {
	switch {
	case ev.Valset != nil && ev.Settlement == nil:
		vs, err := types.SignedValsetOf(ev.Valset)
		if err != nil {
			return common.Hash{}, "", err
		}
		return domain.Valset(vs), fmt.Sprintf("valset %d", vs.Nonce), nil
	case ev.Settlement != nil && ev.Valset == nil:
		s := ev.Settlement
		root, err := types.ParseHash("settlement root", s.Root)
		if err != nil {
			return common.Hash{}, "", err
		}
		if s.Total.IsNil() || s.Total.IsNegative() {
			return common.Hash{}, "", fmt.Errorf("settlement %d: total %s is not a uint256", s.Epoch, s.Total)
		}
		return domain.Settlement(digest.Settlement{Epoch: s.Epoch, Root: root, Total: s.Total.BigInt(), Count: s.Count}),
			fmt.Sprintf("settlement %d", s.Epoch), nil
	}
	return common.Hash{}, "", fmt.Errorf("evidence names a valset or a settlement, exactly one")
}

// CheckEvidence checks ev as x/bridge will, before a fee is spent on it: the signature
// recovers to a registered eth key (its registration is returned; nil for a key only retired
// keys could match, which the chain still judges), and the chain never made the subject (no
// valset of that nonce and checkpoint, no settlement of that epoch, root, total and count).
// What is not evidence (no subject, a signature recovering to no key, a subject the chain
// made) is an error matching types.ErrNotEvidence; any other error is a failed read of the
// chain, which says nothing about ev (asked again later, it may be evidence).
func CheckEvidence(ctx context.Context, chain EvidenceChain, ev Evidence) (*types.Orchestrator, error) {
	p, err := chain.Params(ctx)
	if err != nil {
		return nil, err
	}
	domain, err := p.Domain()
	if err != nil {
		return nil, err
	}
	d, what, err := ev.Digest(domain)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrNotEvidence, err.Error())
	}
	signer, err := ethsig.Recover(d, ev.Signature)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrNotEvidence, "signature over %s: %s", what, err)
	}
	switch {
	case ev.Valset != nil:
		vs, _ := types.SignedValsetOf(ev.Valset)
		chainVs, err := chain.Valset(ctx, ev.Valset.Nonce)
		if err != nil {
			return nil, err
		}
		if ev.Valset.Nonce != 0 && chainVs != nil && chainVs.Checkpoint == types.HashString(vs.Checkpoint()) {
			return nil, errorsmod.Wrapf(types.ErrNotEvidence, "the chain made %s (checkpoint %s): %s's signature of it is a confirmation, not evidence", what, chainVs.Checkpoint, signer.Hex())
		}
	default:
		s := ev.Settlement
		chainS, err := chain.Settlement(ctx, s.Epoch)
		if err != nil {
			return nil, err
		}
		if chainS != nil && chainS.Root == s.Root && chainS.Total.Equal(s.Total) && chainS.Count == s.Count {
			return nil, errorsmod.Wrapf(types.ErrNotEvidence, "the chain made %s (root %s, total %s, count %d): %s's signature of it is a confirmation, not evidence",
				what, s.Root, s.Total, s.Count, signer.Hex())
		}
	}
	return chain.Lookup(ctx, signer.Hex())
}

// SubmitEvidence checks ev (CheckEvidence) and sends it from c's account (SendEvidence). It
// returns the registration of the key that signed (nil if only a retired key matches), whose
// validator the chain punished.
func SubmitEvidence(ctx context.Context, c *chainclient.Client, ev Evidence) (*types.Orchestrator, error) {
	o, err := CheckEvidence(ctx, NewGRPC(c), ev)
	if err != nil {
		return nil, err
	}
	if err := SendEvidence(ctx, c, ev); err != nil {
		return nil, err
	}
	return o, nil
}

// SendEvidence sends ev from c's account as it is, for a caller that already checked it
// (CheckEvidence). A refusal by the chain is a *chainclient.TxError.
func SendEvidence(ctx context.Context, c *chainclient.Client, ev Evidence) error {
	msg := &types.MsgSubmitBadSignatureEvidence{Submitter: c.Address().String(), Signature: ev.Signature.Hex()}
	if ev.Valset != nil {
		msg.Subject = &types.MsgSubmitBadSignatureEvidence_Valset{Valset: ev.Valset}
	} else {
		msg.Subject = &types.MsgSubmitBadSignatureEvidence_Settlement{Settlement: ev.Settlement}
	}
	if err := msg.ValidateBasic(); err != nil {
		return err
	}
	_, err := c.Send(ctx, msg)
	return err
}
