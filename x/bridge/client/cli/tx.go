// Package cli holds the x/bridge tx commands a person types: amounts in FLOCK, an orchestrator
// registration signed with the eth key here, and every message checked before signing. autocli adds the others to the same
// `bridge` command (EnhanceCustomCommand).
package cli

import (
	"crypto/ecdsa"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/ethkey"
	"github.com/flockchain/flock/internal/cliamount"
	"github.com/flockchain/flock/x/bridge/types"
)

const (
	flagEthKeyFile      = "eth-key-file"
	flagEthPasswordFile = "eth-password-file"
	flagEthKeyHexFile   = "eth-key-hex-file"
)

// GetTxCmd returns the `bridge` tx command with the custom commands; autocli adds the rest.
func GetTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "Transactions of the bridge to Base (x/bridge)",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(withdrawCmd(), cancelWithdrawCmd(), registerOrchestratorCmd())
	return cmd
}

func withdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw [base-recipient] [amount]",
		Short: "Burn FLOCK from --from into the withdrawal queue; a later settlement pays base-recipient on Base",
		Long: `Burns the amount, ` + cliamount.Help + `, from --from into the bridge's withdrawal
queue. At the next settlement it becomes a leaf of a Merkle tree the validators sign for Base;
once that settlement lands and its claim delay passes, anyone can claim it on Base for
base-recipient (flock-relayer claim, or the relayer's --push-claims). Until the settlement is
cut, cancel-withdraw gives it back. The amount must lie within the params' min_withdrawal and
max_settlement_total.`,
		Example: "flockd tx bridge withdraw 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 25flock --from alice",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			amount, err := cliamount.Parse(clientCtx, "amount", args[1])
			if err != nil {
				return err
			}
			msg := &types.MsgWithdraw{Sender: clientCtx.GetFromAddress().String(), BaseRecipient: args[0], Amount: amount}
			// GenerateOrBroadcastTxCLI runs ValidateBasic before signing
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func cancelWithdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cancel-withdraw [id]",
		Short: "Mint back a queued withdrawal of --from that is not in a settlement yet",
		Long: `Gives back a withdrawal (its id is in the withdraw transaction's response and in
'flockd q bridge withdrawals --sender <address>') as long as no settlement has taken it.`,
		Example: "flockd tx bridge cancel-withdraw 7 --from alice",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("withdrawal id %q: want a whole number", args[0])
			}
			msg := &types.MsgCancelWithdraw{Sender: clientCtx.GetFromAddress().String(), Id: id}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func registerOrchestratorCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "register-orchestrator [orchestrator]",
		Short: "Register (or rotate) the orchestrator account and eth key of the validator --from operates",
		Long: `Registers the account that will send the validator's bridge attestations and
confirmations, and the Ethereum key that signs for it on Base. The eth key signs a message naming
this chain, the validator and the orchestrator, proving it is held; the signature is made here.
The key comes from --eth-key-file (a go-ethereum keystore JSON, with --eth-password-file) or,
for development only, --eth-key-hex-file (a file holding the hex private key). --from must be
the validator's operator account. Registering again rotates the keys and makes a new valset.`,
		Example: "flockd tx bridge register-orchestrator flock1orch... --eth-key-file keystore.json --eth-password-file pw.txt --from val0",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx, err := client.GetClientTxContext(cmd)
			if err != nil {
				return err
			}
			key, err := LoadEthKey(cmd)
			if err != nil {
				return err
			}
			orchestrator, err := sdk.AccAddressFromBech32(args[0])
			if err != nil {
				return fmt.Errorf("orchestrator %q: %w", args[0], err)
			}
			msg, err := types.NewMsgRegisterOrchestrator(clientCtx.ChainID, sdk.ValAddress(clientCtx.GetFromAddress()), orchestrator, key)
			if err != nil {
				return err
			}
			return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
		},
	}
	AddEthKeyFlags(cmd)
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// AddEthKeyFlags adds the flags LoadEthKey reads.
func AddEthKeyFlags(cmd *cobra.Command) {
	cmd.Flags().String(flagEthKeyFile, "", "go-ethereum keystore JSON file of the orchestrator's eth key")
	cmd.Flags().String(flagEthPasswordFile, "", "file holding the keystore's password (empty password if not given)")
	cmd.Flags().String(flagEthKeyHexFile, "", "development only: file holding the eth private key in hex")
}

// LoadEthKey reads the eth key from the keystore or, for development, a hex file (the flags
// of AddEthKeyFlags).
func LoadEthKey(cmd *cobra.Command) (*ecdsa.PrivateKey, error) {
	keyFile, _ := cmd.Flags().GetString(flagEthKeyFile)
	hexFile, _ := cmd.Flags().GetString(flagEthKeyHexFile)
	switch {
	case keyFile != "" && hexFile != "":
		return nil, fmt.Errorf("give --%s or --%s, not both", flagEthKeyFile, flagEthKeyHexFile)
	case keyFile != "":
		pwFile, _ := cmd.Flags().GetString(flagEthPasswordFile)
		k, err := ethkey.LoadKeystore(keyFile, pwFile)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagEthKeyFile, err)
		}
		return k, nil
	case hexFile != "":
		k, err := ethkey.LoadHexFile(hexFile)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagEthKeyHexFile, err)
		}
		return k, nil
	}
	return nil, fmt.Errorf("no eth key: give --%s (keystore JSON) or, for development, --%s", flagEthKeyFile, flagEthKeyHexFile)
}
