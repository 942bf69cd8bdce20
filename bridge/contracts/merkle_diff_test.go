package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/testbindings"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/testutil/basetest"
)

// FlockMerkle (the assembly on every claim's path) and the Go package agree with
// OpenZeppelin's MerkleProof.processProofCalldata on random proofs of 0 to 24 levels, with
// siblings equal to the running hash, all-zero and all-one words; and the leaf hash is
// abi.encode(epoch, index, account, amount), as merkle.LeafHash builds it.
func TestMerkleMatchesOpenZeppelin(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	var h *testbindings.MerkleHarness
	e.Must(func() (tx *types.Transaction, err error) {
		_, tx, h, err = testbindings.DeployMerkleHarness(e.Deployer, e.Chain.Client())
		return tx, err
	})
	rng := rand.New(rand.NewPCG(5, 8))
	random := func() (w common.Hash) {
		for i := range w {
			w[i] = byte(rng.Uint32())
		}
		return w
	}
	ones := common.Hash{}
	for i := range ones {
		ones[i] = 0xff
	}
	for c := range 400 {
		node := random()
		if c%10 == 0 {
			node = common.Hash{}
		}
		proof := make([]common.Hash, rng.IntN(25))
		running := node
		for j := range proof {
			switch rng.IntN(5) {
			case 0:
				proof[j] = running // equal siblings: keccak(a ‖ a)
			case 1:
				proof[j] = common.Hash{}
			case 2:
				proof[j] = ones
			default:
				proof[j] = random()
			}
			running = merkle.HashPair(running, proof[j])
		}
		ours, err := h.FlockRoot(call(), basetest.Proof(proof), node)
		if err != nil {
			t.Fatal(err)
		}
		oz, err := h.OpenZeppelinRoot(call(), basetest.Proof(proof), node)
		if err != nil {
			t.Fatal(err)
		}
		if ours != oz || common.Hash(ours) != running || merkle.ProcessProof(proof, node) != running {
			t.Fatalf("case %d (%d levels): FlockMerkle %x, OpenZeppelin %x, Go %x", c, len(proof), ours, oz, running)
		}
	}

	for c := range 50 {
		epoch, index := rng.Uint64(), rng.Uint64()
		account := common.BytesToAddress(random().Bytes())
		amount := new(big.Int).SetBytes(random().Bytes())
		got, err := h.FlockLeaf(call(), u64(epoch), u64(index), account, amount)
		if err != nil {
			t.Fatal(err)
		}
		encoded := crypto.Keccak256Hash(common.BigToHash(u64(epoch)).Bytes(), common.BigToHash(u64(index)).Bytes(),
			common.BytesToHash(account.Bytes()).Bytes(), common.BigToHash(amount).Bytes())
		if common.Hash(got) != encoded || merkle.LeafHash(epoch, index, account, amount) != encoded {
			t.Fatalf("leaf %d: FlockMerkle %x, abi.encode %x", c, got, encoded)
		}
	}
}
