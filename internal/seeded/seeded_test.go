package seeded

import (
	"crypto/sha256"
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStreamIsSha256Blocks: the stream is exactly sha256(seed ‖ counter) read 8 bytes at a
// time, so anyone can recompute a draw.
func TestStreamIsSha256Blocks(t *testing.T) {
	seed := Seed([]byte("app hash"), "arena", 7, 1)
	s := NewStream(seed[:])
	for counter := uint64(0); counter < 3; counter++ {
		var c [8]byte
		binary.BigEndian.PutUint64(c[:], counter)
		block := sha256.Sum256(append(seed[:], c[:]...))
		for i := 0; i < 4; i++ {
			require.Equal(t, binary.BigEndian.Uint64(block[8*i:]), s.Uint64())
		}
	}
	require.NotEqual(t, seed, Seed([]byte("app hash"), "alliance", 7, 1))
	require.NotEqual(t, seed, Seed([]byte("app hash"), "arena", 7, 2))
}

// TestBelowIsInRangeAndCoversIt: values stay below n and every value shows up.
func TestBelowIsInRangeAndCoversIt(t *testing.T) {
	seed := Seed(nil, "x", 0, 0)
	s := NewStream(seed[:])
	seen := make([]int, 7)
	for i := 0; i < 7000; i++ {
		v := s.Below(7)
		require.Less(t, v, uint64(7))
		seen[v]++
	}
	for v, n := range seen {
		require.Greater(t, n, 800, "value %d drawn %d times in 7000", v, n)
	}
}
