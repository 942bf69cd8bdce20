package fixedpoint

import "math/big"

// Root returns ⌊x^(1/n)⌋, the largest r with r^n ≤ x. It is 0 for x ≤ 0 and x itself for
// n ≤ 1 (the identity, so a root parameter of 1 means "linear").
func Root(x *big.Int, n uint32) *big.Int {
	switch {
	case x.Sign() <= 0:
		return new(big.Int)
	case n <= 1:
		return new(big.Int).Set(x)
	case n == 2:
		return new(big.Int).Sqrt(x)
	}
	return newtonRoot(x, n)
}

// FixedRoot returns x^(1/n) in 18-decimal fixed point, rounded down: ⌊(x·10^(18n))^(1/n)⌋,
// which is the exact floor of 10^18·x^(1/n). For n ≤ 1 it is x (not scaled), like Root.
func FixedRoot(x *big.Int, n uint32) *big.Int {
	if n <= 1 || x.Sign() <= 0 {
		return Root(x, n)
	}
	scaled := ScalePow(n)
	return Root(scaled.Mul(scaled, x), n)
}

// newtonRoot is ⌊x^(1/n)⌋ for x > 0, n ≥ 3, by Newton's method on integers: starting above
// the root, the integer iteration decreases strictly until it reaches the floor.
func newtonRoot(x *big.Int, n uint32) *big.Int {
	bn := big.NewInt(int64(n))
	nMinus1 := big.NewInt(int64(n - 1))
	// 2^(⌊bits/n⌋+1) > x^(1/n)
	r := new(big.Int).Lsh(big.NewInt(1), uint(x.BitLen())/uint(n)+1)
	pow, next := new(big.Int), new(big.Int)
	for {
		// next = ((n-1)·r + x / r^(n-1)) / n
		pow.Exp(r, nMinus1, nil)
		next.Quo(x, pow)
		next.Add(next, pow.Mul(r, nMinus1))
		next.Quo(next, bn)
		if next.Cmp(r) >= 0 {
			return r
		}
		r.Set(next)
	}
}
