package signer

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/x/bridge/types"
)

// BenchmarkCheckSettlement: what verifying a settlement before signing costs, against the
// baseline of building its tree alone with bridge/merkle (what x/bridge does over blocks).
func BenchmarkCheckSettlement(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		payouts := make([]merkle.Payout, n)
		leaves := make([]types.Leaf, n)
		for i := range payouts {
			account := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint(i)))[:20])
			amount := big.NewInt(int64(i) + 1)
			payouts[i] = merkle.Payout{Account: account, Amount: amount}
			leaves[i] = types.Leaf{Epoch: 1, Index: uint64(i), Withdrawal: types.Withdrawal{BaseRecipient: account.Hex(), Amount: math.NewIntFromBigInt(amount)}}
		}
		ms, err := merkle.BuildSettlement(1, payouts)
		if err != nil {
			b.Fatal(err)
		}
		s := types.Settlement{Epoch: 1, Status: types.SETTLEMENT_STATUS_SIGNING, Root: types.HashString(ms.Tree.Root()), Total: math.NewIntFromBigInt(ms.Total), Count: uint64(n)}
		b.Run(fmt.Sprintf("leaves=%d/check", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := CheckSettlement(s, leaves); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("leaves=%d/merkle-baseline", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := merkle.BuildSettlement(1, payouts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
