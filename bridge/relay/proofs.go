package relay

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/x/bridge/types"
)

// ClaimOf is a leaf proof served by the chain (Proof, ProofsByAccount) as the claim the
// contract takes, in the proof file's form.
func ClaimOf(p types.LeafProof) (baseclient.ClaimFile, error) {
	w := p.Leaf.Withdrawal
	account, err := types.ParseEthAddress("base recipient", w.BaseRecipient)
	if err != nil {
		return baseclient.ClaimFile{}, fmt.Errorf("settlement %d leaf %d: %w", p.Leaf.Epoch, p.Leaf.Index, err)
	}
	if w.Amount.IsNil() || !w.Amount.IsPositive() {
		return baseclient.ClaimFile{}, fmt.Errorf("settlement %d leaf %d: amount %s is not positive", p.Leaf.Epoch, p.Leaf.Index, w.Amount)
	}
	proof := make([]common.Hash, len(p.Proof))
	for i, s := range p.Proof {
		if proof[i], err = types.ParseHash("proof", s); err != nil {
			return baseclient.ClaimFile{}, fmt.Errorf("settlement %d leaf %d proof step %d: %w", p.Leaf.Epoch, p.Leaf.Index, i, err)
		}
	}
	return baseclient.ClaimFile{Epoch: p.Leaf.Epoch, Index: p.Leaf.Index, Account: account, Amount: w.Amount.String(), Proof: proof}, nil
}

// bindingClaim is c as the contract's Claim, checked against the root prefix Base stores for
// its epoch, so that a proof the chain serves wrong fails here, named, and not as a revert of
// a whole batch.
func bindingClaim(c baseclient.ClaimFile, rootPrefix [28]byte) (bindings.FlockBridgeClaim, error) {
	amount, ok := new(big.Int).SetString(c.Amount, 10)
	if !ok {
		return bindings.FlockBridgeClaim{}, fmt.Errorf("settlement %d leaf %d: amount %q", c.Epoch, c.Index, c.Amount)
	}
	if merkle.StoredRoot(merkle.ProcessProof(c.Proof, merkle.LeafHash(c.Epoch, c.Index, c.Account, amount))) != rootPrefix {
		return bindings.FlockBridgeClaim{}, fmt.Errorf("settlement %d leaf %d: the chain's proof does not match the root Base holds", c.Epoch, c.Index)
	}
	proof := make([][32]byte, len(c.Proof))
	for i, h := range c.Proof {
		proof[i] = h
	}
	return bindings.FlockBridgeClaim{Epoch: new(big.Int).SetUint64(c.Epoch), Index: new(big.Int).SetUint64(c.Index),
		Account: c.Account, Amount: amount, Proof: proof}, nil
}
