package keeper

import (
	"context"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the x/arena Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

const (
	maxTitle       = 140
	maxDescription = 4096
	maxURI         = 512
	maxMetric      = 64
)

func checkText(field, s string, max int, required bool) error {
	if (required && strings.TrimSpace(s) == "") || len(s) > max {
		return types.ErrInvalidTask.Wrapf("%s must be 1 to %d bytes, got %d", field, max, len(s))
	}
	return nil
}

func (s msgServer) CreateTask(ctx context.Context, msg *types.MsgCreateTask) (*types.MsgCreateTaskResponse, error) {
	k := s.k
	creator, err := k.addr("creator", msg.Creator)
	if err != nil {
		return nil, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range []struct {
		field    string
		v        string
		max      int
		required bool
	}{
		{"title", msg.Title, maxTitle, true}, {"description", msg.Description, maxDescription, false},
		{"train_data_uri", msg.TrainDataUri, maxURI, true}, {"metric", msg.Metric, maxMetric, true},
	} {
		if err := checkText(c.field, c.v, c.max, c.required); err != nil {
			return nil, err
		}
	}
	if _, err := types.DecodeHash("train_data_hash", msg.TrainDataHash); err != nil {
		return nil, err
	}
	if _, err := types.DecodeHash("validation_data_hash", msg.ValidationDataHash); err != nil {
		return nil, err
	}
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"submission_duration", msg.SubmissionDuration}, {"validation_duration", msg.ValidationDuration}, {"reveal_duration", msg.RevealDuration}} {
		if ph.d < params.MinPhaseDuration || ph.d > params.MaxPhaseDuration {
			return nil, types.ErrInvalidTask.Wrapf("%s %s must be within [%s, %s]", ph.name, ph.d, params.MinPhaseDuration, params.MaxPhaseDuration)
		}
	}
	if err := k.validateCoin("stake", msg.Stake, true); err != nil {
		return nil, err
	}
	if msg.Stake.Amount.LT(params.MinTaskStake) {
		return nil, types.ErrStakeTooLow.Wrapf("task stake %s is below the minimum %s%s", msg.Stake, params.MinTaskStake, k.denom)
	}
	if err := k.validateCoin("reward_bonus", msg.RewardBonus, false); err != nil {
		return nil, err
	}

	escrow := msg.Stake.Amount.Add(msg.RewardBonus.Amount)
	if err := k.bank.SendCoinsFromAccountToModule(ctx, creator, types.ModuleName, k.coins(escrow)); err != nil {
		return nil, err
	}
	seq, err := k.NextTaskID.Next(ctx)
	if err != nil {
		return nil, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	task := types.Task{
		Id: seq + 1, Creator: msg.Creator, Title: msg.Title, Description: msg.Description,
		TrainDataUri: msg.TrainDataUri, TrainDataHash: strings.ToLower(msg.TrainDataHash),
		ValidationDataHash: strings.ToLower(msg.ValidationDataHash), Metric: msg.Metric, LowerIsBetter: msg.LowerIsBetter,
		Status: types.TASK_STATUS_OPEN, Created: now, SubmissionEnd: now.Add(msg.SubmissionDuration),
		OpenDeadline:       now.Add(msg.SubmissionDuration).Add(params.OpenValidationWindow),
		ValidationDuration: msg.ValidationDuration, RevealDuration: msg.RevealDuration,
		CreatorStake: msg.Stake.Amount, Bonus: msg.RewardBonus.Amount, Emission: math.ZeroInt(), NextSubmissionId: 1,
	}
	if err := k.setTask(ctx, task, types.TASK_STATUS_UNSPECIFIED); err != nil {
		return nil, err
	}
	if err := k.Deadlines.Set(ctx, collections.Join(task.OpenDeadline, task.Id)); err != nil {
		return nil, err
	}
	return &types.MsgCreateTaskResponse{TaskId: task.Id}, events(ctx).EmitTypedEvent(&types.EventTaskCreated{
		TaskId: task.Id, Creator: msg.Creator, Stake: task.CreatorStake, Bonus: task.Bonus,
	})
}

// openTask loads a task that must be open for joining and submissions.
func (k Keeper) openTask(ctx context.Context, id uint64, action string) (types.Task, error) {
	t, err := k.getTask(ctx, id)
	if err != nil {
		return t, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	if t.Status != types.TASK_STATUS_OPEN || !now.Before(t.SubmissionEnd) {
		return t, types.ErrWrongPhase.Wrapf("task %d closed for %s at %s (status %s)", id, action, t.SubmissionEnd.Format(time.RFC3339), t.Status)
	}
	return t, nil
}

func (s msgServer) CancelTask(ctx context.Context, msg *types.MsgCancelTask) (*types.MsgCancelTaskResponse, error) {
	k := s.k
	t, err := k.getTask(ctx, msg.TaskId)
	if err != nil {
		return nil, err
	}
	if msg.Creator != t.Creator {
		return nil, types.ErrNotCreator.Wrapf("%s did not create task %d; %s did", msg.Creator, t.Id, t.Creator)
	}
	if t.Status != types.TASK_STATUS_OPEN || t.Trainers+t.Validators > 0 {
		return nil, types.ErrWrongPhase.Wrapf("task %d can be cancelled only while open and before anyone joins (status %s, %d participants)",
			t.Id, t.Status, t.Trainers+t.Validators)
	}
	return &types.MsgCancelTaskResponse{}, k.cancelTask(ctx, t, "creator", math.LegacyZeroDec())
}

// cancelTask ends a task without results: the creator gets its stake back minus slash, and
// its bonus; emission returns to the rewards pool; participants get their self stakes back.
// Delegations stay escrowed until their delegators undelegate.
func (k Keeper) cancelTask(ctx context.Context, t types.Task, reason string, creatorSlash math.LegacyDec) error {
	creator, err := k.addr("creator", t.Creator)
	if err != nil {
		return err
	}
	slashed := creatorSlash.MulInt(t.CreatorStake).TruncateInt()
	if refund := t.CreatorStake.Sub(slashed).Add(t.Bonus); refund.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, creator, k.coins(refund)); err != nil {
			return err
		}
	}
	if toPool := slashed.Add(t.Emission); toPool.IsPositive() {
		if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, toPool); err != nil {
			return err
		}
	}
	participants, err := k.participantsOf(ctx, t.Id)
	if err != nil {
		return err
	}
	if err := k.releaseSelfStakes(ctx, participants, nil); err != nil {
		return err
	}
	prev := t.Status
	if err := k.Deadlines.Remove(ctx, collections.Join(t.OpenDeadline, t.Id)); err != nil {
		return err
	}
	t.Status = types.TASK_STATUS_CANCELLED
	if err := k.setTask(ctx, t, prev); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventTaskCancelled{TaskId: t.Id, Reason: reason, CreatorSlashed: slashed})
}

// participantsOf lists a task's participants in address order.
func (k Keeper) participantsOf(ctx context.Context, taskID uint64) ([]types.Participant, error) {
	var ps []types.Participant
	err := k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](taskID),
		func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			ps = append(ps, p)
			return false, nil
		})
	return ps, err
}

// releaseSelfStakes returns each participant's self stake minus its slash (nil: no slash).
func (k Keeper) releaseSelfStakes(ctx context.Context, ps []types.Participant, slash func(i int) math.Int) error {
	for i, p := range ps {
		back := p.SelfStake
		if slash != nil {
			back = back.Sub(slash(i))
		}
		if !back.IsPositive() {
			continue
		}
		owner, err := k.addr("participant", p.Address)
		if err != nil {
			return err
		}
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, owner, k.coins(back)); err != nil {
			return err
		}
	}
	return nil
}

func (s msgServer) JoinTask(ctx context.Context, msg *types.MsgJoinTask) (*types.MsgJoinTaskResponse, error) {
	k := s.k
	who, err := k.addr("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	t, err := k.openTask(ctx, msg.TaskId, "joining")
	if err != nil {
		return nil, err
	}
	if msg.Participant == t.Creator {
		return nil, types.ErrWrongRole.Wrapf("the creator of task %d cannot also take part in it", t.Id)
	}
	if existing, err := k.Participants.Get(ctx, collections.Join(t.Id, who)); err == nil {
		return nil, types.ErrAlreadyJoined.Wrapf("%s already takes part in task %d as %s; one role per task", msg.Participant, t.Id, existing.Role)
	}
	var min math.Int
	switch msg.Role {
	case types.ROLE_TRAINER:
		min = params.MinTrainerStake
	case types.ROLE_VALIDATOR:
		min = params.MinValidatorStake
	default:
		return nil, types.ErrWrongRole.Wrapf("role %s: want ROLE_TRAINER or ROLE_VALIDATOR", msg.Role)
	}
	if err := k.validateCoin("stake", msg.Stake, true); err != nil {
		return nil, err
	}
	if msg.Stake.Amount.LT(min) {
		return nil, types.ErrStakeTooLow.Wrapf("stake %s is below the %s minimum %s%s", msg.Stake, msg.Role, min, k.denom)
	}
	if msg.Sigma.IsNil() || msg.Sigma.LT(params.MinSigma) || msg.Sigma.GT(params.MaxSigma) {
		return nil, types.ErrInvalidSigma.Wrapf("sigma %v must be within [%s, %s]", msg.Sigma, params.MinSigma, params.MaxSigma)
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, who, types.ModuleName, k.coins(msg.Stake.Amount)); err != nil {
		return nil, err
	}
	p := types.Participant{TaskId: t.Id, Address: msg.Participant, Role: msg.Role, SelfStake: msg.Stake.Amount, Delegated: math.ZeroInt(), Sigma: msg.Sigma}
	if err := k.Participants.Set(ctx, collections.Join(t.Id, who), p); err != nil {
		return nil, err
	}
	if msg.Role == types.ROLE_TRAINER {
		t.Trainers++
	} else {
		t.Validators++
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return nil, err
	}
	return &types.MsgJoinTaskResponse{}, events(ctx).EmitTypedEvent(&types.EventJoined{TaskId: t.Id, Participant: msg.Participant, Role: msg.Role, Stake: msg.Stake.Amount})
}

func (s msgServer) Delegate(ctx context.Context, msg *types.MsgDelegate) (*types.MsgDelegateResponse, error) {
	k := s.k
	delegator, err := k.addr("delegator", msg.Delegator)
	if err != nil {
		return nil, err
	}
	target, err := k.addr("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	if err := k.validateCoin("amount", msg.Amount, true); err != nil {
		return nil, err
	}
	t, err := k.openTask(ctx, msg.TaskId, "delegation")
	if err != nil {
		return nil, err
	}
	p, err := k.Participants.Get(ctx, collections.Join(t.Id, target))
	if err != nil {
		return nil, types.ErrNotParticipant.Wrapf("%s does not take part in task %d", msg.Participant, t.Id)
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, delegator, types.ModuleName, k.coins(msg.Amount.Amount)); err != nil {
		return nil, err
	}
	key := collections.Join3(t.Id, target, delegator)
	prev, err := k.Delegations.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		prev = math.ZeroInt()
	} else if err != nil {
		return nil, err
	}
	if err := k.Delegations.Set(ctx, key, prev.Add(msg.Amount.Amount)); err != nil {
		return nil, err
	}
	p.Delegated = p.Delegated.Add(msg.Amount.Amount)
	if err := k.Participants.Set(ctx, collections.Join(t.Id, target), p); err != nil {
		return nil, err
	}
	return &types.MsgDelegateResponse{}, events(ctx).EmitTypedEvent(&types.EventDelegated{TaskId: t.Id, Participant: msg.Participant, Delegator: msg.Delegator, Amount: msg.Amount.Amount})
}

func (s msgServer) Undelegate(ctx context.Context, msg *types.MsgUndelegate) (*types.MsgUndelegateResponse, error) {
	k := s.k
	delegator, err := k.addr("delegator", msg.Delegator)
	if err != nil {
		return nil, err
	}
	target, err := k.addr("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	t, err := k.getTask(ctx, msg.TaskId)
	if err != nil {
		return nil, err
	}
	if t.Status != types.TASK_STATUS_FINALIZED && t.Status != types.TASK_STATUS_CANCELLED {
		return nil, types.ErrWrongPhase.Wrapf("task %d is %s; delegations unlock when it is finalised or cancelled", t.Id, t.Status)
	}
	key := collections.Join3(t.Id, target, delegator)
	amount, err := k.Delegations.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, types.ErrNoDelegation.Wrapf("%s has no delegation to %s in task %d", msg.Delegator, msg.Participant, t.Id)
	} else if err != nil {
		return nil, err
	}
	if err := k.Delegations.Remove(ctx, key); err != nil {
		return nil, err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, delegator, k.coins(amount)); err != nil {
		return nil, err
	}
	return &types.MsgUndelegateResponse{Amount: sdk.NewCoin(k.denom, amount)}, events(ctx).EmitTypedEvent(&types.EventUndelegated{
		TaskId: t.Id, Participant: msg.Participant, Delegator: msg.Delegator, Amount: amount,
	})
}

func (s msgServer) SubmitModel(ctx context.Context, msg *types.MsgSubmitModel) (*types.MsgSubmitModelResponse, error) {
	k := s.k
	trainer, err := k.addr("trainer", msg.Trainer)
	if err != nil {
		return nil, err
	}
	if err := checkText("model_uri", msg.ModelUri, maxURI, true); err != nil {
		return nil, err
	}
	if _, err := types.DecodeHash("model_hash", msg.ModelHash); err != nil {
		return nil, err
	}
	t, err := k.openTask(ctx, msg.TaskId, "submissions")
	if err != nil {
		return nil, err
	}
	p, err := k.Participants.Get(ctx, collections.Join(t.Id, trainer))
	if err != nil {
		return nil, types.ErrNotParticipant.Wrapf("%s has not joined task %d", msg.Trainer, t.Id)
	}
	if p.Role != types.ROLE_TRAINER {
		return nil, types.ErrWrongRole.Wrapf("%s is a %s of task %d; only trainers submit models", msg.Trainer, p.Role, t.Id)
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	sub, err := k.Submissions.Get(ctx, collections.Join(t.Id, trainer))
	if err == nil { // resubmission replaces the model and keeps the id
		sub.ModelUri, sub.ModelHash, sub.Submitted, sub.Version = msg.ModelUri, strings.ToLower(msg.ModelHash), now, sub.Version+1
	} else {
		params, err := k.Params.Get(ctx)
		if err != nil {
			return nil, err
		}
		if t.Submissions >= params.MaxSubmissionsPerTask {
			return nil, types.ErrTooManySubmissions.Wrapf("task %d already has %d submissions, the cap", t.Id, t.Submissions)
		}
		sub = types.Submission{TaskId: t.Id, Id: t.NextSubmissionId, Trainer: msg.Trainer, ModelUri: msg.ModelUri,
			ModelHash: strings.ToLower(msg.ModelHash), Submitted: now, Version: 1}
		t.NextSubmissionId++
		t.Submissions++
		if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
			return nil, err
		}
		if err := k.SubmissionByID.Set(ctx, collections.Join(t.Id, sub.Id), msg.Trainer); err != nil {
			return nil, err
		}
	}
	if err := k.Submissions.Set(ctx, collections.Join(t.Id, trainer), sub); err != nil {
		return nil, err
	}
	return &types.MsgSubmitModelResponse{SubmissionId: sub.Id}, events(ctx).EmitTypedEvent(&types.EventModelSubmitted{
		TaskId: t.Id, SubmissionId: sub.Id, Trainer: msg.Trainer, ModelHash: sub.ModelHash, Version: sub.Version,
	})
}

func (s msgServer) CommitScores(ctx context.Context, msg *types.MsgCommitScores) (*types.MsgCommitScoresResponse, error) {
	k := s.k
	val, err := k.addr("validator", msg.Validator)
	if err != nil {
		return nil, err
	}
	commitment, err := types.DecodeHash("commitment", msg.Commitment)
	if err != nil {
		return nil, err
	}
	t, err := k.getTask(ctx, msg.TaskId)
	if err != nil {
		return nil, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	if t.Status != types.TASK_STATUS_VALIDATION || t.ValidationEnd == nil || !now.Before(*t.ValidationEnd) {
		return nil, types.ErrWrongPhase.Wrapf("task %d takes commitments only in its validation phase (status %s, commit phase ends %s)", t.Id, t.Status, fmtTime(t.ValidationEnd))
	}
	if err := k.requireValidator(ctx, t.Id, val, msg.Validator); err != nil {
		return nil, err
	}
	if err := k.Commitments.Set(ctx, collections.Join(t.Id, val), commitment); err != nil {
		return nil, err
	}
	return &types.MsgCommitScoresResponse{}, events(ctx).EmitTypedEvent(&types.EventScoresCommitted{TaskId: t.Id, Validator: msg.Validator})
}

func (k Keeper) requireValidator(ctx context.Context, taskID uint64, val sdk.AccAddress, s string) error {
	p, err := k.Participants.Get(ctx, collections.Join(taskID, val))
	if err != nil {
		return types.ErrNotParticipant.Wrapf("%s has not joined task %d", s, taskID)
	}
	if p.Role != types.ROLE_VALIDATOR {
		return types.ErrWrongRole.Wrapf("%s is a %s of task %d; only validators score", s, p.Role, taskID)
	}
	return nil
}

func fmtTime(t *time.Time) string {
	if t == nil {
		return "(not opened)"
	}
	return t.Format(time.RFC3339)
}

func (s msgServer) RevealScores(ctx context.Context, msg *types.MsgRevealScores) (*types.MsgRevealScoresResponse, error) {
	k := s.k
	val, err := k.addr("validator", msg.Validator)
	if err != nil {
		return nil, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	salt, err := types.DecodeSalt(msg.Salt)
	if err != nil {
		return nil, err
	}
	scores, err := types.ParseScores(msg.Scores, params.ScoreDecimals)
	if err != nil {
		return nil, err
	}
	t, err := k.getTask(ctx, msg.TaskId)
	if err != nil {
		return nil, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	if t.Status != types.TASK_STATUS_VALIDATION || t.ValidationEnd == nil || now.Before(*t.ValidationEnd) || !now.Before(*t.RevealEnd) {
		return nil, types.ErrWrongPhase.Wrapf("task %d takes reveals from %s until %s (status %s)", t.Id, fmtTime(t.ValidationEnd), fmtTime(t.RevealEnd), t.Status)
	}
	if err := k.requireValidator(ctx, t.Id, val, msg.Validator); err != nil {
		return nil, err
	}
	if has, err := k.Revealed.Has(ctx, collections.Join(t.Id, val)); err != nil || has {
		return nil, types.ErrAlreadyRevealed.Wrapf("%s already revealed its scores of task %d", msg.Validator, t.Id)
	}
	committed, err := k.Commitments.Get(ctx, collections.Join(t.Id, val))
	if err != nil {
		return nil, types.ErrNoCommitment.Wrapf("%s committed no scores to task %d", msg.Validator, t.Id)
	}
	for _, sc := range scores {
		if ok, err := k.Assignments.Has(ctx, collections.Join3(t.Id, val, sc.SubmissionID)); err != nil || !ok {
			return nil, types.ErrNotAssigned.Wrapf("submission %d of task %d is not assigned to %s", sc.SubmissionID, t.Id, msg.Validator)
		}
	}
	if got := types.Commitment(t.Id, msg.Validator, salt, scores); hex.EncodeToString(got) != hex.EncodeToString(committed) {
		return nil, types.ErrCommitmentMismatch.Wrapf("scores and salt hash to %x, %s committed %x", got, msg.Validator, committed)
	}
	for _, sc := range scores {
		if err := k.Scores.Set(ctx, collections.Join3(t.Id, sc.SubmissionID, val), sc.Score); err != nil {
			return nil, err
		}
	}
	if err := k.Revealed.Set(ctx, collections.Join(t.Id, val)); err != nil {
		return nil, err
	}
	return &types.MsgRevealScoresResponse{}, events(ctx).EmitTypedEvent(&types.EventScoresRevealed{TaskId: t.Id, Validator: msg.Validator, Scores: uint32(len(scores))})
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != s.k.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "%s may not change params; the authority is %s", msg.Authority, s.k.authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, events(ctx).EmitTypedEvent(&types.EventParamsUpdated{Authority: msg.Authority})
}
