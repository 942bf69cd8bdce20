package types_test

import (
	"math/big"
	"math/rand"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/rewards/types"
)

var flock = math.NewIntWithDecimal(1, 18)

func F(n int64) math.Int { return flock.MulRaw(n) }

// TestScheduledEmissionClosedForm checks 300 epochs of FLock's schedule (1074 FLOCK, ×0.9
// every 30 emissions) against the exact closed form ⌊E0·0.9^⌊k/30⌋⌋: the schedule rounds
// down at each decay step, so it may sit below the exact value by at most one aflock per
// step, never above.
func TestScheduledEmissionClosedForm(t *testing.T) {
	p := types.DefaultParams()
	for done := uint64(0); done < 300; done++ {
		steps := int64(done / 30)
		exact := new(big.Rat).SetInt(p.EpochEmission.BigInt())
		factor := new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(9), big.NewInt(steps), nil), new(big.Int).Exp(big.NewInt(10), big.NewInt(steps), nil))
		exact.Mul(exact, factor)
		want := new(big.Int).Quo(exact.Num(), exact.Denom())
		got := types.ScheduledEmission(p.EpochEmission, p.Decay, p.DecayInterval, done).BigInt()
		gap := new(big.Int).Sub(want, got)
		require.True(t, gap.Sign() >= 0 && gap.Cmp(big.NewInt(steps)) <= 0,
			"after %d epochs: schedule %s, closed form %s", done, got, want)
	}
	// 1074 · 0.9^9 FLOCK is a whole number of aflock, so at epoch 270 the two agree exactly
	require.Equal(t, "416089605186000000000", types.ScheduledEmission(p.EpochEmission, p.Decay, p.DecayInterval, 270).String())
}

// TestScheduledEmissionWorstCaseIsBounded: the slowest decay and largest emission the params
// allow still reach zero, and the far future costs no more than that.
func TestScheduledEmissionWorstCaseIsBounded(t *testing.T) {
	e := types.ScheduledEmission(types.MaxEpochEmission, types.MaxDecay, 1, 1<<40)
	require.True(t, e.IsZero())
}

func TestScheduledEmission(t *testing.T) {
	half := math.LegacyNewDecWithPrec(5, 1)
	cases := []struct {
		name     string
		initial  math.Int
		decay    math.LegacyDec
		interval uint64
		done     uint64
		want     math.Int
	}{
		{"first epoch", F(1074), math.LegacyNewDecWithPrec(9, 1), 30, 0, F(1074)},
		{"last epoch before the first decay", F(1074), math.LegacyNewDecWithPrec(9, 1), 30, 29, F(1074)},
		{"first decay", F(1074), math.LegacyNewDecWithPrec(9, 1), 30, 30, math.NewIntWithDecimal(9666, 17)},
		{"second decay", F(1074), math.LegacyNewDecWithPrec(9, 1), 30, 60, math.NewIntWithDecimal(86994, 16)},
		{"halving every epoch", math.NewInt(1000), half, 1, 3, math.NewInt(125)},
		{"rounds down", math.NewInt(3), half, 1, 1, math.NewInt(1)},
		{"decays to zero and stays", math.NewInt(1000), half, 1, 10, math.ZeroInt()},
		{"far future is zero", F(1074), half, 1, 1_000_000, math.ZeroInt()},
		{"zero initial", math.ZeroInt(), half, 1, 0, math.ZeroInt()},
		{"zero interval is no emission", F(1), half, 0, 0, math.ZeroInt()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want.String(), types.ScheduledEmission(tc.initial, tc.decay, tc.interval, tc.done).String())
		})
	}
}

func item(sink string, c types.Category, id uint64, w math.Int) types.SinkItem {
	return types.SinkItem{Sink: sink, Category: c, ID: id, Weight: w}
}

func TestSplitEmission(t *testing.T) {
	tenth := math.LegacyNewDecWithPrec(1, 1)
	cases := []struct {
		name                                       string
		emitted                                    math.Int
		share                                      math.LegacyDec
		items                                      []types.SinkItem
		alliances, marketplace, arena, unallocated int64
		credits                                    []int64
	}{
		{name: "nobody to pay: all stays in the pool", emitted: math.NewInt(1000), share: tenth,
			unallocated: 1000},
		{name: "arena linear in stake·seconds", emitted: math.NewInt(1400), share: math.LegacyZeroDec(),
			items: []types.SinkItem{
				item("arena", types.CATEGORY_ARENA, 1, F(1)), item("arena", types.CATEGORY_ARENA, 2, F(4)), item("arena", types.CATEGORY_ARENA, 3, F(9)),
			},
			arena: 1400, credits: []int64{100, 400, 900}},
		{name: "alliances first by stake·seconds, marketplace share, rest to arena", emitted: math.NewInt(1000), share: tenth,
			items: []types.SinkItem{
				item("alliance", types.CATEGORY_ALLIANCE, 1, F(1)),
				item("arena", types.CATEGORY_ARENA, 7, F(3)),
				item("market", types.CATEGORY_MARKETPLACE, 4, math.NewInt(30)), item("market", types.CATEGORY_MARKETPLACE, 5, math.NewInt(70)),
			},
			alliances: 250, marketplace: 100, arena: 650, credits: []int64{250, 650, 30, 70}},
		{name: "no usage: the marketplace share stays in the pool", emitted: math.NewInt(1000), share: tenth,
			items:       []types.SinkItem{item("arena", types.CATEGORY_ARENA, 1, F(5)), item("market", types.CATEGORY_MARKETPLACE, 1, math.ZeroInt())},
			marketplace: 0, arena: 900, unallocated: 100, credits: []int64{900}},
		{name: "no arena: its part stays in the pool", emitted: math.NewInt(1000), share: tenth,
			items:       []types.SinkItem{item("market", types.CATEGORY_MARKETPLACE, 1, math.NewInt(1))},
			marketplace: 100, unallocated: 900, credits: []int64{100}},
		{name: "alliances alone take all; marketplace gets what is left (nothing)", emitted: math.NewInt(1000), share: tenth,
			items:     []types.SinkItem{item("alliance", types.CATEGORY_ALLIANCE, 1, F(1)), item("market", types.CATEGORY_MARKETPLACE, 1, math.NewInt(1))},
			alliances: 1000, credits: []int64{1000}},
		{name: "rounding dust stays in the pool", emitted: math.NewInt(10), share: math.LegacyZeroDec(),
			items: []types.SinkItem{item("a", types.CATEGORY_ARENA, 1, F(1)), item("a", types.CATEGORY_ARENA, 2, F(1)), item("a", types.CATEGORY_ARENA, 3, F(1))},
			arena: 9, unallocated: 1, credits: []int64{3, 3, 3}},
		{name: "zero emission pays nobody", emitted: math.ZeroInt(), share: tenth,
			items: []types.SinkItem{item("a", types.CATEGORY_ARENA, 1, F(1))}},
		{name: "unspecified category earns nothing", emitted: math.NewInt(10), share: tenth,
			items: []types.SinkItem{item("x", types.CATEGORY_UNSPECIFIED, 1, F(1))}, unallocated: 10},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := types.SplitEmission(tc.emitted, tc.share, tc.items)
			require.Equal(t, tc.alliances, s.Alliances.Int64(), "alliances")
			require.Equal(t, tc.marketplace, s.Marketplace.Int64(), "marketplace")
			require.Equal(t, tc.arena, s.Arena.Int64(), "arena")
			require.Equal(t, tc.unallocated, s.Unallocated.Int64(), "unallocated")
			got := make([]int64, len(s.Credits))
			for i, c := range s.Credits {
				got[i] = c.Amount.Int64()
			}
			if len(tc.credits) == 0 {
				require.Empty(t, got)
			} else {
				require.Equal(t, tc.credits, got)
			}
			requireConserved(t, tc.emitted, s)
		})
	}
}

// requireConserved: Σ credits + unallocated = emitted exactly, and each category total is
// the sum of its credits.
func requireConserved(t testing.TB, emitted math.Int, s types.Split) {
	t.Helper()
	byCat := map[types.Category]math.Int{
		types.CATEGORY_ALLIANCE: math.ZeroInt(), types.CATEGORY_MARKETPLACE: math.ZeroInt(), types.CATEGORY_ARENA: math.ZeroInt(),
	}
	total := math.ZeroInt()
	for _, c := range s.Credits {
		require.True(t, c.Amount.IsPositive(), "credits are positive")
		byCat[c.Category] = byCat[c.Category].Add(c.Amount)
		total = total.Add(c.Amount)
	}
	require.True(t, s.Unallocated.GTE(math.ZeroInt()), "unallocated %s", s.Unallocated)
	require.Equal(t, emitted.String(), total.Add(s.Unallocated).String(), "nothing created or lost")
	require.Equal(t, s.Alliances.String(), byCat[types.CATEGORY_ALLIANCE].String())
	require.Equal(t, s.Marketplace.String(), byCat[types.CATEGORY_MARKETPLACE].String())
	require.Equal(t, s.Arena.String(), byCat[types.CATEGORY_ARENA].String())
}

func randomItems(r *rand.Rand, n int) []types.SinkItem {
	items := make([]types.SinkItem, n)
	for i := range items {
		c := types.Category(1 + r.Intn(3))
		w := math.NewInt(r.Int63n(1 << 40)).Mul(math.NewInt(1 + r.Int63n(1<<30)))
		if r.Intn(10) == 0 {
			w = math.ZeroInt()
		}
		items[i] = item("s", c, uint64(i), w)
	}
	return items
}

// TestSplitEmissionProperties: for random inputs, money is conserved, and within a category
// more weight never earns less.
func TestSplitEmissionProperties(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for range 300 {
		items := randomItems(r, 1+r.Intn(60))
		emitted := math.NewInt(r.Int63()).Mul(math.NewInt(1 + r.Int63n(1e9)))
		share := math.LegacyNewDecWithPrec(int64(r.Intn(101)), 2)
		s := types.SplitEmission(emitted, share, items)
		requireConserved(t, emitted, s)

		credit := map[uint64]math.Int{}
		for _, c := range s.Credits {
			credit[c.ID] = c.Amount
		}
		for _, a := range items {
			for _, b := range items {
				if a.Category != b.Category || !a.Weight.GT(b.Weight) {
					continue
				}
				ca, cb := credit[a.ID], credit[b.ID]
				if ca.IsNil() {
					ca = math.ZeroInt()
				}
				if cb.IsNil() {
					cb = math.ZeroInt()
				}
				require.True(t, ca.GTE(cb), "weight %s earned %s < weight %s earned %s", a.Weight, ca, b.Weight, cb)
			}
		}
	}
}

// TestSplittingEarnsNothing: linear weights, so a weight split over k items earns no more
// in total than the same weight as one item, beside the same other items.
func TestSplittingEarnsNothing(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for range 500 {
		others := randomItems(r, r.Intn(20))
		for i := range others {
			others[i].Category = types.CATEGORY_ARENA
		}
		w := math.NewInt(1 + r.Int63n(1<<40)).Mul(math.NewInt(1 + r.Int63n(1<<20)))
		k := 2 + r.Intn(10)
		emitted := math.NewInt(1 + r.Int63())
		one := types.SplitEmission(emitted, math.LegacyZeroDec(), append(append([]types.SinkItem{}, others...), item("s", types.CATEGORY_ARENA, 1000, w)))
		split := append([]types.SinkItem{}, others...)
		part := w.QuoRaw(int64(k))
		for j := range k {
			pw := part
			if j == 0 {
				pw = w.Sub(part.MulRaw(int64(k - 1)))
			}
			split = append(split, item("s", types.CATEGORY_ARENA, uint64(1000+j), pw))
		}
		many := types.SplitEmission(emitted, math.LegacyZeroDec(), split)
		got := func(s types.Split) math.Int {
			sum := math.ZeroInt()
			for _, c := range s.Credits {
				if c.ID >= 1000 {
					sum = sum.Add(c.Amount)
				}
			}
			return sum
		}
		require.True(t, got(many).LTE(got(one)), "split over %d items earned %s, one item %s", k, got(many), got(one))
	}
}

func FuzzSplitEmission(f *testing.F) {
	f.Add(int64(1000), int64(10), int64(1), 12)
	f.Add(int64(1), int64(0), int64(99), 1)
	f.Fuzz(func(t *testing.T, emitted int64, sharePct int64, seed int64, n int) {
		if emitted < 0 || sharePct < 0 || sharePct > 100 || n < 0 || n > 200 {
			t.Skip()
		}
		items := randomItems(rand.New(rand.NewSource(seed)), n)
		s := types.SplitEmission(math.NewInt(emitted), math.LegacyNewDecWithPrec(sharePct, 2), items)
		requireConserved(t, math.NewInt(emitted), s)
	})
}

// BenchmarkSplitEmission measures the pure split of one epoch over 100, 10k and 100k sink
// items of mixed categories; time and allocations grow linearly.
// BenchmarkEpochSplit in x/rewards/keeper times the whole BeginBlock around it.
func BenchmarkSplitEmission(b *testing.B) {
	for _, n := range []int{100, 10_000, 100_000} {
		items := randomItems(rand.New(rand.NewSource(1)), n)
		emitted := F(1074)
		share := math.LegacyNewDecWithPrec(1, 1)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s := types.SplitEmission(emitted, share, items)
				if len(s.Credits) == 0 {
					b.Fatal("no credits")
				}
			}
		})
	}
}

// TestSplitEmissionSurvivesHugeWeights: weights near math.Int's 256-bit ceiling, from a
// buggy or hostile sink, neither overflow nor panic; money is still conserved.
func TestSplitEmissionSurvivesHugeWeights(t *testing.T) {
	huge := math.NewIntFromBigInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1)))
	items := []types.SinkItem{
		item("alliance", types.CATEGORY_ALLIANCE, 1, huge), item("alliance", types.CATEGORY_ALLIANCE, 2, huge),
		item("arena", types.CATEGORY_ARENA, 1, huge), item("market", types.CATEGORY_MARKETPLACE, 1, huge),
	}
	emitted := types.MaxEpochEmission
	s := types.SplitEmission(emitted, math.LegacyNewDecWithPrec(1, 1), items)
	requireConserved(t, emitted, s)
	require.Len(t, s.Credits, 4)
}
