package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// OpenValidation: the creator reveals the validation data URI once submissions have closed
// and before the open deadline; every submission gets its validators.
func (s msgServer) OpenValidation(ctx context.Context, msg *types.MsgOpenValidation) (*types.MsgOpenValidationResponse, error) {
	k := s.k
	if err := checkText("validation_data_uri", msg.ValidationDataUri, maxURI, true); err != nil {
		return nil, err
	}
	t, err := k.getTask(ctx, msg.TaskId)
	if err != nil {
		return nil, err
	}
	if msg.Creator != t.Creator {
		return nil, types.ErrNotCreator.Wrapf("%s did not create task %d; %s did", msg.Creator, t.Id, t.Creator)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	now := sdkCtx.BlockTime()
	if t.Status != types.TASK_STATUS_OPEN || now.Before(t.SubmissionEnd) || !now.Before(t.OpenDeadline) {
		return nil, types.ErrWrongPhase.Wrapf("task %d can open validation from %s until %s (status %s)",
			t.Id, t.SubmissionEnd.Format(time.RFC3339), t.OpenDeadline.Format(time.RFC3339), t.Status)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	assigned, err := k.assignValidators(ctx, t, params, sdkCtx.HeaderHash())
	if err != nil {
		return nil, err
	}

	if err := k.Deadlines.Remove(ctx, collections.Join(t.OpenDeadline, t.Id)); err != nil {
		return nil, err
	}
	validationEnd, revealEnd := now.Add(t.ValidationDuration), now.Add(t.ValidationDuration).Add(t.RevealDuration)
	t.ValidationDataUri, t.ValidationEnd, t.RevealEnd = msg.ValidationDataUri, &validationEnd, &revealEnd
	t.Status = types.TASK_STATUS_VALIDATION
	if err := k.setTask(ctx, t, types.TASK_STATUS_OPEN); err != nil {
		return nil, err
	}
	if err := k.Deadlines.Set(ctx, collections.Join(revealEnd, t.Id)); err != nil {
		return nil, err
	}
	return &types.MsgOpenValidationResponse{}, events(ctx).EmitTypedEvent(&types.EventValidationOpened{
		TaskId: t.Id, ValidationDataUri: msg.ValidationDataUri, Assignments: assigned,
	})
}

// assignValidators gives each submission, in id order, validators_per_submission
// validators drawn by √(effective stake) without replacement from the seeded stream of
// DESIGN §4. Validators are listed in address order, so every node draws the same.
func (k Keeper) assignValidators(ctx context.Context, t types.Task, params types.Params, headerHash []byte) (uint32, error) {
	var vals []sdk.AccAddress
	var weights []uint64
	err := k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](t.Id),
		func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			if p.Role == types.ROLE_VALIDATOR {
				vals = append(vals, key.K2())
				weights = append(weights, types.SqrtWeight(effectiveStake(p, params.DelegationWeight)))
			}
			return false, nil
		})
	if err != nil {
		return 0, err
	}
	var subs []uint64
	if err := k.SubmissionByID.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](t.Id),
		func(key collections.Pair[uint64, uint64], _ string) (bool, error) {
			subs = append(subs, key.K2())
			return false, nil
		}); err != nil {
		return 0, err
	}
	picks := types.Assign(types.Seed(headerHash, t.Id, 0), len(subs), weights, int(params.ValidatorsPerSubmission))
	var n uint32
	for i, sub := range subs {
		for _, vi := range picks[i] {
			if err := k.Assignments.Set(ctx, collections.Join3(t.Id, vals[vi], sub)); err != nil {
				return 0, err
			}
			n++
		}
	}
	return n, nil
}
