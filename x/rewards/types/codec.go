package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/legacy"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the amino names of the messages, for Ledger signing.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	legacy.RegisterAminoMsg(cdc, &MsgFundPool{}, "flock/x/rewards/MsgFundPool")
	legacy.RegisterAminoMsg(cdc, &MsgClaimRewards{}, "flock/x/rewards/MsgClaimRewards")
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "flock/x/rewards/MsgUpdateParams")
	cdc.RegisterConcrete(&Params{}, "flock/x/rewards/Params", nil)
}

// RegisterInterfaces registers the messages with the interface registry.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgFundPool{},
		&MsgClaimRewards{},
		&MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
