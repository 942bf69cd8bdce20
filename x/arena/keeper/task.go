package keeper

import (
	"bytes"
	"context"
	"encoding/hex"
	"slices"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// TaskSpec is what a creator chooses for a new task (texts already checked by the message's
// ValidateBasic).
type TaskSpec struct {
	Title, Description, TrainDataURI, Metric          string
	TrainDataHash, ValidationDataHash                 []byte
	LowerIsBetter                                     bool
	SubmissionDuration, ValidationDuration, RevealDur time.Duration
	Stake, Bonus                                      math.Int
}

// CreateTask escrows the creator's stake and bonus and opens a task for joining and
// submissions. It returns the task id.
func (k Keeper) CreateTask(ctx context.Context, creator sdk.AccAddress, spec TaskSpec) (uint64, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"submission_duration", spec.SubmissionDuration}, {"validation_duration", spec.ValidationDuration}, {"reveal_duration", spec.RevealDur}} {
		if ph.d < params.MinPhaseDuration || ph.d > params.MaxPhaseDuration {
			return 0, types.ErrInvalidTask.Wrapf("%s %s must be within [%s, %s]", ph.name, ph.d, params.MinPhaseDuration, params.MaxPhaseDuration)
		}
	}
	if spec.Stake.LT(params.MinTaskStake) {
		return 0, types.ErrStakeTooLow.Wrapf("task stake %s%s is below the minimum %s%s", spec.Stake, k.denom, params.MinTaskStake, k.denom)
	}
	if err := k.escrow(ctx, creator, spec.Stake.Add(spec.Bonus)); err != nil {
		return 0, err
	}
	seq, err := k.NextTaskID.Next(ctx)
	if err != nil {
		return 0, err
	}
	now := blockTime(ctx)
	submissionEnd := now.Add(spec.SubmissionDuration)
	modelRevealEnd := submissionEnd.Add(spec.RevealDur) // trainers reveal models as validators reveal scores
	t := types.Task{
		Id: seq + 1, Creator: k.str(creator), Title: spec.Title, Description: spec.Description,
		TrainDataUri: spec.TrainDataURI, TrainDataHash: hex.EncodeToString(spec.TrainDataHash),
		ValidationDataHash: hex.EncodeToString(spec.ValidationDataHash), Metric: spec.Metric, LowerIsBetter: spec.LowerIsBetter,
		Status: types.TASK_STATUS_OPEN, Created: now, SubmissionEnd: submissionEnd, ModelRevealEnd: modelRevealEnd,
		OpenDeadline:       modelRevealEnd.Add(params.OpenValidationWindow),
		ValidationDuration: spec.ValidationDuration, RevealDuration: spec.RevealDur,
		CreatorStake: spec.Stake, Bonus: spec.Bonus, Emission: math.ZeroInt(), NextSubmissionId: 1,
		EpochStake: types.NewStakeTime(now.Unix()), Stake: types.NewStakeTime(now.Unix()), WorkingStake: types.NewStakeTime(now.Unix()),
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return 0, err
	}
	if err := k.Deadlines.Set(ctx, collections.Join(t.OpenDeadline, t.Id)); err != nil {
		return 0, err
	}
	return t.Id, events(ctx).EmitTypedEvent(&types.EventTaskCreated{TaskId: t.Id, Creator: t.Creator, Stake: t.CreatorStake, Bonus: t.Bonus})
}

// requireCreator loads a task and checks who created it (as bytes).
func (k Keeper) requireCreator(ctx context.Context, id uint64, who sdk.AccAddress) (types.Task, error) {
	t, err := k.GetTask(ctx, id)
	if err != nil {
		return t, err
	}
	creator, err := k.bytesOf("creator", t.Creator)
	if err != nil {
		return t, err
	}
	if !bytes.Equal(creator, who) {
		return t, types.ErrNotCreator.Wrapf("%s did not create task %d; %s did", k.str(who), t.Id, t.Creator)
	}
	return t, nil
}

// requireOpen loads a task that must be open for joining, delegation and submissions.
func (k Keeper) requireOpen(ctx context.Context, id uint64, action string) (types.Task, error) {
	t, err := k.GetTask(ctx, id)
	if err != nil {
		return t, err
	}
	if t.Status != types.TASK_STATUS_OPEN || !blockTime(ctx).Before(t.SubmissionEnd) {
		return t, types.ErrWrongPhase.Wrapf("task %d closed for %s at %s (status %s)", id, action, t.SubmissionEnd.Format(time.RFC3339), t.Status)
	}
	return t, nil
}

// OpenValidation: the creator reveals the validation data URI once the models' reveal window
// has closed and before the open deadline; every revealed submission that is not a duplicate
// gets its validators.
func (k Keeper) OpenValidation(ctx context.Context, id uint64, creator sdk.AccAddress, validationDataURI string) error {
	t, err := k.requireCreator(ctx, id, creator)
	if err != nil {
		return err
	}
	now := blockTime(ctx)
	if t.Status != types.TASK_STATUS_OPEN || now.Before(t.ModelRevealEnd) || !now.Before(t.OpenDeadline) {
		return types.ErrWrongPhase.Wrapf("task %d can open validation from %s until %s (status %s)",
			t.Id, t.ModelRevealEnd.Format(time.RFC3339), t.OpenDeadline.Format(time.RFC3339), t.Status)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	assigned, err := k.assignValidators(ctx, t, params, sdk.UnwrapSDKContext(ctx).BlockHeader().AppHash)
	if err != nil {
		return err
	}
	if err := k.Deadlines.Remove(ctx, collections.Join(t.OpenDeadline, t.Id)); err != nil {
		return err
	}
	validationEnd := now.Add(t.ValidationDuration)
	revealEnd := validationEnd.Add(t.RevealDuration)
	t.ValidationDataUri, t.ValidationEnd, t.RevealEnd = validationDataURI, &validationEnd, &revealEnd
	if err := k.setStatus(ctx, &t, types.TASK_STATUS_VALIDATION); err != nil {
		return err
	}
	if err := k.Deadlines.Set(ctx, collections.Join(revealEnd, t.Id)); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventValidationOpened{TaskId: t.Id, ValidationDataUri: validationDataURI, Assignments: assigned})
}

// assignValidators gives each scorable submission (revealed, not a duplicate), in id order, validators_per_submission
// validators drawn by ⌊√⌊s⌋⌋ of their effective stake s, without replacement, from the
// seeded stream. Validators are listed in address order, so every node draws the same.
func (k Keeper) assignValidators(ctx context.Context, t types.Task, params types.Params, appHash []byte) (uint32, error) {
	var vals []sdk.AccAddress
	var weights []uint64
	err := k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](t.Id),
		func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			if p.Role == types.ROLE_VALIDATOR {
				vals = append(vals, key.K2())
				weights = append(weights, types.SqrtWeight(types.EffectiveStake(p, params.DelegationWeight).TruncateInt()))
			}
			return false, nil
		})
	if err != nil {
		return 0, err
	}
	var subs []uint64
	if err := k.Submissions.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](t.Id),
		func(_ collections.Pair[uint64, sdk.AccAddress], s types.Submission) (bool, error) {
			if scorable(s) {
				subs = append(subs, s.Id)
			}
			return false, nil
		}); err != nil {
		return 0, err
	}
	slices.Sort(subs) // id order, whatever the trainers' addresses
	picks := types.Assign(types.Seed(appHash, t.Id, 0), len(subs), weights, int(params.ValidatorsPerSubmission))
	var n uint32
	assigned := make([]uint32, len(vals))
	for i, sub := range subs {
		for _, vi := range picks[i] {
			if err := k.Assignments.Set(ctx, collections.Join3(t.Id, vals[vi], sub)); err != nil {
				return 0, err
			}
			assigned[vi]++
			n++
		}
	}
	// each assigned validator's tally: its accuracy is averaged over what it was assigned
	for vi, count := range assigned {
		if count == 0 {
			continue
		}
		tally := types.ValidatorTally{AccuracySum: math.LegacyZeroDec(), Assigned: count}
		if err := k.Tallies.Set(ctx, collections.Join(t.Id, vals[vi]), tally); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// CancelTask: the creator withdraws a task nobody joined; stake and bonus come back.
func (k Keeper) CancelTask(ctx context.Context, id uint64, creator sdk.AccAddress) error {
	t, err := k.requireCreator(ctx, id, creator)
	if err != nil {
		return err
	}
	if t.Status != types.TASK_STATUS_OPEN || t.Trainers+t.Validators > 0 {
		return types.ErrWrongPhase.Wrapf("task %d can be cancelled only while open and before anyone joins (status %s, %d participants)",
			t.Id, t.Status, t.Trainers+t.Validators)
	}
	return k.cancel(ctx, t, "creator", math.LegacyZeroDec())
}

// cancel ends a task without results: the creator gets its stake back minus slash, and its
// bonus; emission returns to the rewards pool; participants get their self stakes back.
// Delegations stay escrowed until their delegators undelegate.
func (k Keeper) cancel(ctx context.Context, t types.Task, reason string, creatorSlash math.LegacyDec) error {
	creator, err := k.bytesOf("creator", t.Creator)
	if err != nil {
		return err
	}
	slashed := creatorSlash.MulInt(t.CreatorStake).TruncateInt()
	if err := k.send(ctx, creator, t.CreatorStake.Sub(slashed).Add(t.Bonus)); err != nil {
		return err
	}
	if toPool := slashed.Add(t.Emission); toPool.IsPositive() {
		if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, toPool); err != nil {
			return err
		}
	}
	if err := k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](t.Id),
		func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			return false, k.send(ctx, key.K2(), p.SelfStake)
		}); err != nil {
		return err
	}
	if err := k.Deadlines.Remove(ctx, collections.Join(t.OpenDeadline, t.Id)); err != nil {
		return err
	}
	if err := k.setStatus(ctx, &t, types.TASK_STATUS_CANCELLED); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventTaskCancelled{TaskId: t.Id, Reason: reason, CreatorSlashed: slashed})
}
