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
	legacy.RegisterAminoMsg(cdc, &MsgCreateAlliance{}, "flock/x/alliance/MsgCreateAlliance")
	legacy.RegisterAminoMsg(cdc, &MsgJoinAlliance{}, "flock/x/alliance/MsgJoinAlliance")
	legacy.RegisterAminoMsg(cdc, &MsgLeaveAlliance{}, "flock/x/alliance/MsgLeaveAlliance")
	legacy.RegisterAminoMsg(cdc, &MsgCommitUpdate{}, "flock/x/alliance/MsgCommitUpdate")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitUpdate{}, "flock/x/alliance/MsgSubmitUpdate")
	legacy.RegisterAminoMsg(cdc, &MsgCommitVote{}, "flock/x/alliance/MsgCommitVote")
	legacy.RegisterAminoMsg(cdc, &MsgRevealVote{}, "flock/x/alliance/MsgRevealVote")
	legacy.RegisterAminoMsg(cdc, &MsgReportModel{}, "flock/x/alliance/MsgReportModel")
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "flock/x/alliance/MsgUpdateParams")
	cdc.RegisterConcrete(&Params{}, "flock/x/alliance/Params", nil)
}

// RegisterInterfaces registers the messages with the interface registry.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgCreateAlliance{}, &MsgJoinAlliance{}, &MsgLeaveAlliance{}, &MsgCommitUpdate{}, &MsgSubmitUpdate{},
		&MsgCommitVote{}, &MsgRevealVote{}, &MsgReportModel{}, &MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
