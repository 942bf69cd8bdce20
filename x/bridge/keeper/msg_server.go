package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

type msgServer struct{ k Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/bridge Msg service. Each handler runs the message's stateless
// checks, converts its strings to typed values and calls one public keeper method.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k} }

func (s msgServer) RegisterOrchestrator(ctx context.Context, msg *types.MsgRegisterOrchestrator) (*types.MsgRegisterOrchestratorResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	val, _ := s.k.valCodec.StringToBytes(msg.Validator)
	orch, _ := s.k.addressCodec.StringToBytes(msg.Orchestrator)
	eth, _ := types.ParseEthAddress("eth address", msg.EthAddress)
	sig, _ := types.ParseSignature("eth signature", msg.EthSignature)
	if err := s.k.RegisterOrchestrator(ctx, val, orch, eth, sig); err != nil {
		return nil, err
	}
	return &types.MsgRegisterOrchestratorResponse{}, nil
}

func (s msgServer) AttestEvents(ctx context.Context, msg *types.MsgAttestEvents) (*types.MsgAttestEventsResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	orch, _ := s.k.addressCodec.StringToBytes(msg.Orchestrator)
	last, err := s.k.AttestEvents(ctx, orch, msg.Events)
	if err != nil {
		return nil, err
	}
	return &types.MsgAttestEventsResponse{LastAttestedNonce: last}, nil
}

func (s msgServer) ConfirmValset(ctx context.Context, msg *types.MsgConfirmValset) (*types.MsgConfirmValsetResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	orch, _ := s.k.addressCodec.StringToBytes(msg.Orchestrator)
	sig, _ := types.ParseSignature("signature", msg.Signature)
	if err := s.k.ConfirmValset(ctx, orch, msg.Nonce, sig); err != nil {
		return nil, err
	}
	return &types.MsgConfirmValsetResponse{}, nil
}

func (s msgServer) ConfirmSettlement(ctx context.Context, msg *types.MsgConfirmSettlement) (*types.MsgConfirmSettlementResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	orch, _ := s.k.addressCodec.StringToBytes(msg.Orchestrator)
	sig, _ := types.ParseSignature("signature", msg.Signature)
	if err := s.k.ConfirmSettlement(ctx, orch, msg.Epoch, sig); err != nil {
		return nil, err
	}
	return &types.MsgConfirmSettlementResponse{}, nil
}

func (s msgServer) Withdraw(ctx context.Context, msg *types.MsgWithdraw) (*types.MsgWithdrawResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	if msg.Amount.Denom != s.k.denom {
		return nil, errorsmod.Wrapf(types.ErrInvalidAmount, "amount %s: only %s can be withdrawn to Base", msg.Amount, s.k.denom)
	}
	sender, _ := s.k.addressCodec.StringToBytes(msg.Sender)
	recipient, _ := types.ParseEthAddress("base recipient", msg.BaseRecipient)
	id, err := s.k.Withdraw(ctx, sender, recipient, msg.Amount.Amount, types.WITHDRAWAL_KIND_WITHDRAW)
	if err != nil {
		return nil, err
	}
	return &types.MsgWithdrawResponse{Id: id}, nil
}

func (s msgServer) CancelWithdraw(ctx context.Context, msg *types.MsgCancelWithdraw) (*types.MsgCancelWithdrawResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	sender, _ := s.k.addressCodec.StringToBytes(msg.Sender)
	if err := s.k.CancelWithdraw(ctx, sender, msg.Id); err != nil {
		return nil, err
	}
	return &types.MsgCancelWithdrawResponse{}, nil
}

func (s msgServer) SubmitBadSignatureEvidence(ctx context.Context, msg *types.MsgSubmitBadSignatureEvidence) (*types.MsgSubmitBadSignatureEvidenceResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	sig, _ := types.ParseSignature("signature", msg.Signature)
	val, err := s.k.SubmitBadSignatureEvidence(ctx, msg, sig)
	if err != nil {
		return nil, err
	}
	return &types.MsgSubmitBadSignatureEvidenceResponse{Validator: val}, nil
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	if msg.Authority != s.k.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "%s may not change x/bridge params; the authority is %s", msg.Authority, s.k.authority)
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventParamsUpdated{Authority: msg.Authority})
}
