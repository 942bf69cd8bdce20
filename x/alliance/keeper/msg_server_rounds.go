package keeper

import (
	"context"

	"github.com/flockchain/flock/x/alliance/types"
)

func (s msgServer) CommitUpdate(ctx context.Context, msg *types.MsgCommitUpdate) (*types.MsgCommitUpdateResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("proposer", msg.Proposer)
	if err != nil {
		return nil, err
	}
	c, err := types.DecodeHash("commitment", msg.Commitment)
	if err != nil {
		return nil, err
	}
	return &types.MsgCommitUpdateResponse{}, s.k.CommitUpdate(ctx, who, msg.AllianceId, msg.Round, c)
}

func (s msgServer) SubmitUpdate(ctx context.Context, msg *types.MsgSubmitUpdate) (*types.MsgSubmitUpdateResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("proposer", msg.Proposer)
	if err != nil {
		return nil, err
	}
	return &types.MsgSubmitUpdateResponse{}, s.k.SubmitUpdate(ctx, who, msg)
}

func (s msgServer) CommitVote(ctx context.Context, msg *types.MsgCommitVote) (*types.MsgCommitVoteResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("voter", msg.Voter)
	if err != nil {
		return nil, err
	}
	c, err := types.DecodeHash("commitment", msg.Commitment)
	if err != nil {
		return nil, err
	}
	return &types.MsgCommitVoteResponse{}, s.k.CommitVote(ctx, who, msg.AllianceId, msg.Round, c)
}

func (s msgServer) RevealVote(ctx context.Context, msg *types.MsgRevealVote) (*types.MsgRevealVoteResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("voter", msg.Voter)
	if err != nil {
		return nil, err
	}
	return &types.MsgRevealVoteResponse{}, s.k.RevealVote(ctx, who, msg)
}

func (s msgServer) ReportModel(ctx context.Context, msg *types.MsgReportModel) (*types.MsgReportModelResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	h, err := types.DecodeHash("model_hash", msg.ModelHash)
	if err != nil {
		return nil, err
	}
	return &types.MsgReportModelResponse{}, s.k.ReportModel(ctx, who, msg.AllianceId, h)
}
