package signer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/x/bridge/types"
)

// FuzzCheckSettlement: for any leaves, CheckSettlement signs exactly the settlement whose
// root, total and count its leaves make (bridge/merkle), and refuses it once any of them, or a
// leaf, is changed.
func FuzzCheckSettlement(f *testing.F) {
	f.Add([]byte{1, 2, 3}, uint8(0), uint8(0))
	f.Add([]byte{9}, uint8(1), uint8(0))
	f.Add([]byte{5, 5, 5, 5, 5}, uint8(2), uint8(3))
	f.Add([]byte{200, 1}, uint8(3), uint8(1))
	f.Add([]byte{7, 8, 9, 10}, uint8(4), uint8(2))
	f.Add([]byte{7, 8, 9, 10}, uint8(5), uint8(2))
	f.Fuzz(func(t *testing.T, amounts []byte, tamper, at uint8) {
		if len(amounts) == 0 || len(amounts) > 64 {
			return
		}
		const epoch = 3
		var payouts []merkle.Payout
		var leaves []types.Leaf
		for i, a := range amounts {
			amount := big.NewInt(int64(a) + 1)
			account := common.BytesToAddress(crypto.Keccak256([]byte{byte(i)})[:20])
			payouts = append(payouts, merkle.Payout{Account: account, Amount: amount})
			leaves = append(leaves, types.Leaf{Epoch: epoch, Index: uint64(i), Withdrawal: types.Withdrawal{BaseRecipient: account.Hex(), Amount: math.NewIntFromBigInt(amount)}})
		}
		ms, err := merkle.BuildSettlement(epoch, payouts)
		if err != nil {
			t.Fatal(err)
		}
		s := types.Settlement{Epoch: epoch, Status: types.SETTLEMENT_STATUS_SIGNING, Root: types.HashString(ms.Tree.Root()), Total: math.NewIntFromBigInt(ms.Total), Count: uint64(len(leaves))}
		i := int(at) % len(leaves)
		switch tamper % 6 {
		case 0: // honest
		case 1:
			s.Total = s.Total.AddRaw(1)
		case 2:
			leaves[i].Withdrawal.Amount = leaves[i].Withdrawal.Amount.AddRaw(1) // the root no longer matches
		case 3:
			s.Root = types.HashString(crypto.Keccak256Hash([]byte(s.Root)))
		case 4:
			leaves = leaves[:len(leaves)-1] // a leaf missing: count differs
		case 5:
			leaves[i].Withdrawal.BaseRecipient = common.BytesToAddress(crypto.Keccak256([]byte("other"))[:20]).Hex()
		}
		d, err := CheckSettlement(s, leaves)
		if tamper%6 == 0 {
			if err != nil {
				t.Fatalf("honest settlement refused: %v", err)
			}
			if d.Root != ms.Tree.Root() || d.Total.Cmp(ms.Total) != 0 || d.Count != uint64(len(payouts)) || d.Epoch != epoch {
				t.Fatalf("signs %+v, want the leaves' settlement", d)
			}
			return
		}
		var r *Refusal
		if err == nil || !asRefusal(err, &r) {
			t.Fatalf("tamper %d accepted (err %v)", tamper%6, err)
		}
	})
}

func asRefusal(err error, r **Refusal) bool {
	x, ok := err.(*Refusal)
	*r = x
	return ok
}
