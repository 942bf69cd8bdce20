package contracts_test

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/reverts"
	"github.com/flockchain/flock/testutil/basetest"
)

// Random payout lists of 1 to 5,000 leaves built by the Go merkle package verify on-chain at
// random indices, and a tampered leaf (amount, account, index or proof) never does.
func TestMerkleTreesVerifyOnChain(t *testing.T) {
	e := basetest.New(t, basetest.Options{Cap: flock(1_000_000)})
	e.Fund(flock(1000))
	rng := rand.New(rand.NewSource(5000))
	sizes := []int{1, 2, 3, 4, 5, 7, 8, 9, 255, 256, 257, 1000, 4096, 4097, 5000}
	for i := 0; i < 5; i++ {
		sizes = append(sizes, 1+rng.Intn(5000))
	}
	raw := &bindings.FlockBridgeRaw{Contract: e.Bridge}
	claimCall := func(epoch, index uint64, acct common.Address, amount *big.Int, proof []common.Hash) error {
		var out []any
		return raw.Call(call(), &out, "claim", u64(epoch), u64(index), acct, amount, basetest.Proof(proof))
	}
	var trees []*merkle.Settlement
	for k, n := range sizes {
		ps := make([]merkle.Payout, n)
		for i := range ps {
			var a common.Address
			rng.Read(a[:])
			ps[i] = merkle.Payout{Account: a, Amount: big.NewInt(1 + rng.Int63n(1_000_000))}
		}
		s, _ := e.Settle(uint64(k+1), ps)
		trees = append(trees, s)
	}
	e.PassDelay()
	for _, s := range trees {
		n := len(s.Payouts)
		for j := 0; j < 4; j++ {
			i := rng.Intn(n)
			if j == 0 {
				i = n - 1 // the last leaf has the shortest proof in odd levels
			}
			p := s.Payouts[i]
			proof, _ := s.Proof(i)
			if !merkle.Verify(proof, s.Root(), s.Tree.Leaf(i)) {
				t.Fatalf("n=%d i=%d: Go proof does not verify", n, i)
			}
			if err := claimCall(s.Epoch, uint64(i), p.Account, p.Amount, proof); err != nil {
				t.Fatalf("n=%d i=%d: valid claim refused: %s", n, i, reverts.Describe(err))
			}
			tampered := map[string]func() error{
				"amount": func() error {
					return claimCall(s.Epoch, uint64(i), p.Account, new(big.Int).Add(p.Amount, big.NewInt(1)), proof)
				},
				"account": func() error {
					other := p.Account
					other[rng.Intn(20)] ^= 1 << rng.Intn(8)
					return claimCall(s.Epoch, uint64(i), other, p.Amount, proof)
				},
				"index": func() error {
					return claimCall(s.Epoch, uint64((i+1)%n), p.Account, p.Amount, proof)
				},
				"proof": func() error {
					if len(proof) == 0 {
						return claimCall(s.Epoch, uint64(i), p.Account, p.Amount, []common.Hash{{1}})
					}
					bad := append([]common.Hash(nil), proof...)
					b := rng.Intn(len(bad))
					bad[b][rng.Intn(32)] ^= 1 << rng.Intn(8)
					return claimCall(s.Epoch, uint64(i), p.Account, p.Amount, bad)
				},
			}
			for what, f := range tampered {
				if what == "index" && n == 1 {
					continue // (i+1)%1 is i itself
				}
				err := f()
				if err == nil {
					t.Fatalf("n=%d i=%d: claim with tampered %s accepted", n, i, what)
				}
				if name := reverts.Name(err); name != "InvalidProof" {
					t.Fatalf("n=%d i=%d tampered %s: %s, want InvalidProof", n, i, what, reverts.Describe(err))
				}
			}
		}
	}
}
