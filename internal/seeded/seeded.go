// Package seeded is the chain's only source of randomness: a seed fixed by the block header
// and a deterministic stream drawn from it, the same on every node. x/arena assigns validators
// to submissions with it, x/alliance draws a round's roles.
package seeded

import (
	"crypto/sha256"
	"encoding/binary"
)

// Seed is sha256(app hash ‖ module ‖ u64 id ‖ u64 round). The app hash in a block's header is
// the state root after the previous block, fixed before the block is proposed, so the
// proposer cannot grind it by reordering or timing transactions; the previous block's proposer
// could still change it by what it included (one draw per block). Each module documents what
// that bias can buy there.
func Seed(appHash []byte, module string, id, round uint64) [32]byte {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], id)
	binary.BigEndian.PutUint64(buf[8:], round)
	h := sha256.New()
	h.Write(appHash)
	h.Write([]byte(module))
	h.Write(buf[:])
	var seed [32]byte
	copy(seed[:], h.Sum(nil))
	return seed
}

// Stream is a deterministic random stream: the blocks sha256(seed ‖ u64 counter) for counter
// 0, 1, 2, …, read as big-endian uint64s.
type Stream struct {
	seed    []byte
	counter uint64
	block   [32]byte
	used    int
}

// NewStream starts the stream of seed (a Seed, or any bytes a module stored from one).
func NewStream(seed []byte) *Stream {
	return &Stream{seed: append([]byte{}, seed...), used: 32}
}

// Uint64 is the stream's next 64 bits.
func (s *Stream) Uint64() uint64 {
	if s.used+8 > len(s.block) {
		var c [8]byte
		binary.BigEndian.PutUint64(c[:], s.counter)
		s.counter++
		s.block = sha256.Sum256(append(append([]byte{}, s.seed...), c[:]...))
		s.used = 0
	}
	v := binary.BigEndian.Uint64(s.block[s.used:])
	s.used += 8
	return v
}

// Below returns a uniform value in [0, n), n > 0, by rejection (no modulo bias).
func (s *Stream) Below(n uint64) uint64 {
	limit := ^uint64(0) - (^uint64(0) % n) // a multiple of n
	for {
		if v := s.Uint64(); v < limit {
			return v % n
		}
	}
}
