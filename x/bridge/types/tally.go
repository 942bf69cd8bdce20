package types

import "cosmossdk.io/math"

// Passes is the attestation rule: the bonded tokens behind a claim pass when they are more
// than two thirds of all bonded tokens, compared exactly as 3·power > 2·total (no division, no
// rounding: exactly two thirds does not pass).
func Passes(power, total math.Int) bool {
	return total.IsPositive() && power.MulRaw(3).GT(total.MulRaw(2))
}

// ClaimPower is the bonded tokens behind one claim of a nonce.
type ClaimPower struct {
	Hash  []byte
	Power math.Int
}

// Passing returns the index of the claim among claims (the conflicting claims of one nonce)
// that passes against total, if any. Each validator votes once per nonce, so the claims' powers
// are disjoint and at most one can pass; the first in the given order is returned regardless.
func Passing(claims []ClaimPower, total math.Int) (int, bool) {
	for i, c := range claims {
		if Passes(c.Power, total) {
			return i, true
		}
	}
	return -1, false
}
