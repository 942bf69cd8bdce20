package keeper

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// requireTrainer checks that an address is a trainer of the task.
func (k Keeper) requireTrainer(ctx context.Context, taskID uint64, who sdk.AccAddress) (types.Participant, error) {
	p, err := k.getParticipant(ctx, taskID, who)
	if err != nil {
		return p, err
	}
	if p.Role != types.ROLE_TRAINER {
		return p, types.ErrWrongRole.Wrapf("%s is a %s of task %d; only trainers submit models", p.Address, p.Role, taskID)
	}
	return p, nil
}

// CommitModel records a trainer's model commitment (types.ModelCommitment) while the task is
// open for submissions. The first commitment takes a submission slot, gets the submission id
// and pays submission_fee to the rewards pool; a later one replaces the commitment, keeps the
// id, bumps the version and takes a new commit sequence number. It returns the submission id.
func (k Keeper) CommitModel(ctx context.Context, id uint64, trainer sdk.AccAddress, commitment []byte) (uint64, error) {
	t, err := k.requireOpen(ctx, id, "submissions")
	if err != nil {
		return 0, err
	}
	p, err := k.requireTrainer(ctx, t.Id, trainer)
	if err != nil {
		return 0, err
	}
	fee := math.ZeroInt()
	sub, err := k.Submissions.Get(ctx, collections.Join(t.Id, trainer))
	switch {
	case err == nil: // a new commitment replaces the last one
		sub.Version++
	case errors.Is(err, collections.ErrNotFound):
		params, err := k.Params.Get(ctx)
		if err != nil {
			return 0, err
		}
		if t.Submissions >= params.MaxSubmissionsPerTask {
			return 0, types.ErrTooManySubmissions.Wrapf("task %d already has %d submissions, the cap", t.Id, t.Submissions)
		}
		if fee = params.SubmissionFee; fee.IsPositive() {
			if err := k.escrow(ctx, trainer, fee); err != nil {
				return 0, err
			}
			if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, fee); err != nil {
				return 0, err
			}
		}
		sub = types.Submission{TaskId: t.Id, Id: t.NextSubmissionId, Trainer: p.Address, Version: 1}
		t.NextSubmissionId++
		t.Submissions++
		if err := k.SubmissionByID.Set(ctx, collections.Join(t.Id, sub.Id), p.Address); err != nil {
			return 0, err
		}
	default:
		return 0, err
	}
	t.ModelCommits++
	sub.Commitment, sub.CommitSeq, sub.Submitted = hex.EncodeToString(commitment), t.ModelCommits, blockTime(ctx)
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return 0, err
	}
	if err := k.Submissions.Set(ctx, collections.Join(t.Id, trainer), sub); err != nil {
		return 0, err
	}
	return sub.Id, events(ctx).EmitTypedEvent(&types.EventModelCommitted{
		TaskId: t.Id, SubmissionId: sub.Id, Trainer: p.Address, Commitment: sub.Commitment, Version: sub.Version, CommitSeq: sub.CommitSeq, Fee: fee,
	})
}

// RevealModel checks a trainer's model hash and salt against its commitment between
// submission_end and model_reveal_end and records the model. A hash already revealed by a
// submission with an earlier commitment makes this one its duplicate (recorded, never
// assigned, never scored); a hash revealed first by a later commitment is taken over, and that
// submission becomes the duplicate. It returns the submission this one duplicates, or 0.
func (k Keeper) RevealModel(ctx context.Context, id uint64, trainer sdk.AccAddress, reveal types.ModelReveal) (uint64, error) {
	t, err := k.GetTask(ctx, id)
	if err != nil {
		return 0, err
	}
	if now := blockTime(ctx); t.Status != types.TASK_STATUS_OPEN || now.Before(t.SubmissionEnd) || !now.Before(t.ModelRevealEnd) {
		return 0, types.ErrWrongPhase.Wrapf("task %d takes model reveals from %s until %s (status %s)",
			t.Id, t.SubmissionEnd.Format(time.RFC3339), t.ModelRevealEnd.Format(time.RFC3339), t.Status)
	}
	p, err := k.requireTrainer(ctx, t.Id, trainer)
	if err != nil {
		return 0, err
	}
	sub, err := k.Submissions.Get(ctx, collections.Join(t.Id, trainer))
	if errors.Is(err, collections.ErrNotFound) {
		return 0, types.ErrNoCommitment.Wrapf("%s committed no model to task %d", p.Address, t.Id)
	} else if err != nil {
		return 0, err
	}
	if sub.ModelHash != "" {
		return 0, types.ErrAlreadyRevealed.Wrapf("%s already revealed model %s for submission %d of task %d", p.Address, sub.ModelHash, sub.Id, t.Id)
	}
	committed, err := hex.DecodeString(sub.Commitment)
	if err != nil {
		return 0, err
	}
	if got := types.ModelCommitment(t.Id, p.Address, reveal.Hash, reveal.Salt); !bytes.Equal(got, committed) {
		return 0, types.ErrCommitmentMismatch.Wrapf("model hash %x and salt hash to %x, %s committed %x", reveal.Hash, got, p.Address, committed)
	}
	sub.ModelUri, sub.ModelHash = reveal.URI, hex.EncodeToString(reveal.Hash)
	hashKey := collections.Join(t.Id, reveal.Hash)
	var displaced uint64
	holder, err := k.ModelHashes.Get(ctx, hashKey)
	switch {
	case errors.Is(err, collections.ErrNotFound):
	case err != nil:
		return 0, err
	default:
		first, err := k.submissionByID(ctx, t.Id, holder)
		if err != nil {
			return 0, err
		}
		if first.CommitSeq < sub.CommitSeq {
			sub.DuplicateOf = first.Id
			break
		}
		// this commitment is the earlier one: it takes the hash over
		first.DuplicateOf, displaced = sub.Id, first.Id
		if err := k.setSubmission(ctx, first); err != nil {
			return 0, err
		}
	}
	if sub.DuplicateOf == 0 {
		if err := k.ModelHashes.Set(ctx, hashKey, sub.Id); err != nil {
			return 0, err
		}
	}
	if err := k.Submissions.Set(ctx, collections.Join(t.Id, trainer), sub); err != nil {
		return 0, err
	}
	return sub.DuplicateOf, events(ctx).EmitTypedEvent(&types.EventModelRevealed{
		TaskId: t.Id, SubmissionId: sub.Id, Trainer: p.Address, ModelHash: sub.ModelHash, ModelUri: sub.ModelUri,
		DuplicateOf: sub.DuplicateOf, Displaced: displaced,
	})
}

// submissionByID loads a submission by its id.
func (k Keeper) submissionByID(ctx context.Context, taskID, subID uint64) (types.Submission, error) {
	trainer, err := k.SubmissionByID.Get(ctx, collections.Join(taskID, subID))
	if err != nil {
		return types.Submission{}, err
	}
	a, err := k.bytesOf("trainer", trainer)
	if err != nil {
		return types.Submission{}, err
	}
	return k.Submissions.Get(ctx, collections.Join(taskID, a))
}

// setSubmission stores a submission under its trainer.
func (k Keeper) setSubmission(ctx context.Context, s types.Submission) error {
	a, err := k.bytesOf("trainer", s.Trainer)
	if err != nil {
		return err
	}
	return k.Submissions.Set(ctx, collections.Join(s.TaskId, a), s)
}

// scorable reports whether a submission is assigned validators: its model was revealed and no
// earlier commitment revealed the same hash.
func scorable(s types.Submission) bool { return s.ModelHash != "" && s.DuplicateOf == 0 }
