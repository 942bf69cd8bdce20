package merkle

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func h(b byte) common.Hash { return crypto.Keccak256Hash([]byte{b}) }

func TestTreeShapes(t *testing.T) {
	a, b, c, d, e := h(1), h(2), h(3), h(4), h(5)
	ab, cd := HashPair(a, b), HashPair(c, d)
	cases := []struct {
		leaves []common.Hash
		root   common.Hash
		proof2 []common.Hash // proof of leaf 2 when it exists
	}{
		{[]common.Hash{a}, a, nil},
		{[]common.Hash{a, b}, ab, nil},
		{[]common.Hash{a, b, c}, HashPair(ab, c), []common.Hash{ab}}, // odd node carried up
		{[]common.Hash{a, b, c, d}, HashPair(ab, cd), []common.Hash{d, ab}},
		{[]common.Hash{a, b, c, d, e}, HashPair(HashPair(ab, cd), e), []common.Hash{d, ab, e}},
	}
	for _, tc := range cases {
		tree, err := New(tc.leaves)
		if err != nil {
			t.Fatal(err)
		}
		if tree.Root() != tc.root {
			t.Fatalf("%d leaves: root %x, want %x", len(tc.leaves), tree.Root(), tc.root)
		}
		if len(tc.leaves) > 2 {
			p, _ := tree.Proof(2)
			if len(p) != len(tc.proof2) {
				t.Fatalf("%d leaves: proof %v, want %v", len(tc.leaves), p, tc.proof2)
			}
			for i := range p {
				if p[i] != tc.proof2[i] {
					t.Fatalf("%d leaves: proof[%d] %x, want %x", len(tc.leaves), i, p[i], tc.proof2[i])
				}
			}
		}
		for i := range tc.leaves {
			p, _ := tree.Proof(i)
			if !Verify(p, tree.Root(), tc.leaves[i]) {
				t.Fatalf("%d leaves: leaf %d does not verify", len(tc.leaves), i)
			}
		}
	}
	if _, err := New(nil); err != ErrEmpty {
		t.Fatalf("empty tree: %v", err)
	}
	tree, _ := New([]common.Hash{a, b})
	for _, i := range []int{-1, 2} {
		if _, err := tree.Proof(i); err == nil {
			t.Fatalf("proof of leaf %d: no error", i)
		}
	}
}

func TestStoredRoot(t *testing.T) {
	tree, _ := New([]common.Hash{h(1), h(2), h(3)})
	root := tree.Root()
	stored := StoredRoot(root)
	if !bytes.Equal(stored[:], root[:28]) {
		t.Fatalf("stored root %x is not the first 28 bytes of %x", stored, root)
	}
	p, _ := tree.Proof(1)
	if StoredRoot(ProcessProof(p, h(2))) != stored {
		t.Fatal("a valid proof does not reach the stored root")
	}
	if StoredRoot(ProcessProof(p, h(3))) == stored {
		t.Fatal("another leaf reaches the stored root with leaf 1's proof")
	}
	// what the contract drops is the root's tail: a root differing only there matches
	tail := root
	tail[31] ^= 1
	if StoredRoot(tail) != stored {
		t.Fatal("the last 4 bytes are not ignored")
	}
	head := root
	head[27] ^= 1
	if StoredRoot(head) == stored {
		t.Fatal("byte 27 is ignored")
	}
}

func TestHashPairIsCommutative(t *testing.T) {
	if HashPair(h(1), h(2)) != HashPair(h(2), h(1)) {
		t.Fatal("not commutative")
	}
	if HashPair(h(1), h(2)) != crypto.Keccak256Hash(minMax(h(1), h(2))) {
		t.Fatal("not keccak(min || max)")
	}
	if HashPair(h(3), h(3)) != crypto.Keccak256Hash(h(3).Bytes(), h(3).Bytes()) {
		t.Fatal("equal words: not keccak(a || a)")
	}
}

func minMax(a, b common.Hash) []byte {
	if a.Cmp(b) > 0 {
		a, b = b, a
	}
	return append(a.Bytes(), b.Bytes()...)
}

// The leaf is abi.encode(uint256 epoch, uint256 index, address account, uint256 amount).
func TestLeafHashLayout(t *testing.T) {
	acct := common.HexToAddress("0x00000000000000000000000000000000000000ff")
	got := LeafHash(7, 9, acct, big.NewInt(300))
	enc := make([]byte, 128)
	enc[31], enc[63], enc[95] = 7, 9, 0xff
	enc[126], enc[127] = 0x01, 0x2c
	if got != crypto.Keccak256Hash(enc) {
		t.Fatalf("leaf %x", got)
	}
}

func TestBuildSettlementRejects(t *testing.T) {
	acct := common.Address{1}
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	for name, ps := range map[string][]Payout{
		"empty":        nil,
		"zero account": {{Account: common.Address{}, Amount: big.NewInt(1)}},
		"zero amount":  {{Account: acct, Amount: big.NewInt(0)}},
		"nil amount":   {{Account: acct}},
		"negative":     {{Account: acct, Amount: big.NewInt(-1)}},
		"2^256":        {{Account: acct, Amount: huge}},
	} {
		if _, err := BuildSettlement(1, ps); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	s, err := BuildSettlement(3, []Payout{{acct, big.NewInt(2)}, {acct, big.NewInt(5)}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Total.Int64() != 7 || s.Count() != 2 || s.Tree.Leaf(1) != LeafHash(3, 1, acct, big.NewInt(5)) {
		t.Fatalf("settlement %+v", s)
	}
}

// Every leaf of every tree verifies, and a proof never verifies another leaf.
func FuzzTreeProofs(f *testing.F) {
	f.Add(uint16(1), uint16(0), []byte("seed"))
	f.Add(uint16(5), uint16(4), []byte{})
	f.Add(uint16(300), uint16(257), []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, n, i uint16, salt []byte) {
		size := int(n%2000) + 1
		leaves := make([]common.Hash, size)
		for k := range leaves {
			leaves[k] = crypto.Keccak256Hash(salt, []byte{byte(k), byte(k >> 8)})
		}
		tree, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		idx := int(i) % size
		p, err := tree.Proof(idx)
		if err != nil {
			t.Fatal(err)
		}
		if !Verify(p, tree.Root(), leaves[idx]) {
			t.Fatalf("leaf %d of %d does not verify", idx, size)
		}
		if size > 1 {
			other := (idx + 1) % size
			if Verify(p, tree.Root(), leaves[other]) {
				t.Fatalf("proof of %d verifies leaf %d", idx, other)
			}
		}
	})
}
