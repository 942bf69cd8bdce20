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
	legacy.RegisterAminoMsg(cdc, &MsgRegisterOrchestrator{}, "flock/x/bridge/MsgRegisterOrchestrator")
	legacy.RegisterAminoMsg(cdc, &MsgAttestEvents{}, "flock/x/bridge/MsgAttestEvents")
	legacy.RegisterAminoMsg(cdc, &MsgConfirmValset{}, "flock/x/bridge/MsgConfirmValset")
	legacy.RegisterAminoMsg(cdc, &MsgConfirmSettlement{}, "flock/x/bridge/MsgConfirmSettlement")
	legacy.RegisterAminoMsg(cdc, &MsgWithdraw{}, "flock/x/bridge/MsgWithdraw")
	legacy.RegisterAminoMsg(cdc, &MsgCancelWithdraw{}, "flock/x/bridge/MsgCancelWithdraw")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitBadSignatureEvidence{}, "flock/x/bridge/MsgBadSigEvidence")
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "flock/x/bridge/MsgUpdateParams")
	cdc.RegisterConcrete(&Params{}, "flock/x/bridge/Params", nil)
}

// RegisterInterfaces registers the messages with the interface registry.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgRegisterOrchestrator{},
		&MsgAttestEvents{},
		&MsgConfirmValset{},
		&MsgConfirmSettlement{},
		&MsgWithdraw{},
		&MsgCancelWithdraw{},
		&MsgSubmitBadSignatureEvidence{},
		&MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
