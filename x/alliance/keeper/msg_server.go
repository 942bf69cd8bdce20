package keeper

import (
	"bytes"
	"context"

	"github.com/flockchain/flock/x/alliance/types"
)

// msgServer checks each message on its own (ValidateBasic, which CheckTx already ran before
// any fee was taken), converts its addresses and hashes, and calls the keeper's API.
type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the x/alliance Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

func (s msgServer) CreateAlliance(ctx context.Context, msg *types.MsgCreateAlliance) (*types.MsgCreateAllianceResponse, error) {
	if err := msg.ValidateBasic(); err != nil { // again: authz and gov paths skip CheckTx
		return nil, err
	}
	creator, err := s.k.bytesOf("creator", msg.Creator)
	if err != nil {
		return nil, err
	}
	id, err := s.k.CreateAlliance(ctx, creator, msg)
	if err != nil {
		return nil, err
	}
	return &types.MsgCreateAllianceResponse{AllianceId: id}, nil
}

func (s msgServer) JoinAlliance(ctx context.Context, msg *types.MsgJoinAlliance) (*types.MsgJoinAllianceResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	return &types.MsgJoinAllianceResponse{}, s.k.JoinAlliance(ctx, who, msg.AllianceId, msg.Stake)
}

func (s msgServer) LeaveAlliance(ctx context.Context, msg *types.MsgLeaveAlliance) (*types.MsgLeaveAllianceResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	who, err := s.k.bytesOf("participant", msg.Participant)
	if err != nil {
		return nil, err
	}
	return &types.MsgLeaveAllianceResponse{}, s.k.LeaveAlliance(ctx, who, msg.AllianceId)
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
