package types

import "cosmossdk.io/math"

// WorkingStake is the stake that earns an alliance emission weight: total_stake minus the
// stake of idle participants (judged absent and not working since). Emission is
// Σ working stake × seconds (README "Emission"), linear in stake, so splitting the same
// stake across identities earns exactly the same weight.
func (a Alliance) WorkingStake() math.Int {
	if a.IdleStake.IsNil() {
		return a.TotalStake
	}
	return a.TotalStake.Sub(a.IdleStake)
}
