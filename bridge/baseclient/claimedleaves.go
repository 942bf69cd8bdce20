package baseclient

import (
	"context"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// claimedWordsPerCall bounds one claimedWords read: 1,024 words (262,144 leaves) return
// 32 KiB, within what providers answer for an eth_call.
const claimedWordsPerCall = 1_024

// ClaimedLeaves returns, ascending, the indices below count of the leaves of epoch's
// settlement that were claimed as of block atBlock, read from the bridge's claimedWords.
//
// After a SettlementVetoed no claim of the epoch succeeds, so the answer at the veto's block
// is final and equal at every later block: read it at the veto's block, or at the head if the
// node no longer keeps that block's state. count is the chain's leaf count of the
// settlement; bits past it (a forged tree's) are not the chain's leaves and are left out.
func (r *EventReader) ClaimedLeaves(ctx context.Context, epoch, count, atBlock uint64) ([]uint64, error) {
	var out []uint64
	words := (count + 255) / 256
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(atBlock)}
	e := new(big.Int).SetUint64(epoch)
	for first := uint64(0); first < words; first += claimedWordsPerCall {
		n := min(words-first, claimedWordsPerCall)
		got, err := r.caller.ClaimedWords(opts, e, new(big.Int).SetUint64(first), new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("bridge %s: claimedWords(epoch %d, words %d to %d) at block %d: %w", r.address, epoch, first, first+n-1, atBlock, err)
		}
		if uint64(len(got)) != n {
			return nil, fmt.Errorf("bridge %s: claimedWords(epoch %d) at block %d returned %d words, want %d", r.address, epoch, atBlock, len(got), n)
		}
		for i, w := range got {
			for j, word := range w.Bits() { // little-endian machine words
				for word != 0 {
					b := bits.TrailingZeros(uint(word))
					word &^= 1 << b
					idx := (first+uint64(i))*256 + uint64(j*bits.UintSize+b)
					if idx < count {
						out = append(out, idx)
					}
				}
			}
		}
	}
	return out, nil
}
