package types

import (
	"crypto/sha256"
	"encoding/binary"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// Seed is the randomness of a task's validator assignment (docs/architecture.md, "Determinism rules"):
// sha256(app hash ‖ "arena" ‖ u64 task id ‖ u64 round), where the app hash is the one in the
// block's header: the state root after the previous block. It is fixed before the block that
// opens validation is proposed, so that block's proposer cannot grind it by reordering or
// timing transactions (it could with its own block hash). What is left: the creator picks the
// block it opens validation in, one draw per block within the open window, and the previous
// block's proposer could change the state root by what it includes; weighting by √stake and
// several validators per submission limit what either gains.
func Seed(appHash []byte, taskID, round uint64) [32]byte {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], taskID)
	binary.BigEndian.PutUint64(buf[8:], round)
	h := sha256.New()
	h.Write(appHash)
	h.Write([]byte(ModuleName))
	h.Write(buf[:])
	var seed [32]byte
	copy(seed[:], h.Sum(nil))
	return seed
}

// stream is a deterministic random stream: sha256(seed ‖ counter) blocks.
type stream struct {
	seed    [32]byte
	counter uint64
	block   [32]byte
	used    int
}

func newStream(seed [32]byte) *stream { return &stream{seed: seed, used: 32} }

func (s *stream) uint64() uint64 {
	if s.used+8 > len(s.block) {
		var c [8]byte
		binary.BigEndian.PutUint64(c[:], s.counter)
		s.counter++
		s.block = sha256.Sum256(append(s.seed[:], c[:]...))
		s.used = 0
	}
	v := binary.BigEndian.Uint64(s.block[s.used:])
	s.used += 8
	return v
}

// below returns a uniform value in [0, n), n > 0, by rejection (no modulo bias).
func (s *stream) below(n uint64) uint64 {
	limit := ^uint64(0) - (^uint64(0) % n) // a multiple of n
	for {
		if v := s.uint64(); v < limit {
			return v % n
		}
	}
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
	rnd := newStream(seed)
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
			r := rnd.below(remaining)
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
