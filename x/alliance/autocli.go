package alliance

import (
	"github.com/spf13/cobra"

	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	alliancev1 "github.com/flockchain/flock/api/flock/alliance/v1"
	"github.com/flockchain/flock/x/alliance/client/cli"
)

func pos(fields ...string) []*autocliv1.PositionalArgDescriptor {
	out := make([]*autocliv1.PositionalArgDescriptor, len(fields))
	for i, f := range fields {
		out[i] = &autocliv1.PositionalArgDescriptor{ProtoField: f}
	}
	return out
}

// AutoCLIOptions gives every query and message a `flockd q alliance …` / `flockd tx
// alliance …` command with positional arguments.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: alliancev1.Query_ServiceDesc.ServiceName,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the x/alliance params"},
				{RpcMethod: "Alliance", Use: "alliance [alliance-id]", Short: "Show an alliance: status, phase, round, phase end, pool, model hashes", PositionalArgs: pos("alliance_id")},
				{RpcMethod: "Alliances", Use: "alliances", Short: "List alliances (--status pending|running|finished|cancelled)"},
				{RpcMethod: "Participants", Use: "participants [alliance-id]", Short: "List an alliance's participants", PositionalArgs: pos("alliance_id")},
				{RpcMethod: "Round", Use: "round [alliance-id] [round]", Short: "Show a round: deadlines, counts, result, recorded model hash", PositionalArgs: pos("alliance_id", "round")},
				{RpcMethod: "Roles", Use: "roles [alliance-id] [round]", Short: "List a round's proposers and voters (round 0: the current one)", PositionalArgs: pos("alliance_id", "round")},
				{RpcMethod: "Updates", Use: "updates [alliance-id] [round]", Short: "List a round's updates in FedAvg order, with their outcome", PositionalArgs: pos("alliance_id", "round")},
				{RpcMethod: "Vote", Use: "vote [alliance-id] [round] [voter]", Short: "Show a voter's vote of a round", PositionalArgs: pos("alliance_id", "round", "voter")},
				{RpcMethod: "ModelReports", Use: "model-reports [alliance-id] [round]", Short: "List the hashes reported for a round's base model and their stake", PositionalArgs: pos("alliance_id", "round")},
				{RpcMethod: "Contributors", Use: "contributors [alliance-id]", Short: "List the participants with accepted updates and the final model hash", PositionalArgs: pos("alliance_id")},
				{RpcMethod: "Settlement", Use: "settlement [alliance-id]", Short: "Show how far a settling round has come", PositionalArgs: pos("alliance_id")},
			},
		},
		// The `alliance` tx command is client/cli's (GetTxCmd): every message is written by
		// hand there so that ValidateBasic runs before signing (autocli's dynamic messages skip
		// it), amounts take FLOCK and commitments are computed locally.
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              alliancev1.Msg_ServiceDesc.ServiceName,
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "CreateAlliance", Skip: true},
				{RpcMethod: "JoinAlliance", Skip: true},
				{RpcMethod: "LeaveAlliance", Skip: true},
				{RpcMethod: "CommitUpdate", Skip: true},
				{RpcMethod: "SubmitUpdate", Skip: true},
				{RpcMethod: "CommitVote", Skip: true},
				{RpcMethod: "RevealVote", Skip: true},
				{RpcMethod: "ReportModel", Skip: true},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}

// GetTxCmd is the module's own `alliance` tx command (client/cli).
func (AppModule) GetTxCmd() *cobra.Command { return cli.GetTxCmd() }
