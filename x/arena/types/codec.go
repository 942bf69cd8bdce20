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
	legacy.RegisterAminoMsg(cdc, &MsgCreateTask{}, "flock/x/arena/MsgCreateTask")
	legacy.RegisterAminoMsg(cdc, &MsgOpenValidation{}, "flock/x/arena/MsgOpenValidation")
	legacy.RegisterAminoMsg(cdc, &MsgCancelTask{}, "flock/x/arena/MsgCancelTask")
	legacy.RegisterAminoMsg(cdc, &MsgJoinTask{}, "flock/x/arena/MsgJoinTask")
	legacy.RegisterAminoMsg(cdc, &MsgDelegate{}, "flock/x/arena/MsgDelegate")
	legacy.RegisterAminoMsg(cdc, &MsgUndelegate{}, "flock/x/arena/MsgUndelegate")
	legacy.RegisterAminoMsg(cdc, &MsgCommitModel{}, "flock/x/arena/MsgCommitModel")
	legacy.RegisterAminoMsg(cdc, &MsgRevealModel{}, "flock/x/arena/MsgRevealModel")
	legacy.RegisterAminoMsg(cdc, &MsgCommitScores{}, "flock/x/arena/MsgCommitScores")
	legacy.RegisterAminoMsg(cdc, &MsgRevealScores{}, "flock/x/arena/MsgRevealScores")
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "flock/x/arena/MsgUpdateParams")
	cdc.RegisterConcrete(&Params{}, "flock/x/arena/Params", nil)
}

// RegisterInterfaces registers the messages with the interface registry.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgCreateTask{}, &MsgOpenValidation{}, &MsgCancelTask{}, &MsgJoinTask{}, &MsgDelegate{},
		&MsgUndelegate{}, &MsgCommitModel{}, &MsgRevealModel{}, &MsgCommitScores{}, &MsgRevealScores{}, &MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
