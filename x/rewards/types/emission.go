package types

import (
	"math/big"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// This file holds the pure emission math: the decay schedule and the split of an epoch's
// emission over the sinks' items. No state, no context: table and
// property tests pin every rule.

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
	d, scale := decay.BigInt(), fixedpoint.Scale()
	for i := uint64(0); i < steps && e.Sign() > 0; i++ {
		e.Mul(e, d)
		e.Quo(e, scale)
	}
	return math.NewIntFromBigInt(e)
}

// SinkItem is an item of a registered sink at an epoch boundary.
type SinkItem struct {
	Sink     string
	Category Category
	ID       uint64
	// Weight is the weight the sink reported (stake·seconds or usage, see EmissionItem).
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

// SplitEmission divides emitted over the items (the "Emission" section of the README):
//
//	E_alliances  = ⌊E · W_alliances / (W_alliances + W_arena)⌋       (stake·seconds)
//	E_market     = min(⌊E · marketplace_share⌋, E − E_alliances)      (paid only if some usage)
//	E_arena      = E − E_alliances − E_market                          (paid only if some arena stake)
//
// then within a category item i gets ⌊E_cat · w_i / Σw⌋: linear in w (stake·seconds for
// alliances and arena tasks, usage for models), so an amount split over several items never
// earns more than the same amount in one. What a category with no items would have had, and
// all rounding dust, is Unallocated and stays in the pool.
func SplitEmission(emitted math.Int, marketplaceShare math.LegacyDec, items []SinkItem) Split {
	// big.Int throughout: sums and products of weights reported by sinks are unbounded here,
	// so a sink reporting absurd weights cannot overflow math.Int's 256 bits and halt the
	// chain in BeginBlock; every credit is at most the emission, which fits.
	var alliances, models, arena weighted
	for i, it := range items {
		if !it.Weight.IsPositive() {
			continue
		}
		w := it.Weight.BigIntMut() // read only
		switch it.Category {
		case CATEGORY_ALLIANCE:
			alliances.add(i, w)
		case CATEGORY_MARKETPLACE:
			models.add(i, w)
		case CATEGORY_ARENA:
			arena.add(i, w)
		}
	}

	split := Split{Alliances: math.ZeroInt(), Marketplace: math.ZeroInt(), Arena: math.ZeroInt(), Unallocated: math.ZeroInt()}
	if !emitted.IsPositive() {
		return split
	}
	e := emitted.BigIntMut() // read only

	allianceWeight, arenaWeight := fixedpoint.Sum(alliances.weights), fixedpoint.Sum(arena.weights)
	eAlliances := fixedpoint.Share(e, allianceWeight, new(big.Int).Add(allianceWeight, arenaWeight))
	rest := new(big.Int).Sub(e, eAlliances)
	// the marketplace's part is reserved whether or not models were used: with no usage it
	// stays in the pool rather than flowing to the arena
	eMarket := marketplaceShare.MulInt(emitted).TruncateInt().BigInt()
	if eMarket.Cmp(rest) > 0 {
		eMarket.Set(rest)
	}
	eArena := rest.Sub(rest, eMarket)

	// a category whose weights are all zero pays nobody: its part stays Unallocated
	amounts := make([]*big.Int, len(items))
	sumAlliances := alliances.split(eAlliances, amounts)
	sumMarket := models.split(eMarket, amounts)
	sumArena := arena.split(eArena, amounts)

	split.Credits = make([]Credit, 0, len(items))
	for i, it := range items {
		if amounts[i] != nil && amounts[i].Sign() > 0 {
			split.Credits = append(split.Credits, Credit{Sink: it.Sink, Category: it.Category, ID: it.ID, Amount: math.NewIntFromBigIntMut(amounts[i])})
		}
	}
	split.Alliances = math.NewIntFromBigIntMut(sumAlliances)
	split.Marketplace = math.NewIntFromBigIntMut(sumMarket)
	split.Arena = math.NewIntFromBigIntMut(sumArena)
	unallocated := new(big.Int).Sub(e, sumAlliances)
	unallocated.Sub(unallocated, sumMarket).Sub(unallocated, sumArena)
	split.Unallocated = math.NewIntFromBigIntMut(unallocated)
	return split
}

// weighted is one category's items: their positions in the item list and their weights.
type weighted struct {
	index   []int
	weights []*big.Int
}

func (g *weighted) add(i int, w *big.Int) {
	g.index = append(g.index, i)
	g.weights = append(g.weights, w)
}

// split divides total over the category's items by weight (each share rounded down), puts
// each item's share at its position in amounts and returns what was handed out.
func (g *weighted) split(total *big.Int, amounts []*big.Int) *big.Int {
	sum := new(big.Int)
	for j, share := range fixedpoint.Split(total, g.weights) {
		amounts[g.index[j]] = share
		sum.Add(sum, share)
	}
	return sum
}
