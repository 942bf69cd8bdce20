package fixedpoint_test

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func TestScale(t *testing.T) {
	require.Equal(t, "1000000000000000000", fixedpoint.Scale().String())
	require.Equal(t, "1000000000000000000", fixedpoint.One.String())
	require.Equal(t, math.LegacyOneDec().BigInt(), fixedpoint.Scale(), "One is LegacyDec's one")
	require.Equal(t, "1000000000000000000000000000000000000", fixedpoint.ScalePow(2).String())
	require.Equal(t, "1", fixedpoint.ScalePow(0).String())

	// callers get copies: changing one changes nothing for the next caller
	s := fixedpoint.Scale()
	s.SetInt64(7)
	p := fixedpoint.ScalePow(1)
	p.SetInt64(7)
	require.Equal(t, "1000000000000000000", fixedpoint.Scale().String())
	require.Equal(t, "1000000000000000000", fixedpoint.One.String())
}

func TestRoot(t *testing.T) {
	cases := []struct {
		x    string
		n    uint32
		want string
	}{
		{"0", 2, "0"},
		{"-9", 2, "0"},
		{"-9", 1, "0"},
		{"17", 0, "17"},
		{"17", 1, "17"},
		{"1", 2, "1"},
		{"3", 2, "1"},
		{"4", 2, "2"},
		{"99", 2, "9"},
		{"100", 2, "10"},
		{"7", 3, "1"},
		{"8", 3, "2"},
		{"26", 3, "2"},
		{"27", 3, "3"},
		{"1", 8, "1"},
		{"255", 8, "1"},
		{"256", 8, "2"},
		// 3000 FLOCK in aflock: ⌊√(3·10^21)⌋
		{"3000000000000000000000", 2, "54772255750"},
		// (10^9)^5 - 1 and 10^45: the floor sits right at a power
		{"999999999999999999999999999999999999999999999", 5, "999999999"},
		{"1000000000000000000000000000000000000000000000", 5, "1000000000"},
	}
	for _, c := range cases {
		require.Equal(t, c.want, fixedpoint.Root(bi(c.x), c.n).String(), "root %d of %s", c.n, c.x)
	}
}

func TestFixedRoot(t *testing.T) {
	cases := []struct {
		x    string
		n    uint32
		want string
	}{
		{"9000000000000000000", 2, "3000000000000000000000000000"}, // √(9e18)·1e18
		{"8000000000000000000", 3, "2000000000000000000000000"},    // ∛(8e18)·1e18
		{"2", 2, "1414213562373095048"},                            // √2 to 18 decimals, rounded down
		{"2", 3, "1259921049894873164"},                            // ∛2
		{"5", 1, "5"},                                              // linear: not scaled
		{"0", 2, "0"},                                              //
		{"-1", 3, "0"},                                             //
		{"1000000000000000000000000000", 2, "31622776601683793319988935444327"}, // √(1e27)
	}
	for _, c := range cases {
		require.Equal(t, c.want, fixedpoint.FixedRoot(bi(c.x), c.n).String(), "fixed root %d of %s", c.n, c.x)
	}
}

// requireFloorRoot checks that r is the exact floor of the n-th root: r^n ≤ x < (r+1)^n.
func requireFloorRoot(t testing.TB, x *big.Int, n uint32, r *big.Int) {
	t.Helper()
	bn := big.NewInt(int64(n))
	lo := new(big.Int).Exp(r, bn, nil)
	hi := new(big.Int).Exp(new(big.Int).Add(r, big.NewInt(1)), bn, nil)
	require.True(t, lo.Cmp(x) <= 0 && x.Cmp(hi) < 0, "root %d of %s gave %s", n, x, r)
}

func TestRootIsTheFloor(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		n := uint32(2 + r.Intn(7))
		// up to ~2^300, and exact powers and their neighbours, where an off-by-one shows
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(1+r.Intn(300))))
		x.Add(x, big.NewInt(1))
		requireFloorRoot(t, x, n, fixedpoint.Root(x, n))
		p := new(big.Int).Exp(big.NewInt(1+r.Int63n(1<<20)), big.NewInt(int64(n)), nil)
		for _, d := range []int64{-1, 0, 1} {
			y := new(big.Int).Add(p, big.NewInt(d))
			requireFloorRoot(t, y, n, fixedpoint.Root(y, n))
		}
		scaled := new(big.Int).Mul(x, fixedpoint.ScalePow(n))
		requireFloorRoot(t, scaled, n, fixedpoint.FixedRoot(x, n))
	}
}

func TestRootLeavesItsArgument(t *testing.T) {
	x := big.NewInt(1000)
	fixedpoint.Root(x, 3)
	fixedpoint.FixedRoot(x, 3)
	require.Equal(t, "1000", x.String())
	// n ≤ 1 hands back a copy, not x
	fixedpoint.Root(x, 1).SetInt64(5)
	require.Equal(t, "1000", x.String())
}

func FuzzRoot(f *testing.F) {
	f.Add([]byte{1}, uint8(2))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, uint8(3))
	f.Add([]byte{0x0f, 0x42, 0x40}, uint8(3)) // 10^6 = 100^3
	f.Add([]byte{0x0f, 0x42, 0x3f}, uint8(3)) // 10^6 - 1
	f.Fuzz(func(t *testing.T, xb []byte, n uint8) {
		x := new(big.Int).SetBytes(xb)
		root := uint32(2 + n%7)
		r := fixedpoint.Root(x, root)
		if x.Sign() == 0 {
			require.Zero(t, r.Sign())
			return
		}
		requireFloorRoot(t, x, root, r)
	})
}

func ints(vs ...int64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = big.NewInt(v)
	}
	return out
}

func strs(vs []*big.Int) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		name    string
		total   int64
		weights []*big.Int
		want    []string
	}{
		{"proportional", 600, ints(1, 2, 3), []string{"100", "200", "300"}},
		{"rounded down, dust left over", 100, ints(1, 1, 1), []string{"33", "33", "33"}},
		{"zero, negative and nil weights get nothing", 100, []*big.Int{big.NewInt(0), big.NewInt(-5), nil, big.NewInt(4)}, []string{"0", "0", "0", "100"}},
		{"no positive weight: nobody is paid", 100, ints(0, -1), []string{"0", "0"}},
		{"nothing to split", 0, ints(1, 2), []string{"0", "0"}},
		{"no weights", 100, nil, []string{}},
		{"a tiny weight beside a huge one rounds to zero", 1000, ints(1, 1_000_000), []string{"0", "999"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, strs(fixedpoint.Split(big.NewInt(c.total), c.weights)))
		})
	}
}

func TestShare(t *testing.T) {
	require.Equal(t, "250", fixedpoint.Share(big.NewInt(1000), big.NewInt(1), big.NewInt(4)).String())
	require.Equal(t, "0", fixedpoint.Share(big.NewInt(1000), big.NewInt(0), big.NewInt(4)).String())
	require.Equal(t, "0", fixedpoint.Share(big.NewInt(1000), big.NewInt(1), big.NewInt(0)).String())
	require.Equal(t, "0", fixedpoint.Share(big.NewInt(1000), big.NewInt(-1), big.NewInt(4)).String())
	// products far beyond 256 bits are exact
	huge := new(big.Int).Lsh(big.NewInt(1), 600)
	require.Equal(t, "500", fixedpoint.Share(big.NewInt(1000), huge, new(big.Int).Lsh(huge, 1)).String())
}

func TestAllocate(t *testing.T) {
	got := fixedpoint.Allocate(math.NewInt(1000), []math.Int{math.NewInt(1), math.ZeroInt(), math.NewInt(3), {}})
	require.Equal(t, []math.Int{math.NewInt(250), math.ZeroInt(), math.NewInt(750), math.ZeroInt()}, got)
	// LegacyDec weights go through their BigInt(): a split does not depend on the scale
	decs := []math.LegacyDec{math.LegacyNewDecWithPrec(5, 1), math.LegacyNewDecWithPrec(25, 2)}
	got2 := fixedpoint.Split(big.NewInt(999), []*big.Int{decs[0].BigInt(), decs[1].BigInt()})
	require.Equal(t, []string{"666", "333"}, strs(got2))
}

// requireSplitProperties checks what every split must satisfy: each share is the floor of
// its exact proportion (so it is at most that, and less than one below it), shares never
// go to non-positive weights, the sum stays within total and the dust is below the number
// of paid weights.
func requireSplitProperties(t testing.TB, total *big.Int, weights, shares []*big.Int) {
	t.Helper()
	require.Len(t, shares, len(weights))
	sumW := new(big.Int)
	positive := 0
	for _, w := range weights {
		if w != nil && w.Sign() > 0 {
			sumW.Add(sumW, w)
			positive++
		}
	}
	sum := new(big.Int)
	for i, s := range shares {
		require.True(t, s.Sign() >= 0, "share %d negative", i)
		sum.Add(sum, s)
		if weights[i] == nil || weights[i].Sign() <= 0 {
			require.Zero(t, s.Sign(), "share %d for a non-positive weight", i)
			continue
		}
		// s·Σw ≤ total·w < (s+1)·Σw
		lhs := new(big.Int).Mul(s, sumW)
		exact := new(big.Int).Mul(total, weights[i])
		rhs := new(big.Int).Add(lhs, sumW)
		require.True(t, lhs.Cmp(exact) <= 0 && exact.Cmp(rhs) < 0, "share %d = %s is not ⌊%s·%s/%s⌋", i, s, total, weights[i], sumW)
	}
	if positive == 0 {
		require.Zero(t, sum.Sign())
		return
	}
	dust := new(big.Int).Sub(total, sum)
	require.True(t, dust.Sign() >= 0, "shares %s exceed total %s", sum, total)
	require.True(t, dust.Cmp(big.NewInt(int64(positive))) < 0, "dust %s with %d paid weights", dust, positive)
}

func TestSplitProperties(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 2000 {
		n := r.Intn(40)
		weights := make([]*big.Int, n)
		for i := range weights {
			switch r.Intn(8) {
			case 0:
				weights[i] = nil
			case 1:
				weights[i] = big.NewInt(-r.Int63n(100))
			default:
				weights[i] = new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(1+r.Intn(200))))
			}
		}
		total := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(1+r.Intn(100))))
		requireSplitProperties(t, total, weights, fixedpoint.Split(total, weights))
	}
}

func FuzzSplit(f *testing.F) {
	f.Add(uint64(1000), []byte{1, 2, 3})
	f.Add(uint64(100), []byte{1, 1, 1})
	f.Add(uint64(1), []byte{0, 0, 255})
	f.Add(uint64(0), []byte{})
	f.Fuzz(func(t *testing.T, total uint64, raw []byte) {
		weights := make([]*big.Int, len(raw))
		for i, b := range raw {
			// byte values above 200 stand for non-positive weights
			weights[i] = big.NewInt(int64(b))
			if b > 200 {
				weights[i].Neg(weights[i])
			}
		}
		tot := new(big.Int).SetUint64(total)
		requireSplitProperties(t, tot, weights, fixedpoint.Split(tot, weights))
	})
}
