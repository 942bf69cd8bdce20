package types

import (
	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
	"github.com/flockchain/flock/internal/seeded"
)

// Seed is the randomness of a task's validator assignment (docs/architecture.md, "Determinism
// rules"): seeded.Seed(app hash, "arena", task id, round). The app hash is fixed before the
// block that opens validation is proposed, so that block's proposer cannot grind it. What is
// left: the creator picks the block it opens validation in, one draw per block within the open
// window, and the previous block's proposer could change the state root by what it includes;
// weighting by √stake and several validators per submission limit what either gains.
func Seed(appHash []byte, taskID, round uint64) [32]byte {
	return seeded.Seed(appHash, ModuleName, taskID, round)
}

// maxSqrtWeight caps a weight at 2^46 (the root of ~5·10^27 aflock, more than FLOCK's whole
// supply), so the sum over up to 2^18 validators fits a uint64.
const maxSqrtWeight = 1 << 46

// SqrtWeight is a validator's sampling weight: ⌊√stake⌋ of its effective stake in aflock.
func SqrtWeight(stake math.Int) uint64 {
	if !stake.IsPositive() {
		return 0
	}
	r := fixedpoint.Root(stake.BigInt(), 2)
	if !r.IsUint64() || r.Uint64() > maxSqrtWeight {
		return maxSqrtWeight
	}
	return r.Uint64()
}

// Assign picks, for each of n submissions in order, k distinct validators by weighted
// sampling without replacement (weight = SqrtWeight of stake), drawing from the seeded
// stream. It returns validator indexes per submission. With k ≥ the number of validators
// with weight, every such validator is assigned. Cost: O(n · k · validators).
func Assign(seed [32]byte, n int, weights []uint64, k int) [][]int {
	rnd := seeded.NewStream(seed[:])
	var total uint64
	eligible := 0
	for _, w := range weights {
		if w > 0 {
			total += w // weights are ≤ 2^46 (SqrtWeight), so no overflow below 2^18 validators
			eligible++
		}
	}
	picks := min(k, eligible)
	out := make([][]int, n)
	taken := make([]bool, len(weights))
	for sub := range n {
		chosen := make([]int, 0, picks)
		remaining := total
		for range picks {
			r := rnd.Below(remaining)
			for i, w := range weights {
				if w == 0 || taken[i] {
					continue
				}
				if r < w {
					chosen = append(chosen, i)
					taken[i] = true
					remaining -= w
					break
				}
				r -= w
			}
		}
		for _, i := range chosen {
			taken[i] = false
		}
		out[sub] = chosen
	}
	return out
}
