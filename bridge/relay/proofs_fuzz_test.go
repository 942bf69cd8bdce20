package relay

import (
	"strings"
	"testing"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/bridge/types"
)

// FuzzClaimOf: whatever a node serves as a leaf proof, ClaimOf never panics, and what it
// accepts is exactly the leaf: the recipient's address, the amount, each proof step.
func FuzzClaimOf(f *testing.F) {
	f.Add(uint64(1), uint64(0), "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", "100", "0x"+strings.Repeat("ab", 32), "")
	f.Add(uint64(2), uint64(7), "0x0000000000000000000000000000000000000000", "1", "0x"+strings.Repeat("00", 32), "0x"+strings.Repeat("11", 32))
	f.Add(uint64(3), uint64(1), "5B38Da6a701c568545dCfcB03FcB875f56beddC4", "-5", "0xAB", "zz")
	f.Add(uint64(0), uint64(0), "", "", "", "")
	f.Fuzz(func(t *testing.T, epoch, index uint64, recipient, amount, p1, p2 string) {
		var amt math.Int
		if a, ok := math.NewIntFromString(amount); ok {
			amt = a
		}
		var proof []string
		for _, p := range []string{p1, p2} {
			if p != "" {
				proof = append(proof, p)
			}
		}
		lp := types.LeafProof{Leaf: types.Leaf{Epoch: epoch, Index: index, Withdrawal: types.Withdrawal{BaseRecipient: recipient, Amount: amt}}, Proof: proof}
		c, err := ClaimOf(lp)
		if err != nil {
			return
		}
		if c.Epoch != epoch || c.Index != index || !strings.EqualFold(c.Account.Hex(), recipient) {
			t.Fatalf("leaf %d/%d to %s read as %d/%d to %s", epoch, index, recipient, c.Epoch, c.Index, c.Account.Hex())
		}
		if !amt.IsPositive() || c.Amount != amt.String() {
			t.Fatalf("amount %q read as %q", amount, c.Amount)
		}
		if len(c.Proof) != len(proof) {
			t.Fatalf("%d proof steps read as %d", len(proof), len(c.Proof))
		}
		for i, h := range c.Proof {
			if types.HashString(h) != proof[i] {
				t.Fatalf("proof step %d %q read as %s", i, proof[i], types.HashString(h))
			}
		}
	})
}
