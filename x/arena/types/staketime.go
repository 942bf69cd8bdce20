package types

import (
	"fmt"
	"math/big"

	"cosmossdk.io/math"
)

// This file holds the pure stake × time math of emission weights (README "Emission"). A
// StakeTime integrates stake over whole unix seconds: the stakes held since `since`, and the
// aflock·seconds accumulated before it. Every change first brings the clock to now
// (seconds += stake·(now − since)), so each update is O(1) and the integral is exact.

// NewStakeTime is an empty clock started at now (unix seconds).
func NewStakeTime(now int64) StakeTime {
	return StakeTime{Self: math.ZeroInt(), Delegated: math.ZeroInt(), SelfSeconds: math.ZeroInt(), DelegatedSeconds: math.ZeroInt(), Since: now}
}

// At is the clock brought to now: the stakes held since `since` are added for the seconds
// elapsed. A now before since (block times never go back) adds nothing.
func (st StakeTime) At(now int64) StakeTime {
	if now <= st.Since {
		return st
	}
	dt := math.NewInt(now - st.Since)
	st.SelfSeconds = st.SelfSeconds.Add(st.Self.Mul(dt))
	st.DelegatedSeconds = st.DelegatedSeconds.Add(st.Delegated.Mul(dt))
	st.Since = now
	return st
}

// Add is the clock at now with self and delegated stake added from now on.
func (st StakeTime) Add(now int64, self, delegated math.Int) StakeTime {
	st = st.At(now)
	st.Self = st.Self.Add(self)
	st.Delegated = st.Delegated.Add(delegated)
	return st
}

// Plus is the sum of two clocks, both brought to now.
func (st StakeTime) Plus(o StakeTime, now int64) StakeTime {
	st, o = st.At(now), o.At(now)
	st.Self, st.Delegated = st.Self.Add(o.Self), st.Delegated.Add(o.Delegated)
	st.SelfSeconds, st.DelegatedSeconds = st.SelfSeconds.Add(o.SelfSeconds), st.DelegatedSeconds.Add(o.DelegatedSeconds)
	return st
}

// Restart is the clock at now with its seconds dropped: a new window, same stakes.
func (st StakeTime) Restart(now int64) StakeTime {
	st = st.At(now)
	st.SelfSeconds, st.DelegatedSeconds = math.ZeroInt(), math.ZeroInt()
	return st
}

// EffectiveSeconds is ⌊self_seconds + ε·delegated_seconds⌋ in aflock·seconds: the integral
// of the effective stake s = s_self + ε·s_delegated.
func (st StakeTime) EffectiveSeconds(eps math.LegacyDec) math.Int {
	return math.NewIntFromBigIntMut(new(big.Int).Quo(st.scaledSeconds(eps), oneE18))
}

// scaledSeconds is (self_seconds + ε·delegated_seconds)·10^18, exact.
func (st StakeTime) scaledSeconds(eps math.LegacyDec) *big.Int {
	v := new(big.Int).Mul(st.SelfSeconds.BigInt(), oneE18)
	return v.Add(v, new(big.Int).Mul(eps.BigInt(), st.DelegatedSeconds.BigInt()))
}

// KeptEmission is the part of a task's emission its working stake keeps at settlement:
// ⌊E · W / A⌋ with W and A the effective stake·seconds of the working participants and of
// all of them (exact: no intermediate rounding). With no stake·seconds at all nothing is
// kept. W > A cannot happen (the working participants are some of all); it is capped at E.
func KeptEmission(emission math.Int, working, all StakeTime, eps math.LegacyDec) math.Int {
	a := all.scaledSeconds(eps)
	if a.Sign() <= 0 || !emission.IsPositive() {
		return math.ZeroInt()
	}
	w := working.scaledSeconds(eps)
	if w.Cmp(a) >= 0 {
		return emission
	}
	kept := new(big.Int).Mul(emission.BigInt(), w)
	return math.NewIntFromBigIntMut(kept.Quo(kept, a))
}

// Validate checks that every amount is present and not negative.
func (st StakeTime) Validate() error {
	for _, f := range []struct {
		name string
		v    math.Int
	}{{"self", st.Self}, {"delegated", st.Delegated}, {"self_seconds", st.SelfSeconds}, {"delegated_seconds", st.DelegatedSeconds}} {
		if f.v.IsNil() || f.v.IsNegative() {
			return fmt.Errorf("stake time %s %v: want an amount ≥ 0", f.name, f.v)
		}
	}
	if st.Since < 0 {
		return fmt.Errorf("stake time since %d: want a unix time ≥ 0", st.Since)
	}
	return nil
}
