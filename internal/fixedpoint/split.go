package fixedpoint

import (
	"math/big"

	"cosmossdk.io/math"
)

// Share returns ⌊total·part/whole⌋: part's share of total when the parts sum to whole. It is
// 0 when part or whole is not positive. Products are unbounded big integers, so no weight
// can overflow here.
func Share(total, part, whole *big.Int) *big.Int {
	out := new(big.Int)
	if part.Sign() <= 0 || whole.Sign() <= 0 {
		return out
	}
	out.Mul(total, part)
	return out.Quo(out, whole)
}

// Sum is the sum of the positive weights (nil, zero and negative ones count nothing).
func Sum(weights []*big.Int) *big.Int {
	sum := new(big.Int)
	for _, w := range weights {
		if w != nil && w.Sign() > 0 {
			sum.Add(sum, w)
		}
	}
	return sum
}

// Split divides total in proportion to the positive weights, each share rounded down:
// shares[i] = ⌊total·w_i/Σw⌋. Nil, zero and negative weights get 0, and so does everyone
// when no weight is positive. The shares sum to at most total; the difference (the dust) is
// less than the number of positive weights. shares[i] never exceeds total. A split does not
// depend on the weights' scale, so math.LegacyDec weights are passed as their BigInt().
func Split(total *big.Int, weights []*big.Int) []*big.Int {
	sum := Sum(weights)
	shares := make([]*big.Int, len(weights))
	for i, w := range weights {
		if w == nil {
			shares[i] = new(big.Int)
			continue
		}
		shares[i] = Share(total, w, sum)
	}
	return shares
}

// Allocate is Split for math.Int amounts and weights.
func Allocate(total math.Int, weights []math.Int) []math.Int {
	ws := make([]*big.Int, len(weights))
	for i, w := range weights {
		ws[i] = w.BigInt()
	}
	out := make([]math.Int, len(weights))
	for i, s := range Split(total.BigInt(), ws) {
		out[i] = math.NewIntFromBigIntMut(s)
	}
	return out
}
