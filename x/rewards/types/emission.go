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
	return math.NewIntFromBigIntMut(arenaWeight(stake.BigIntMut(), n, rootScale(n), new(big.Int)))
}

// rootScale is 10^(18n), the factor that keeps 18 decimals through an n-th root.
func rootScale(n uint32) *big.Int {
	return new(big.Int).Exp(decimalScale, big.NewInt(int64(n)), nil)
}

// arenaWeight computes ⌊(stake·scale)^(1/n)⌋ into a new big.Int; tmp is scratch space.
func arenaWeight(stake *big.Int, n uint32, scale, tmp *big.Int) *big.Int {
	if n <= 1 {
		return new(big.Int).Set(stake)
	}
	tmp.Mul(stake, scale)
	return intRoot(tmp, n)
}

// intRoot returns ⌊x^(1/n)⌋ for x > 0, n ≥ 2, by Newton's method on integers.
func intRoot(x *big.Int, n uint32) *big.Int {
	if n == 2 {
		return new(big.Int).Sqrt(x)
	}
	bn := big.NewInt(int64(n))
	nMinus1 := big.NewInt(int64(n - 1))
	// start above the root: 2^(⌊bits/n⌋+1)
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
	// big.Int throughout: sums and products of weights reported by sinks are unbounded here,
	// so a sink reporting absurd weights cannot overflow math.Int's 256 bits and halt the
	// chain in BeginBlock; every credit is at most the emission, which fits.
	var allianceStake, arenaStake, usage, arenaWeightSum big.Int
	arenaWeights := make([]*big.Int, len(items))
	scale, tmp := rootScale(stakeRoot), new(big.Int)
	for i, it := range items {
		if !it.Weight.IsPositive() {
			continue
		}
		w := it.Weight.BigIntMut() // read only
		switch it.Category {
		case CATEGORY_ALLIANCE:
			allianceStake.Add(&allianceStake, w)
		case CATEGORY_MARKETPLACE:
			usage.Add(&usage, w)
		case CATEGORY_ARENA:
			arenaStake.Add(&arenaStake, w)
			arenaWeights[i] = arenaWeight(w, stakeRoot, scale, tmp)
			arenaWeightSum.Add(&arenaWeightSum, arenaWeights[i])
		}
	}

	split := Split{Alliances: math.ZeroInt(), Marketplace: math.ZeroInt(), Arena: math.ZeroInt(), Unallocated: math.ZeroInt()}
	if !emitted.IsPositive() {
		return split
	}
	e := emitted.BigIntMut() // read only

	eAlliances := new(big.Int)
	if allianceStake.Sign() > 0 {
		stakes := new(big.Int).Add(&allianceStake, &arenaStake)
		eAlliances.Mul(e, &allianceStake).Quo(eAlliances, stakes)
	}
	rest := new(big.Int).Sub(e, eAlliances)
	// the marketplace's part is reserved whether or not models were used: with no usage it
	// stays in the pool rather than flowing to the arena
	marketPart := marketplaceShare.MulInt(emitted).TruncateInt().BigInt()
	if marketPart.Cmp(rest) > 0 {
		marketPart.Set(rest)
	}
	eMarket := new(big.Int)
	if usage.Sign() > 0 {
		eMarket.Set(marketPart)
	}
	eArena := new(big.Int)
	if arenaWeightSum.Sign() > 0 {
		eArena.Sub(rest, marketPart)
	}

	var sumAlliances, sumMarket, sumArena big.Int
	split.Credits = make([]Credit, 0, len(items))
	for i, it := range items {
		if !it.Weight.IsPositive() {
			continue
		}
		amount := new(big.Int)
		switch it.Category {
		case CATEGORY_ALLIANCE:
			amount.Mul(eAlliances, it.Weight.BigIntMut()).Quo(amount, &allianceStake)
			sumAlliances.Add(&sumAlliances, amount)
		case CATEGORY_MARKETPLACE:
			amount.Mul(eMarket, it.Weight.BigIntMut()).Quo(amount, &usage)
			sumMarket.Add(&sumMarket, amount)
		case CATEGORY_ARENA:
			if arenaWeights[i].Sign() == 0 {
				continue
			}
			amount.Mul(eArena, arenaWeights[i]).Quo(amount, &arenaWeightSum)
			sumArena.Add(&sumArena, amount)
		default:
			continue
		}
		if amount.Sign() > 0 {
			split.Credits = append(split.Credits, Credit{Sink: it.Sink, Category: it.Category, ID: it.ID, Amount: math.NewIntFromBigIntMut(amount)})
		}
	}
	split.Alliances = math.NewIntFromBigIntMut(&sumAlliances)
	split.Marketplace = math.NewIntFromBigIntMut(&sumMarket)
	split.Arena = math.NewIntFromBigIntMut(&sumArena)
	unallocated := new(big.Int).Sub(e, &sumAlliances)
	unallocated.Sub(unallocated, &sumMarket).Sub(unallocated, &sumArena)
	split.Unallocated = math.NewIntFromBigIntMut(unallocated)
	return split
}
