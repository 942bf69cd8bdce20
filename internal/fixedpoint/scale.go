package fixedpoint

import (
	"math/big"

	"cosmossdk.io/math"
)

// Decimals is the number of decimals of Flock's fixed point: math.LegacyDec's precision, and
// FLOCK's decimals on Base (one aflock is one wei of FLOCK), so a whole FLOCK and the
// LegacyDec one are the same integer.
const Decimals = math.LegacyPrecision

// scale is 10^Decimals, the one place the number is built. Never handed out: callers get
// copies, so no caller can change it for the others.
var scale = new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)

// One is 10^18 as a math.Int: one whole unit (one FLOCK in aflock, LegacyOneDec's integer).
var One = math.NewIntFromBigInt(scale)

// Scale returns a fresh 10^18.
func Scale() *big.Int { return new(big.Int).Set(scale) }

// ScalePow returns a fresh 10^(18n), the factor that keeps 18 decimals through an n-th root.
func ScalePow(n uint32) *big.Int {
	return new(big.Int).Exp(scale, big.NewInt(int64(n)), nil)
}
