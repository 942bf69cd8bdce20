package types

import (
	"math/big"
	"slices"
	"strings"

	"cosmossdk.io/math"
)

// This file holds the pure scoring math of finalisation (DESIGN §5.8): stake-weighted
// medians, the spread around them (MAD), validator accuracy and rank weights. No state; each
// rule is pinned by table tests.

// Vote is one validator's revealed score of a submission, with its effective stake.
type Vote struct {
	Validator string
	Score     math.LegacyDec
	Weight    math.Int
}

// sortVotes orders votes by score, ties by lower validator address, so every node walks
// them the same way.
func sortVotes(votes []Vote) []Vote {
	sorted := slices.Clone(votes)
	slices.SortStableFunc(sorted, func(a, b Vote) int {
		if c := a.Score.BigInt().Cmp(b.Score.BigInt()); c != 0 {
			return c
		}
		return strings.Compare(a.Validator, b.Validator)
	})
	return sorted
}

// WeightedMedian is the stake-weighted median of the votes: the score where the cumulative
// weight first passes half the total. When it lands exactly on half, the median is the mean
// of that score and the next (so two equal-weight votes give their midpoint). Votes with
// zero total weight count equally. ok is false for no votes.
func WeightedMedian(votes []Vote) (median math.LegacyDec, ok bool) {
	if len(votes) == 0 {
		return math.LegacyDec{}, false
	}
	sorted := sortVotes(votes)
	weights := make([]math.Int, len(sorted))
	total := math.ZeroInt()
	for i, v := range sorted {
		weights[i] = v.Weight
		total = total.Add(v.Weight)
	}
	if !total.IsPositive() {
		for i := range weights {
			weights[i] = math.OneInt()
		}
		total = math.NewInt(int64(len(weights)))
	}
	cum := math.ZeroInt()
	for i, v := range sorted {
		cum = cum.Add(weights[i])
		switch twice := cum.MulRaw(2); {
		case twice.GT(total):
			return v.Score, true
		case twice.Equal(total) && i+1 < len(sorted):
			return v.Score.Add(sorted[i+1].Score).QuoInt64(2), true
		}
	}
	return sorted[len(sorted)-1].Score, true
}

// MAD is the stake-weighted median absolute deviation of the votes from median.
func MAD(votes []Vote, median math.LegacyDec) math.LegacyDec {
	dev := make([]Vote, len(votes))
	for i, v := range votes {
		dev[i] = Vote{Validator: v.Validator, Score: v.Score.Sub(median).Abs(), Weight: v.Weight}
	}
	mad, ok := WeightedMedian(dev)
	if !ok {
		return math.LegacyZeroDec()
	}
	return mad
}

// Accuracy of one score against the median: max(0, 1 − |score − median| / (tolerance ·
// max(mad, minScale))). 1 on the median, 0 at tolerance spreads or further.
func Accuracy(score, median, mad, tolerance, minScale math.LegacyDec) math.LegacyDec {
	scale := tolerance.Mul(math.LegacyMaxDec(mad, minScale))
	if !scale.IsPositive() {
		if score.Equal(median) {
			return math.LegacyOneDec()
		}
		return math.LegacyZeroDec()
	}
	a := math.LegacyOneDec().Sub(score.Sub(median).Abs().Quo(scale))
	return math.LegacyMaxDec(a, math.LegacyZeroDec())
}

// RankWeights returns q^r for ranks r = 0 .. n-1, zero from rank maxRewarded on.
func RankWeights(n int, q math.LegacyDec, maxRewarded uint32) []math.LegacyDec {
	w := make([]math.LegacyDec, n)
	pow := math.LegacyOneDec()
	for r := range n {
		if uint32(r) < maxRewarded {
			w[r] = pow
			pow = pow.Mul(q)
		} else {
			w[r] = math.LegacyZeroDec()
		}
	}
	return w
}

// SideSplit divides a task's pool between trainers and validators:
// trainers get ⌊R·(γ + (1−2γ)·Σt/(Σt+Σs))⌋, validators the rest. With no stake at all the
// sides split evenly.
func SideSplit(pool, trainerStake, validatorStake math.Int, gamma math.LegacyDec) (trainers, validators math.Int) {
	total := trainerStake.Add(validatorStake)
	share := math.LegacyNewDecWithPrec(5, 1)
	if total.IsPositive() {
		share = gamma.Add(math.LegacyOneDec().Sub(gamma.MulInt64(2)).MulInt(trainerStake).QuoInt(total))
	}
	trainers = share.MulInt(pool).TruncateInt()
	return trainers, pool.Sub(trainers)
}

// SigmaSplit divides a participant's reward R between itself and its delegators: the
// delegators get ⌊R·(1−σ)·d/(s+d)⌋ (s self stake, d delegated), the participant the rest.
func SigmaSplit(reward math.Int, sigma math.LegacyDec, self, delegated math.Int) (toSelf, toDelegators math.Int) {
	total := self.Add(delegated)
	if !delegated.IsPositive() || !total.IsPositive() {
		return reward, math.ZeroInt()
	}
	toDelegators = math.LegacyOneDec().Sub(sigma).MulInt(reward).MulInt(delegated).QuoInt(total).TruncateInt()
	return reward.Sub(toDelegators), toDelegators
}

// Allocate divides total in proportion to weights, each share rounded down; the shares sum
// to at most total and the rest is dust. Zero or negative weights get nothing.
func Allocate(total math.Int, weights []math.LegacyDec) []math.Int {
	out := make([]math.Int, len(weights))
	sum := new(big.Int)
	for _, w := range weights {
		if w.IsPositive() {
			sum.Add(sum, w.BigInt())
		}
	}
	for i, w := range weights {
		if !w.IsPositive() || sum.Sign() == 0 {
			out[i] = math.ZeroInt()
			continue
		}
		share := new(big.Int).Mul(total.BigInt(), w.BigInt())
		out[i] = math.NewIntFromBigIntMut(share.Quo(share, sum))
	}
	return out
}
