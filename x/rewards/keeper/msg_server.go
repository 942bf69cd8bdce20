package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the x/rewards Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

func (s msgServer) FundPool(ctx context.Context, msg *types.MsgFundPool) (*types.MsgFundPoolResponse, error) {
	funder, err := s.k.addressCodec.StringToBytes(msg.Funder)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidAddress, "funder %q: %v", msg.Funder, err)
	}
	if err := s.k.validateAmount(msg.Amount); err != nil {
		return nil, err
	}
	if err := s.k.FundPool(ctx, funder, msg.Amount.Amount); err != nil {
		return nil, err
	}
	return &types.MsgFundPoolResponse{}, nil
}

func (s msgServer) ClaimRewards(ctx context.Context, msg *types.MsgClaimRewards) (*types.MsgClaimRewardsResponse, error) {
	owner, err := s.k.addressCodec.StringToBytes(msg.Owner)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidAddress, "owner %q: %v", msg.Owner, err)
	}
	if msg.BaseRecipient != "" {
		if err := types.CheckBaseAddress("base_recipient", msg.BaseRecipient); err != nil {
			return nil, err
		}
		paid, fee, id, err := s.k.ClaimToBase(ctx, owner, msg.BaseRecipient)
		if err != nil {
			return nil, err
		}
		return &types.MsgClaimRewardsResponse{Paid: paid, Fee: fee, WithdrawalId: id}, nil
	}
	paid, fee, err := s.k.Claim(ctx, owner)
	if err != nil {
		return nil, err
	}
	return &types.MsgClaimRewardsResponse{Paid: paid, Fee: fee}, nil
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
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventParamsUpdated{Authority: msg.Authority}); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, nil
}

// validateAmount accepts a positive amount of the pool's denom only.
func (k Keeper) validateAmount(c sdk.Coin) error {
	if c.Denom != k.denom {
		return errorsmod.Wrapf(types.ErrWrongDenom, "amount %s: the pool holds %s only", c, k.denom)
	}
	if c.Amount.IsNil() || !c.Amount.IsPositive() {
		return errorsmod.Wrapf(types.ErrInvalidAmount, "amount %s must be positive", c)
	}
	return nil
}
