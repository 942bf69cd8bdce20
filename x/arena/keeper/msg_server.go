package keeper

import (
	"bytes"
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// msgServer checks each message on its own (ValidateBasic, which CheckTx already ran before
// any fee was taken), converts its addresses and amounts, and calls the keeper's API.
type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the x/arena Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

func (s msgServer) CreateTask(ctx context.Context, msg *types.MsgCreateTask) (*types.MsgCreateTaskResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	creator, err := s.k.bytesOf("creator", msg.Creator)
	if err != nil {
		return nil, err
	}
	trainHash, err := types.DecodeHash("train_data_hash", msg.TrainDataHash)
	if err != nil {
		return nil, err
	}
	validationHash, err := types.DecodeHash("validation_data_hash", msg.ValidationDataHash)
	if err != nil {
		return nil, err
	}
	if err := s.k.checkCoin("stake", msg.Stake, true); err != nil {
		return nil, err
	}
	if err := s.k.checkCoin("reward_bonus", msg.RewardBonus, false); err != nil {
		return nil, err
	}
	id, err := s.k.CreateTask(ctx, creator, TaskSpec{
		Title: msg.Title, Description: msg.Description, TrainDataURI: msg.TrainDataUri, Metric: msg.Metric,
		TrainDataHash: trainHash, ValidationDataHash: validationHash, LowerIsBetter: msg.LowerIsBetter,
		SubmissionDuration: msg.SubmissionDuration, ValidationDuration: msg.ValidationDuration, RevealDur: msg.RevealDuration,
		Stake: msg.Stake.Amount, Bonus: msg.RewardBonus.Amount,
	})
	if err != nil {
		return nil, err
	}
	return &types.MsgCreateTaskResponse{TaskId: id}, nil
}

func (s msgServer) OpenValidation(ctx context.Context, msg *types.MsgOpenValidation) (*types.MsgOpenValidationResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	creator, err := s.k.bytesOf("creator", msg.Creator)
	if err != nil {
		return nil, err
	}
	return &types.MsgOpenValidationResponse{}, s.k.OpenValidation(ctx, msg.TaskId, creator, msg.ValidationDataUri)
}

func (s msgServer) CancelTask(ctx context.Context, msg *types.MsgCancelTask) (*types.MsgCancelTaskResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	creator, err := s.k.bytesOf("creator", msg.Creator)
	if err != nil {
		return nil, err
	}
	return &types.MsgCancelTaskResponse{}, s.k.CancelTask(ctx, msg.TaskId, creator)
}

func (s msgServer) JoinTask(ctx context.Context, msg *types.MsgJoinTask) (*types.MsgJoinTaskResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	who, err := s.k.bytesOf("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	if err := s.k.checkCoin("stake", msg.Stake, true); err != nil {
		return nil, err
	}
	if msg.Sigma.IsNil() {
		return nil, types.ErrInvalidSigma.Wrap("sigma is missing")
	}
	return &types.MsgJoinTaskResponse{}, s.k.JoinTask(ctx, msg.TaskId, who, msg.Role, msg.Stake.Amount, msg.Sigma)
}

func (s msgServer) Delegate(ctx context.Context, msg *types.MsgDelegate) (*types.MsgDelegateResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	delegator, err := s.k.bytesOf("delegator", msg.Delegator)
	if err != nil {
		return nil, err
	}
	participant, err := s.k.bytesOf("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	if err := s.k.checkCoin("amount", msg.Amount, true); err != nil {
		return nil, err
	}
	return &types.MsgDelegateResponse{}, s.k.Delegate(ctx, msg.TaskId, participant, delegator, msg.Amount.Amount)
}

func (s msgServer) Undelegate(ctx context.Context, msg *types.MsgUndelegate) (*types.MsgUndelegateResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	delegator, err := s.k.bytesOf("delegator", msg.Delegator)
	if err != nil {
		return nil, err
	}
	participant, err := s.k.bytesOf("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	amount, _, err := s.k.Undelegate(ctx, msg.TaskId, participant, delegator)
	if err != nil {
		return nil, err
	}
	return &types.MsgUndelegateResponse{Amount: sdk.NewCoin(s.k.denom, amount)}, nil
}

func (s msgServer) CommitModel(ctx context.Context, msg *types.MsgCommitModel) (*types.MsgCommitModelResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	trainer, err := s.k.bytesOf("trainer", msg.Trainer)
	if err != nil {
		return nil, err
	}
	commitment, err := types.DecodeHash("commitment", msg.Commitment)
	if err != nil {
		return nil, err
	}
	id, err := s.k.CommitModel(ctx, msg.TaskId, trainer, commitment)
	if err != nil {
		return nil, err
	}
	return &types.MsgCommitModelResponse{SubmissionId: id}, nil
}

func (s msgServer) RevealModel(ctx context.Context, msg *types.MsgRevealModel) (*types.MsgRevealModelResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	trainer, err := s.k.bytesOf("trainer", msg.Trainer)
	if err != nil {
		return nil, err
	}
	reveal, err := types.ParseModelReveal(msg.ModelUri, msg.ModelHash, msg.Salt)
	if err != nil {
		return nil, err
	}
	dup, err := s.k.RevealModel(ctx, msg.TaskId, trainer, reveal)
	if err != nil {
		return nil, err
	}
	return &types.MsgRevealModelResponse{DuplicateOf: dup}, nil
}

func (s msgServer) CommitScores(ctx context.Context, msg *types.MsgCommitScores) (*types.MsgCommitScoresResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	val, err := s.k.bytesOf("validator", msg.Validator)
	if err != nil {
		return nil, err
	}
	commitment, err := types.DecodeHash("commitment", msg.Commitment)
	if err != nil {
		return nil, err
	}
	return &types.MsgCommitScoresResponse{}, s.k.CommitScores(ctx, msg.TaskId, val, commitment)
}

func (s msgServer) RevealScores(ctx context.Context, msg *types.MsgRevealScores) (*types.MsgRevealScoresResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	val, err := s.k.bytesOf("validator", msg.Validator)
	if err != nil {
		return nil, err
	}
	salt, err := types.DecodeSalt(msg.Salt)
	if err != nil {
		return nil, err
	}
	scores, err := types.ParseScores(msg.Scores, types.MaxScoreDecimals)
	if err != nil {
		return nil, err
	}
	return &types.MsgRevealScoresResponse{}, s.k.RevealScores(ctx, msg.TaskId, val, salt, scores)
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	authority, err := s.k.bytesOf("authority", msg.Authority)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(authority, s.k.authority) {
		return nil, types.ErrInvalidAuthority.Wrapf("%s may not change params; the authority is %s", msg.Authority, s.k.Authority())
	}
	return &types.MsgUpdateParamsResponse{}, s.k.SetParams(ctx, msg.Params)
}
