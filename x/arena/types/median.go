package types

import (
	"bytes"
	"math/big"
	"slices"

	"cosmossdk.io/math"
)

// This file holds how a submission's revealed scores are judged: the stake-weighted median,
// the spread around it (MAD) and each score's accuracy. Pure functions, pinned by table and
// property tests; the keeper calls ScoreSubmission once per submission during settlement.

// Vote is one validator's revealed score of a submission, weighted by the validator's exact
// effective stake.
type Vote struct {
	Validator []byte
	Score     math.LegacyDec
	Weight    math.LegacyDec
}

// sortVotes orders votes by score, ties by lower validator address (bytes), so every node
// walks them the same way.
func sortVotes(votes []Vote) []Vote {
	sorted := slices.Clone(votes)
	slices.SortStableFunc(sorted, func(a, b Vote) int {
		if c := a.Score.BigInt().Cmp(b.Score.BigInt()); c != 0 {
			return c
		}
		return bytes.Compare(a.Validator, b.Validator)
	})
	return sorted
}

// WeightedMedian is the stake-weighted median of the votes: the score where the cumulative
// weight first passes half the total. When it lands exactly on half, the median is the mean
// of that score and the next (so two equal-weight votes give their midpoint). Votes with
// zero total weight count equally. ok is false for no votes. With scores of at most
// MaxScoreDecimals places the median is exact (one more place at most).
func WeightedMedian(votes []Vote) (median math.LegacyDec, ok bool) {
	if len(votes) == 0 {
		return math.LegacyDec{}, false
	}
	sorted := sortVotes(votes)
	weights := make([]math.LegacyDec, len(sorted))
	total := math.LegacyZeroDec()
	for i, v := range sorted {
		weights[i] = v.Weight
		total = total.Add(v.Weight)
	}
	if !total.IsPositive() {
		for i := range weights {
			weights[i] = math.LegacyOneDec()
		}
		total = math.LegacyNewDec(int64(len(weights)))
	}
	cum := math.LegacyZeroDec()
	for i, v := range sorted {
		cum = cum.Add(weights[i])
		switch twice := cum.MulInt64(2); {
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
// max(mad, minScale))), rounded down to 18 decimals — computed from the exact fraction, so
// the only rounding is that last one. 1 on the median, 0 at tolerance spreads or further.
func Accuracy(score, median, mad, tolerance, minScale math.LegacyDec) math.LegacyDec {
	// every operand is an integer count of 10^-18; scale = T·M in units of 10^-36
	scale := new(big.Int).Mul(tolerance.BigInt(), math.LegacyMaxDec(mad, minScale).BigInt())
	dev := new(big.Int).Abs(score.Sub(median).BigInt())
	if scale.Sign() <= 0 {
		if dev.Sign() == 0 {
			return math.LegacyOneDec()
		}
		return math.LegacyZeroDec()
	}
	// ⌊10^18·(1 − dev·10^18/scale)⌋ = 10^18 − ⌈dev·10^36/scale⌉
	lost := new(big.Int).Mul(dev, oneE36)
	lost = ceilDiv(lost, scale)
	acc := new(big.Int).Sub(oneE18, lost)
	if acc.Sign() < 0 {
		return math.LegacyZeroDec()
	}
	return math.LegacyNewDecFromBigIntWithPrec(acc, math.LegacyPrecision)
}

// SubmissionScore is what a submission's revealed votes decide: its median and spread, and
// the accuracy of each vote (in the order given).
type SubmissionScore struct {
	Scored   bool
	Median   math.LegacyDec
	MAD      math.LegacyDec
	Accuracy []math.LegacyDec
}

// CapVotes caps each vote's weight at the sum of the others' (min(w_i, W − w_i)), so no
// single validator, however large its stake, decides a median on its own: with the cap it
// holds at most half the weight, and a median needs more than half.
func CapVotes(votes []Vote) []Vote {
	total := math.LegacyZeroDec()
	for _, v := range votes {
		total = total.Add(v.Weight)
	}
	capped := slices.Clone(votes)
	for i, v := range capped {
		capped[i].Weight = math.LegacyMinDec(v.Weight, total.Sub(v.Weight))
	}
	return capped
}

// ScoreSubmission judges one submission's votes, each weight capped by CapVotes. No votes:
// unscored.
func ScoreSubmission(votes []Vote, tolerance, minScale math.LegacyDec) SubmissionScore {
	votes = CapVotes(votes)
	median, ok := WeightedMedian(votes)
	if !ok {
		return SubmissionScore{}
	}
	s := SubmissionScore{Scored: true, Median: median, MAD: MAD(votes, median), Accuracy: make([]math.LegacyDec, len(votes))}
	for i, v := range votes {
		s.Accuracy[i] = Accuracy(v.Score, median, s.MAD, tolerance, minScale)
	}
	return s
}

// MeanAccuracy is a validator's accuracy as shown in its results: the sum of its per-score
// accuracies over the n submissions it was assigned (one it did not score counts 0),
// rounded down to 18 decimals. Its pay uses the exact mean (ValidatorWeight).
func MeanAccuracy(sum math.LegacyDec, n uint32) math.LegacyDec {
	if n == 0 {
		return math.LegacyZeroDec()
	}
	return sum.QuoInt64(int64(n))
}
