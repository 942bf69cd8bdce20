package types

import (
	errorsmod "cosmossdk.io/errors"
)

// DefaultGenesis has default params and no tasks.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextTaskId: 1}
}

// Validate checks the genesis on its own; the escrow balance is checked at InitGenesis.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	seen := make(map[uint64]bool, len(gs.Tasks))
	for _, t := range gs.Tasks {
		if t.Id == 0 || t.Id >= gs.NextTaskId {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task id %d must be within [1, next_task_id %d)", t.Id, gs.NextTaskId)
		}
		if seen[t.Id] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d appears twice", t.Id)
		}
		seen[t.Id] = true
		if t.Status == TASK_STATUS_UNSPECIFIED {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d has no status", t.Id)
		}
		if t.CreatorStake.IsNil() || t.Bonus.IsNil() || t.Emission.IsNil() || t.CreatorStake.IsNegative() || t.Bonus.IsNegative() || t.Emission.IsNegative() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d has a missing or negative amount", t.Id)
		}
	}
	for _, p := range gs.Participants {
		if !seen[p.TaskId] || p.SelfStake.IsNil() || p.Delegated.IsNil() || p.SelfStake.IsNegative() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d: unknown task or bad stake", p.Address, p.TaskId)
		}
	}
	for _, d := range gs.Delegations {
		if !seen[d.TaskId] || d.Amount.IsNil() || !d.Amount.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "delegation of %s to %s in task %d: unknown task or non-positive amount", d.Delegator, d.Participant, d.TaskId)
		}
	}
	for _, s := range gs.Submissions {
		if !seen[s.TaskId] || s.Id == 0 {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d: unknown task or id 0", s.Id, s.TaskId)
		}
	}
	return nil
}
