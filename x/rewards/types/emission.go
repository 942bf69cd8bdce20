package types

import (
	"math/big"

	"cosmossdk.io/math"
)

// This file holds the pure emission math: the decay schedule, arena stake weights and the
// split of an epoch's emission over the sinks' items. No state, no context: table and
// property tests pin every rule.

// decimalScale is 10^18, the fixed-point scale of math.LegacyDec.
var decimalScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(math.LegacyPrecision), nil)

// ScheduledEmission is the emission of the boundary that follows `done` earlier emissions:
// initial decayed ⌊done/interval⌋ times, each step rounding down to whole aflock
// (E ← ⌊E·decay⌋), as a token's mint schedule does. It stays within ⌊done/interval⌋ aflock
// below the exact initial·decay^k. The numbers never grow beyond initial·10^18, and the loop
// ends once the emission reaches zero; params bound decay and initial so that happens within
// tens of thousands of steps at worst.
func ScheduledEmission(initial math.Int, decay math.LegacyDec, interval, done uint64) math.Int {
	if interval == 0 || !initial.IsPositive() || !decay.IsPositive() {
		return math.ZeroInt()
	}
	steps := done / interval
	e := new(big.Int).Set(initial.BigInt())
	d := decay.BigInt()
	for i := uint64(0); i < steps && e.Sign() > 0; i++ {
		e.Mul(e, d)
		e.Quo(e, decimalScale)
	}
	return math.NewIntFromBigInt(e)
}

// ArenaWeight is a task's weight S^(1/n) in fixed point (×10^18), rounded down: exactly the
// integer n-th root of S·10^(18n). n = 1 is linear, n = 2 the square root.
func ArenaWeight(stake math.Int, n uint32) math.Int {
	if !stake.IsPositive() {
		return math.ZeroInt()
	}
	if n <= 1 {
		return stake
	}
	scaled := new(big.Int).Exp(decimalScale, big.NewInt(int64(n)), nil)
	scaled.Mul(scaled, stake.BigInt())
	return math.NewIntFromBigInt(intRoot(scaled, n))
}

// intRoot returns ⌊x^(1/n)⌋ for x > 0, n ≥ 2, by Newton's method on integers.
func intRoot(x *big.Int, n uint32) *big.Int {
	if n == 2 {
		return new(big.Int).Sqrt(x)
	}
	bn := big.NewInt(int64(n))
	nMinus1 := big.NewInt(int64(n - 1))
	// start above the root: 2^⌈bits/n⌉
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

// SinkItem is an item of a registered sink at an epoch boundary.
type SinkItem struct {
	Sink     string
	Category Category
	ID       uint64
	// Weight is the raw weight the sink reported (stake or usage, in aflock).
	Weight math.Int
}

// Credit is one item's share of an epoch's emission.
type Credit struct {
	Sink     string
	Category Category
	ID       uint64
	Amount   math.Int
}

// Split is how an epoch's emission is divided. Alliances + Marketplace + Arena +
// Unallocated equals the emission exactly; each category total is the sum of its credits.
type Split struct {
	Alliances, Marketplace, Arena, Unallocated math.Int
	// Credits holds the non-zero credits, in the order of the items.
	Credits []Credit
}

// SplitEmission divides emitted over the items (DESIGN §8):
//
//	E_alliances  = ⌊E · S_alliances / (S_alliances + S_arena)⌋       (raw stakes)
//	E_market     = min(⌊E · marketplace_share⌋, E − E_alliances)      (paid only if some usage)
//	E_arena      = E − E_alliances − E_market                          (paid only if some arena stake)
//
// then within a category item i gets ⌊E_cat · w_i / Σw⌋ with w = stake for alliances, usage
// for models and S^(1/n) for arena tasks. What a category with no items would have had, and
// all rounding dust, is Unallocated and stays in the pool.
func SplitEmission(emitted math.Int, marketplaceShare math.LegacyDec, stakeRoot uint32, items []SinkItem) Split {
	var allianceStake, arenaStake, usage, arenaWeightSum = math.ZeroInt(), math.ZeroInt(), math.ZeroInt(), math.ZeroInt()
	arenaWeights := make([]math.Int, len(items))
	for i, it := range items {
		if !it.Weight.IsPositive() {
			continue
		}
		switch it.Category {
		case CATEGORY_ALLIANCE:
			allianceStake = allianceStake.Add(it.Weight)
		case CATEGORY_MARKETPLACE:
			usage = usage.Add(it.Weight)
		case CATEGORY_ARENA:
			arenaStake = arenaStake.Add(it.Weight)
			arenaWeights[i] = ArenaWeight(it.Weight, stakeRoot)
			arenaWeightSum = arenaWeightSum.Add(arenaWeights[i])
		}
	}

	split := Split{Alliances: math.ZeroInt(), Marketplace: math.ZeroInt(), Arena: math.ZeroInt()}
	if !emitted.IsPositive() {
		split.Unallocated = math.ZeroInt()
		return split
	}

	eAlliances := math.ZeroInt()
	if stakes := allianceStake.Add(arenaStake); allianceStake.IsPositive() {
		eAlliances = emitted.Mul(allianceStake).Quo(stakes)
	}
	// the marketplace's part is reserved whether or not models were used: with no usage it
	// stays in the pool rather than flowing to the arena
	marketPart := math.MinInt(marketplaceShare.MulInt(emitted).TruncateInt(), emitted.Sub(eAlliances))
	eMarket := math.ZeroInt()
	if usage.IsPositive() {
		eMarket = marketPart
	}
	eArena := math.ZeroInt()
	if arenaWeightSum.IsPositive() {
		eArena = emitted.Sub(eAlliances).Sub(marketPart)
	}

	split.Credits = make([]Credit, 0, len(items))
	for i, it := range items {
		if !it.Weight.IsPositive() {
			continue
		}
		var amount math.Int
		switch it.Category {
		case CATEGORY_ALLIANCE:
			amount = eAlliances.Mul(it.Weight).Quo(allianceStake)
			split.Alliances = split.Alliances.Add(amount)
		case CATEGORY_MARKETPLACE:
			amount = eMarket.Mul(it.Weight).Quo(usage)
			split.Marketplace = split.Marketplace.Add(amount)
		case CATEGORY_ARENA:
			if !arenaWeights[i].IsPositive() {
				continue
			}
			amount = eArena.Mul(arenaWeights[i]).Quo(arenaWeightSum)
			split.Arena = split.Arena.Add(amount)
		default:
			continue
		}
		if amount.IsPositive() {
			split.Credits = append(split.Credits, Credit{Sink: it.Sink, Category: it.Category, ID: it.ID, Amount: amount})
		}
	}
	split.Unallocated = emitted.Sub(split.Alliances).Sub(split.Marketplace).Sub(split.Arena)
	return split
}
