package types

// Bitmaps by participant index: bit i is bit i%8 of byte i/8. A vote's judged and accepts
// bitmaps and a settlement's accepted and decided bitmaps hold one bit per participant, so
// a vote of n verdicts is n/4 bytes and settling it is O(n/8) byte operations.

// NewBitmap has room for n bits, all clear.
func NewBitmap(n uint32) []byte { return make([]byte, (n+7)/8) }

// SetBit sets bit i; the bitmap must have room for it.
func SetBit(b []byte, i uint32) { b[i/8] |= 1 << (i % 8) }

// HasBit tells whether bit i is set; bits past the end are clear.
func HasBit(b []byte, i uint32) bool {
	return i/8 < uint32(len(b)) && b[i/8]&(1<<(i%8)) != 0
}

// CountMatches counts, over the updates a voter judged, how many verdicts had the outcome
// (an accept on an accepted update, a reject on a rejected one), and how many it judged.
// Every judged update is decided: the voter's own verdict is a vote on it.
func CountMatches(judged, accepts, accepted []byte) (matched, total uint32) {
	for i, j := range judged {
		if j == 0 {
			continue
		}
		var a, acc byte
		if i < len(accepts) {
			a = accepts[i]
		}
		if i < len(accepted) {
			acc = accepted[i]
		}
		same := ^(a ^ acc) & j
		matched += popcount(same)
		total += popcount(j)
	}
	return matched, total
}

func popcount(b byte) uint32 {
	n := uint32(0)
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}
