// Package cli holds the x/rewards tx command autocli cannot express: a claim whose Base
// recipient is checked before anything is signed. autocli adds the others to the same `rewards`
// command (EnhanceCustomCommand).
package cli

import (
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"

	"github.com/flockchain/flock/x/rewards/types"
)

const flagBaseRecipient = "base-recipient"

// GetTxCmd returns the `rewards` tx command with the custom commands; autocli adds the rest.
func GetTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "Transactions of the reward pool (x/rewards)",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(claimCmd())
	return cmd
}

func claimCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "claim",
		Short: "Claim all rewards of --from, minus the claim fee; with --base-recipient, straight into a bridge withdrawal to Base",
		Long: `Pays the whole claimable balance of --from, minus the claim fee, to its account. With
--base-recipient the claim goes straight into a bridge withdrawal to that Base address: it is
burned into the bridge's queue and paid on Base by a later settlement (it must lie within the
bridge's min_withdrawal and max_settlement_total, or nothing is claimed).`,
		Example: `flockd tx rewards claim --from alice
flockd tx rewards claim --base-recipient 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 --from alice`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			msg, err := claimMsg(clientCtx.GetFromAddress().String(), cmd)
			if err != nil {
				return err
			}
			// GenerateOrBroadcastTxCLI runs ValidateBasic (the recipient's form) before signing
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	cmd.Flags().String(flagBaseRecipient, "", "a Base address (0x + 40 hex digits) to claim to: the claim becomes a bridge withdrawal paid there by a later settlement")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func claimMsg(owner string, cmd *cobra.Command) (*types.MsgClaimRewards, error) {
	to, err := cmd.Flags().GetString(flagBaseRecipient)
	if err != nil {
		return nil, err
	}
	return &types.MsgClaimRewards{Owner: owner, BaseRecipient: to}, nil
}
