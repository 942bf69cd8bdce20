package keeper

import (
	"bytes"
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// requireValidator checks that an address is a validator of the task.
func (k Keeper) requireValidator(ctx context.Context, taskID uint64, val sdk.AccAddress) error {
	p, err := k.getParticipant(ctx, taskID, val)
	if err != nil {
		return err
	}
	if p.Role != types.ROLE_VALIDATOR {
		return types.ErrWrongRole.Wrapf("%s is a %s of task %d; only validators score", p.Address, p.Role, taskID)
	}
	return nil
}

// CommitScores records (or replaces) a validator's commitment during the validation phase.
func (k Keeper) CommitScores(ctx context.Context, id uint64, val sdk.AccAddress, commitment []byte) error {
	t, err := k.GetTask(ctx, id)
	if err != nil {
		return err
	}
	if t.Status != types.TASK_STATUS_VALIDATION || t.ValidationEnd == nil || !blockTime(ctx).Before(*t.ValidationEnd) {
		return types.ErrWrongPhase.Wrapf("task %d takes commitments only in its validation phase (status %s, commit phase ends %s)",
			t.Id, t.Status, fmtTime(t.ValidationEnd))
	}
	if err := k.requireValidator(ctx, t.Id, val); err != nil {
		return err
	}
	if err := k.Commitments.Set(ctx, collections.Join(t.Id, val), commitment); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventScoresCommitted{TaskId: t.Id, Validator: k.str(val)})
}

// RevealScores checks a validator's scores and salt against its commitment during the reveal
// phase and records them. Scores may cover a subset of its assignments, never others.
func (k Keeper) RevealScores(ctx context.Context, id uint64, val sdk.AccAddress, salt []byte, scores []types.ParsedScore) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	t, err := k.GetTask(ctx, id)
	if err != nil {
		return err
	}
	now := blockTime(ctx)
	if t.Status != types.TASK_STATUS_VALIDATION || t.ValidationEnd == nil || now.Before(*t.ValidationEnd) || !now.Before(*t.RevealEnd) {
		return types.ErrWrongPhase.Wrapf("task %d takes reveals from %s until %s (status %s)", t.Id, fmtTime(t.ValidationEnd), fmtTime(t.RevealEnd), t.Status)
	}
	if err := k.requireValidator(ctx, t.Id, val); err != nil {
		return err
	}
	for _, sc := range scores {
		if err := types.CheckScoreDecimals(sc.Score, params.ScoreDecimals); err != nil {
			return err
		}
	}
	key := collections.Join(t.Id, val)
	valStr := k.str(val)
	revealed, err := k.Revealed.Has(ctx, key)
	if err != nil {
		return err
	}
	if revealed {
		return types.ErrAlreadyRevealed.Wrapf("%s already revealed its scores of task %d", valStr, t.Id)
	}
	committed, err := k.Commitments.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return types.ErrNoCommitment.Wrapf("%s committed no scores to task %d", valStr, t.Id)
	} else if err != nil {
		return err
	}
	for _, sc := range scores {
		assigned, err := k.Assignments.Has(ctx, collections.Join3(t.Id, val, sc.SubmissionID))
		if err != nil {
			return err
		}
		if !assigned {
			return types.ErrNotAssigned.Wrapf("submission %d of task %d is not assigned to %s", sc.SubmissionID, t.Id, valStr)
		}
	}
	if got := types.Commitment(t.Id, valStr, salt, scores); !bytes.Equal(got, committed) {
		return types.ErrCommitmentMismatch.Wrapf("scores and salt hash to %x, %s committed %x", got, valStr, committed)
	}
	for _, sc := range scores {
		if err := k.Scores.Set(ctx, collections.Join3(t.Id, sc.SubmissionID, val), sc.Score); err != nil {
			return err
		}
	}
	if err := k.Revealed.Set(ctx, key); err != nil {
		return err
	}
	// the validator and the trainers it scored did their work: their stake keeps its
	// emission share at settlement (emission.go)
	if err := k.markRevealWorked(ctx, &t, val, scores); err != nil {
		return err
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventScoresRevealed{TaskId: t.Id, Validator: valStr, Scores: uint32(len(scores))})
}
