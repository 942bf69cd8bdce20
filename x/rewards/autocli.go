package rewards

import (
	"github.com/spf13/cobra"

	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	rewardsv1 "github.com/flockchain/flock/api/flock/rewards/v1"
	"github.com/flockchain/flock/x/rewards/client/cli"
)

// AutoCLIOptions gives every query and message a `flockd q rewards …` / `flockd tx rewards …`
// command with positional arguments.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: rewardsv1.Query_ServiceDesc.ServiceName,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the x/rewards params"},
				{RpcMethod: "Pool", Use: "pool", Short: "Show the reward pool, what is claimable and what waits to be credited"},
				{RpcMethod: "CurrentEpoch", Use: "current-epoch", Alias: []string{"epoch-now"}, Short: "Show the epoch in progress, its boundary and the next emission"},
				{RpcMethod: "Epochs", Use: "epochs", Short: "List the records of past epochs"},
				{
					RpcMethod: "Epoch", Use: "epoch [number]", Short: "Show the record of one past epoch",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "number"}},
				},
				{
					RpcMethod: "Claimable", Use: "claimable [address]", Short: "Show an address's claimable rewards",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "address"}},
				},
				{RpcMethod: "Sinks", Use: "sinks", Short: "List the modules that earn emission"},
			},
		},
		// The `rewards` tx command is client/cli's (GetTxCmd): claim; autocli adds the rest to it.
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              rewardsv1.Msg_ServiceDesc.ServiceName,
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{
					RpcMethod: "FundPool", Use: "fund-pool [amount]", Short: "Add aflock to the reward pool from --from",
					Example:        "flockd tx rewards fund-pool 1000000000000000000000aflock --from alice",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "amount"}},
				},
				{RpcMethod: "ClaimRewards", Skip: true}, // client/cli: checks --base-recipient before signing
				{RpcMethod: "UpdateParams", Skip: true}, // governance only: submit with `flockd tx gov submit-proposal`
			},
		},
	}
}

// GetTxCmd is the module's own `rewards` tx command; autocli completes it (see AutoCLIOptions).
func (AppModule) GetTxCmd() *cobra.Command { return cli.GetTxCmd() }
