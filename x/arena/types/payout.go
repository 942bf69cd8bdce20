package types

import (
	"math/big"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// This file holds how a task's pool is divided (README "Formulas"): the sides, the
// trainers by rank, the validators by stake × accuracy, each participant with its
// delegators. Every amount is the floor of the exact rational value of its formula: the
// arithmetic is on integers and fractions, never on truncated decimals.

var (
	oneE18 = fixedpoint.Scale()     // read only
	oneE36 = fixedpoint.ScalePow(2) // read only
)

// ceilDiv is ⌈a/b⌉ for a ≥ 0, b > 0.
func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// floorRat is ⌊r⌋ for r ≥ 0.
func floorRat(r *big.Rat) math.Int {
	return math.NewIntFromBigIntMut(new(big.Int).Quo(r.Num(), r.Denom()))
}

// EffectiveStake is s = s_self + ε·s_delegated, exact: ε has 18 decimals, so the product
// with a whole amount fits a LegacyDec without rounding.
func EffectiveStake(p Participant, eps math.LegacyDec) math.LegacyDec {
	return math.LegacyNewDecFromInt(p.SelfStake).Add(eps.MulInt(p.Delegated))
}

// SideSplit divides a task's pool between trainers and validators:
// trainers get ⌊R·(γ + (1−2γ)·Σt/(Σt+Σv))⌋, validators the rest. With no stake at all the
// sides split evenly (trainers ⌊R/2⌋).
func SideSplit(pool math.Int, trainerStake, validatorStake, gamma math.LegacyDec) (trainers, validators math.Int) {
	st, sv := trainerStake.BigInt(), validatorStake.BigInt()
	total := new(big.Int).Add(st, sv)
	if total.Sign() <= 0 {
		trainers = pool.QuoRaw(2)
		return trainers, pool.Sub(trainers)
	}
	// R·(G·(St+Sv) + (10^18 − 2G)·St) / (10^18·(St+Sv)), G = γ·10^18
	g := gamma.BigInt()
	num := new(big.Int).Mul(g, total)
	rest := new(big.Int).Sub(oneE18, new(big.Int).Lsh(g, 1))
	num.Add(num, rest.Mul(rest, st))
	num.Mul(num, pool.BigInt())
	trainers = math.NewIntFromBigIntMut(num.Quo(num, new(big.Int).Mul(oneE18, total)))
	return trainers, pool.Sub(trainers)
}

// RankSplit divides the trainers' side among the leaderboard: rank r (from 0) of the first
// m = min(scored, max_rewarded_trainers) gets ⌊R_T·q^r / Σ_{j<m} q^j⌋, later ranks nothing.
// q = a/b in lowest terms, so the weights a^r·b^(m−1−r) are exact integers.
type RankSplit struct {
	total, a, b, den *big.Int
	m                int
}

// NewRankSplit prepares the split of total over scored ranked submissions.
func NewRankSplit(total math.Int, q math.LegacyDec, scored int, maxRewarded uint32) RankSplit {
	m := min(scored, int(maxRewarded))
	a, b := new(big.Int).Set(q.BigInt()), new(big.Int).Set(oneE18)
	if g := new(big.Int).GCD(nil, nil, a, b); g.Sign() > 0 {
		a.Quo(a, g)
		b.Quo(b, g)
	}
	s := RankSplit{total: total.BigInt(), a: a, b: b, m: m, den: new(big.Int)}
	for j := range m {
		s.den.Add(s.den, s.weight(j))
	}
	return s
}

// weight is a^r·b^(m−1−r), the rank's weight times b^(m−1).
func (s RankSplit) weight(r int) *big.Int {
	w := new(big.Int).Exp(s.a, big.NewInt(int64(r)), nil)
	return w.Mul(w, new(big.Int).Exp(s.b, big.NewInt(int64(s.m-1-r)), nil))
}

// Reward is what rank r (from 0) earns.
func (s RankSplit) Reward(r int) math.Int {
	if r < 0 || r >= s.m || s.den.Sign() == 0 {
		return math.ZeroInt()
	}
	num := s.weight(r)
	num.Mul(num, s.total)
	return math.NewIntFromBigIntMut(num.Quo(num, s.den))
}

// ValidatorWeight is s_v·a_v with a_v the exact mean of the validator's accuracies over the n
// submissions it was assigned (accuracySum their sum; an unscored assignment counts 0).
func ValidatorWeight(stake, accuracySum math.LegacyDec, n uint32) *big.Rat {
	if n == 0 {
		return new(big.Rat)
	}
	num := new(big.Int).Mul(stake.BigInt(), accuracySum.BigInt())
	return new(big.Rat).SetFrac(num, new(big.Int).Mul(oneE36, big.NewInt(int64(n))))
}

// ValidatorReward is ⌊R_V·w/Σw⌋: a validator's part of the validators' side.
func ValidatorReward(total math.Int, weight, sum *big.Rat) math.Int {
	if sum.Sign() <= 0 || weight.Sign() <= 0 {
		return math.ZeroInt()
	}
	r := new(big.Rat).Quo(weight, sum)
	return floorRat(r.Mul(r, new(big.Rat).SetInt(total.BigInt())))
}

// SigmaSplit divides a participant's reward R between itself and its delegators: the
// delegators get ⌊R·(1−σ)·d/(s+d)⌋ (s self stake, d delegated), the participant the rest.
// (1−σ) has 18 decimals, so R·(1−σ)·d is an exact integer count of 10^-18 before the one
// division.
func SigmaSplit(reward math.Int, sigma math.LegacyDec, self, delegated math.Int) (toSelf, toDelegators math.Int) {
	total := self.Add(delegated)
	if !delegated.IsPositive() || !total.IsPositive() {
		return reward, math.ZeroInt()
	}
	toDelegators = math.LegacyOneDec().Sub(sigma).MulInt(reward).MulInt(delegated).QuoInt(total).TruncateInt()
	return reward.Sub(toDelegators), toDelegators
}

// ValidatorSlash is what a validator loses of its self stake: ⌊slash_no_reveal·self⌋ when it
// committed and never revealed, ⌊slash_absent·self⌋ when it was assigned submissions and
// never committed, nothing otherwise.
func ValidatorSlash(p Params, self math.Int, assigned uint32, committed, revealed bool) math.Int {
	switch {
	case committed && !revealed:
		return p.SlashNoReveal.MulInt(self).TruncateInt()
	case assigned > 0 && !committed:
		return p.SlashAbsent.MulInt(self).TruncateInt()
	}
	return math.ZeroInt()
}
