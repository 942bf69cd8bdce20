package arena

import (
	"github.com/spf13/cobra"

	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	arenav1 "github.com/flockchain/flock/api/flock/arena/v1"
	"github.com/flockchain/flock/x/arena/client/cli"
)

func pos(fields ...string) []*autocliv1.PositionalArgDescriptor {
	out := make([]*autocliv1.PositionalArgDescriptor, len(fields))
	for i, f := range fields {
		out[i] = &autocliv1.PositionalArgDescriptor{ProtoField: f}
	}
	return out
}

// AutoCLIOptions gives every query and message a `flockd q arena …` / `flockd tx arena …`
// command with positional arguments.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: arenav1.Query_ServiceDesc.ServiceName,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the x/arena params"},
				{RpcMethod: "Task", Use: "task [task-id]", Short: "Show a task", PositionalArgs: pos("task_id")},
				{RpcMethod: "Tasks", Use: "tasks", Short: "List tasks (--status open|validation|finalized|cancelled)"},
				{RpcMethod: "Participants", Use: "participants [task-id]", Short: "List a task's trainers and validators", PositionalArgs: pos("task_id")},
				{RpcMethod: "Delegations", Use: "delegations [task-id] [participant]", Short: "List delegations to a participant", PositionalArgs: pos("task_id", "participant")},
				{RpcMethod: "Submissions", Use: "submissions [task-id]", Short: "List a task's models", PositionalArgs: pos("task_id")},
				{RpcMethod: "Assignments", Use: "assignments [task-id] [validator]", Short: "List the submissions a validator scores", PositionalArgs: pos("task_id", "validator")},
				{RpcMethod: "Leaderboard", Use: "leaderboard [task-id]", Short: "Show a finalised task's ranking", PositionalArgs: pos("task_id")},
				{RpcMethod: "Results", Use: "results [task-id]", Short: "Show what each participant got", PositionalArgs: pos("task_id")},
				{RpcMethod: "Settlement", Use: "settlement [task-id]", Short: "Show how far a settling task's settlement has come", PositionalArgs: pos("task_id")},
			},
		},
		// The `arena` tx command is client/cli's (GetTxCmd): create-task, join, delegate,
		// commit-scores and reveal-scores are written by hand there (FLOCK amounts, roles by
		// name, commitments computed and kept locally); autocli adds the others to it.
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              arenav1.Msg_ServiceDesc.ServiceName,
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "CreateTask", Skip: true},
				{RpcMethod: "JoinTask", Skip: true},
				{RpcMethod: "Delegate", Skip: true},
				{RpcMethod: "CommitScores", Skip: true},
				{RpcMethod: "RevealScores", Skip: true},
				{RpcMethod: "CommitModel", Skip: true},
				{RpcMethod: "RevealModel", Skip: true},
				{RpcMethod: "OpenValidation", Use: "open-validation [task-id] [validation-data-uri]", Short: "Reveal the validation data and assign validators", PositionalArgs: pos("task_id", "validation_data_uri")},
				{RpcMethod: "CancelTask", Use: "cancel-task [task-id]", Short: "Cancel a task nobody joined", PositionalArgs: pos("task_id")},
				{RpcMethod: "Undelegate", Use: "undelegate [task-id] [participant]", Short: "Withdraw a delegation after the task ended", PositionalArgs: pos("task_id", "participant")},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}

// GetTxCmd is the module's own `arena` tx command; autocli completes it (see AutoCLIOptions).
func (AppModule) GetTxCmd() *cobra.Command { return cli.GetTxCmd() }
