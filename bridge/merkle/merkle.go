// Package merkle builds the payout trees of bridge settlements and their proofs, compatible with
// OpenZeppelin's MerkleProof (sorted-pair keccak256) as FlockBridge verifies them. No Cosmos
// imports: x/bridge builds the tree in its end blocker, the relayer and users prove claims.
//
// Leaf i of a settlement is keccak256(abi.encode(epoch, i, account, amount)). Leaves keep their
// index order; each level pairs neighbours, and an odd last node is carried up unchanged (it has
// no sibling at that level, so its proof is one element shorter).
package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxLeaves is the most leaves a settlement may have: it bounds the tree the chain builds and
// signs in one block (16.7M leaves, a proof of at most 24 hashes).
const MaxLeaves = 1<<24 - 1

// Payout is one account's amount in a settlement.
type Payout struct {
	Account common.Address `json:"account"`
	Amount  *big.Int       `json:"amount"`
}

// LeafHash is keccak256(abi.encode(epoch, index, account, amount)), the leaf FlockBridge
// recomputes from a claim. amount must be in [0, 2^256).
func LeafHash(epoch, index uint64, account common.Address, amount *big.Int) common.Hash {
	return crypto.Keccak256Hash(
		common.LeftPadBytes(new(big.Int).SetUint64(epoch).Bytes(), 32),
		common.LeftPadBytes(new(big.Int).SetUint64(index).Bytes(), 32),
		common.LeftPadBytes(account[:], 32),
		common.LeftPadBytes(amount.Bytes(), 32),
	)
}

// HashPair is OpenZeppelin's commutative keccak256 of two nodes (smaller first).
func HashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is a built Merkle tree: levels[0] are the leaves, the last level is the root.
type Tree struct {
	levels [][]common.Hash
}

// ErrEmpty is returned for a tree without leaves.
var ErrEmpty = errors.New("merkle: no leaves")

// New builds the tree of the given leaf hashes, in order.
func New(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	level := append([]common.Hash(nil), leaves...)
	t := &Tree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := 0; i+1 < len(level); i += 2 {
			next[i/2] = HashPair(level[i], level[i+1])
		}
		if len(level)%2 == 1 {
			next[len(next)-1] = level[len(level)-1]
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Leaf is leaf i's hash.
func (t *Tree) Leaf(i int) common.Hash { return t.levels[0][i] }

// Proof is the sibling path of leaf i, bottom up, as MerkleProof.verify takes it.
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.Len() {
		return nil, fmt.Errorf("merkle: leaf %d out of range [0, %d)", i, t.Len())
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		if sib := i ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// ProcessProof is the root that proof links leaf to (MerkleProof.processProof).
func ProcessProof(proof []common.Hash, leaf common.Hash) common.Hash {
	h := leaf
	for _, p := range proof {
		h = HashPair(h, p)
	}
	return h
}

// Verify reports whether proof links leaf to root (MerkleProof.verify).
func Verify(proof []common.Hash, root, leaf common.Hash) bool {
	return ProcessProof(proof, leaf) == root
}

// Vetoed is FlockBridge.VETOED: the claim time the contract stores for a vetoed settlement.
const Vetoed = math.MaxUint32

// StoredRoot is the part of a root FlockBridge keeps and checks claims against: its first 28
// bytes (the last 4 bytes of the slot hold the claim time; see the contract's Settlement).
func StoredRoot(root common.Hash) [28]byte {
	var r [28]byte
	copy(r[:], root[:28])
	return r
}

// Settlement is the payout tree of one epoch with what FlockBridge.submitSettlement takes.
type Settlement struct {
	Epoch   uint64
	Payouts []Payout
	Total   *big.Int
	Tree    *Tree
}

// BuildSettlement builds epoch's tree over payouts in their order (leaf i = payouts[i]).
// Amounts must be positive (the contract refuses zero claims) and accounts non-zero.
func BuildSettlement(epoch uint64, payouts []Payout) (*Settlement, error) {
	if len(payouts) == 0 {
		return nil, ErrEmpty
	}
	if len(payouts) > MaxLeaves {
		return nil, fmt.Errorf("merkle: %d payouts, at most %d per settlement", len(payouts), MaxLeaves)
	}
	total := new(big.Int)
	leaves := make([]common.Hash, len(payouts))
	for i, p := range payouts {
		if p.Account == (common.Address{}) {
			return nil, fmt.Errorf("merkle: payout %d to the zero address", i)
		}
		if p.Amount == nil || p.Amount.Sign() <= 0 || p.Amount.BitLen() > 256 {
			return nil, fmt.Errorf("merkle: payout %d has an amount outside (0, 2^256)", i)
		}
		total.Add(total, p.Amount)
		leaves[i] = LeafHash(epoch, uint64(i), p.Account, p.Amount)
	}
	tree, err := New(leaves)
	if err != nil {
		return nil, err
	}
	return &Settlement{Epoch: epoch, Payouts: payouts, Total: total, Tree: tree}, nil
}

// Root is the settlement's Merkle root.
func (s *Settlement) Root() common.Hash { return s.Tree.Root() }

// Count is the number of leaves.
func (s *Settlement) Count() uint64 { return uint64(len(s.Payouts)) }

// Proof is the proof of leaf i.
func (s *Settlement) Proof(i int) ([]common.Hash, error) { return s.Tree.Proof(i) }
