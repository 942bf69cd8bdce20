package types

import (
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

// validateStakeTimes checks the stake × time integrals of emission weights: every integral
// well formed, each participant's stakes those of its record, and each task's integrals
// carrying exactly the stakes of its participants (all of them for epoch_stake and stake,
// the ones that worked for working_stake).
func validateStakeTimes(gs GenesisState) error {
	type sums struct{ self, delegated, workSelf, workDelegated math.Int }
	byTask := make(map[uint64]*sums, len(gs.Tasks)) // lookups only, never iterated
	for _, t := range gs.Tasks {
		for _, st := range []struct {
			name string
			v    StakeTime
		}{{"epoch_stake", t.EpochStake}, {"stake", t.Stake}, {"working_stake", t.WorkingStake}} {
			if err := st.v.Validate(); err != nil {
				return errorsmod.Wrapf(ErrInvalidGenesis, "task %d %s: %s", t.Id, st.name, err)
			}
		}
		byTask[t.Id] = &sums{math.ZeroInt(), math.ZeroInt(), math.ZeroInt(), math.ZeroInt()}
	}
	for _, p := range gs.Participants {
		if err := p.StakeTime.Validate(); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d: %s", p.Address, p.TaskId, err)
		}
		if !p.StakeTime.Self.Equal(p.SelfStake) || !p.StakeTime.Delegated.Equal(p.Delegated) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d: stake time holds %s self and %s delegated, the record %s and %s",
				p.Address, p.TaskId, p.StakeTime.Self, p.StakeTime.Delegated, p.SelfStake, p.Delegated)
		}
		s, ok := byTask[p.TaskId]
		if !ok {
			continue // an unknown task is reported by Validate
		}
		s.self, s.delegated = s.self.Add(p.SelfStake), s.delegated.Add(p.Delegated)
		if p.Worked {
			s.workSelf, s.workDelegated = s.workSelf.Add(p.SelfStake), s.workDelegated.Add(p.Delegated)
		}
	}
	for _, t := range gs.Tasks {
		if t.Status == TASK_STATUS_FINALIZED || t.Status == TASK_STATUS_CANCELLED {
			continue // history only: an ended task's records may be partly pruned (retention)
		}
		s := byTask[t.Id]
		for _, c := range []struct {
			name            string
			v               StakeTime
			self, delegated math.Int
		}{
			{"epoch_stake", t.EpochStake, s.self, s.delegated},
			{"stake", t.Stake, s.self, s.delegated},
			{"working_stake", t.WorkingStake, s.workSelf, s.workDelegated},
		} {
			if !c.v.Self.Equal(c.self) || !c.v.Delegated.Equal(c.delegated) {
				return errorsmod.Wrapf(ErrInvalidGenesis, "task %d %s holds %s self and %s delegated stake, its participants %s and %s",
					t.Id, c.name, c.v.Self, c.v.Delegated, c.self, c.delegated)
			}
		}
	}
	return nil
}
