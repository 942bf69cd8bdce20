package baseclient

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/merkle"
)

// ClaimFile is one leaf of a settlement with its proof, as the chain's settlement query will
// give it; a proof file holds one of them or a JSON list of them.
type ClaimFile struct {
	Epoch   uint64         `json:"epoch"`
	Index   uint64         `json:"index"`
	Account common.Address `json:"account"`
	Amount  string         `json:"amount"`
	Proof   []common.Hash  `json:"proof"`
}

// ReadClaims reads a proof file: one ClaimFile or a list of them.
func ReadClaims(path string) ([]ClaimFile, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("proof file: %w", err)
	}
	var list []ClaimFile
	if err := json.Unmarshal(blob, &list); err != nil {
		var one ClaimFile
		if err2 := json.Unmarshal(blob, &one); err2 != nil {
			return nil, fmt.Errorf("proof file %s: %w", path, err2)
		}
		list = []ClaimFile{one}
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("proof file %s holds no claims", path)
	}
	return list, nil
}

// Claimed is what Claim did: the leaves it paid (in one transaction, Receipt; nil when
// there was nothing to pay) and those it skipped because they were already claimed.
type Claimed struct {
	Paid    []bindings.FlockBridgeClaim
	Skipped []ClaimFile
	Receipt *types.Receipt
}

// Claim pays out settled leaves: each is checked against the bridge first (a settlement
// exists and was not vetoed, the proof matches its root), so a wrong file fails here and not
// as a revert; leaves already claimed are skipped; the rest go in one claim or claimMany
// transaction. Anyone may send it; the funds go to each leaf's account.
func (b *Bridge) Claim(ctx context.Context, claims []ClaimFile) (*Claimed, error) {
	out := &Claimed{}
	call := Call(ctx)
	for i, cl := range claims {
		amount, ok := new(big.Int).SetString(cl.Amount, 10)
		if !ok || amount.Sign() <= 0 {
			return nil, fmt.Errorf("claim %d: amount %q is not a positive integer", i, cl.Amount)
		}
		leaf := merkle.LeafHash(cl.Epoch, cl.Index, cl.Account, amount)
		epoch, index := new(big.Int).SetUint64(cl.Epoch), new(big.Int).SetUint64(cl.Index)
		s, err := b.Contract.Settlements(call, epoch)
		if err != nil {
			return nil, fmt.Errorf("%s is not a FlockBridge: %w", b.Address, err)
		}
		switch s.ClaimableAt {
		case 0:
			return nil, fmt.Errorf("claim %d: no settlement for epoch %d on this bridge (yet)", i, cl.Epoch)
		case merkle.Vetoed:
			return nil, fmt.Errorf("claim %d: the settlement of epoch %d was vetoed by the guardian", i, cl.Epoch)
		}
		if merkle.StoredRoot(merkle.ProcessProof(cl.Proof, leaf)) != s.Root {
			return nil, fmt.Errorf("claim %d: the proof does not match epoch %d's root", i, cl.Epoch)
		}
		done, err := b.Contract.IsClaimed(call, epoch, index)
		if err != nil {
			return nil, fmt.Errorf("bridge %s: %w", b.Address, err)
		}
		if done {
			out.Skipped = append(out.Skipped, cl)
			continue
		}
		proof := make([][32]byte, len(cl.Proof))
		for j, p := range cl.Proof {
			proof[j] = p
		}
		out.Paid = append(out.Paid, bindings.FlockBridgeClaim{Epoch: epoch, Index: index, Account: cl.Account, Amount: amount, Proof: proof})
	}
	if len(out.Paid) == 0 {
		return out, nil
	}
	opts := b.Transactor(ctx, b.Key)
	var err error
	if len(out.Paid) == 1 {
		c := out.Paid[0]
		out.Receipt, err = b.Send(ctx, "claim", func() (*types.Transaction, error) {
			return b.Contract.Claim(opts, c.Epoch, c.Index, c.Account, c.Amount, c.Proof)
		})
	} else {
		out.Receipt, err = b.Send(ctx, "claimMany", func() (*types.Transaction, error) { return b.Contract.ClaimMany(opts, out.Paid) })
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}
