package alliance

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	alliancev1 "github.com/flockchain/flock/api/flock/alliance/v1"
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
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: alliancev1.Msg_ServiceDesc.ServiceName,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{
					RpcMethod: "CreateAlliance", Use: "create-alliance [title] [model-spec-uri] [initial-model-hash] [rounds] [min-participants] [max-participants] [min-stake] [reward-deposit] [proposer-ratio]",
					Short:          "Open an alliance, escrowing the reward deposit (phase durations and start time by flag)",
					PositionalArgs: pos("title", "model_spec_uri", "initial_model_hash", "rounds", "min_participants", "max_participants", "min_stake", "reward_deposit", "proposer_ratio"),
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"start_time":             {Usage: "when the alliance may start (RFC 3339); past or now: as soon as it fills"},
						"update_commit_duration": {Usage: "how long proposers commit to their updates, e.g. 10m"},
						"update_reveal_duration": {Usage: "how long proposers reveal their updates, e.g. 10m"},
						"vote_commit_duration":   {Usage: "how long voters commit to their verdicts, e.g. 10m"},
						"vote_reveal_duration":   {Usage: "how long voters reveal their verdicts (and the closing step lasts), e.g. 10m"},
					},
				},
				{RpcMethod: "JoinAlliance", Use: "join [alliance-id] [stake]", Short: "Join a pending alliance with a stake (e.g. 10000000000000000000aflock)", PositionalArgs: pos("alliance_id", "stake")},
				{RpcMethod: "LeaveAlliance", Use: "leave [alliance-id]", Short: "Leave a pending alliance; the stake comes back", PositionalArgs: pos("alliance_id")},
				{RpcMethod: "CommitUpdate", Use: "commit-update [alliance-id] [round] [commitment]", Short: "Commit to an update (hex sha256 of the update commitment)", PositionalArgs: pos("alliance_id", "round", "commitment")},
				{
					RpcMethod: "SubmitUpdate", Use: "submit-update [alliance-id] [round] [update-uri] [update-hash] [num-samples] [base-model-hash] [salt]",
					Short:          "Reveal a committed update",
					PositionalArgs: pos("alliance_id", "round", "update_uri", "update_hash", "num_samples", "base_model_hash", "salt"),
				},
				{RpcMethod: "CommitVote", Use: "commit-vote [alliance-id] [round] [commitment]", Short: "Commit to verdicts (hex sha256 of the vote commitment)", PositionalArgs: pos("alliance_id", "round", "commitment")},
				{
					RpcMethod: "RevealVote", Use: "reveal-vote [alliance-id] [round] [salt] [base-model-hash]",
					Short:          "Reveal committed verdicts (--verdicts '{\"proposer\":\"flock1…\",\"verdict\":1,\"metric\":\"0.42\"}' once per update)",
					PositionalArgs: pos("alliance_id", "round", "salt", "base_model_hash"),
					FlagOptions:    map[string]*autocliv1.FlagOptions{"verdicts": {Usage: "one verdict per update of the round but your own, as JSON: proposer, verdict (1 or -1), metric"}},
				},
				{RpcMethod: "ReportModel", Use: "report-model [alliance-id] [model-hash]", Short: "Report the final global model's hash while the alliance closes", PositionalArgs: pos("alliance_id", "model_hash")},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}
