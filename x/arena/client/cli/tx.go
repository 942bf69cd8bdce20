// Package cli holds the x/arena tx commands that autocli cannot express: amounts in FLOCK,
// roles by name, and model and score commitments computed and kept locally. autocli adds the others
// to the same `arena` command (EnhanceCustomCommand).
package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/internal/cliamount"
	"github.com/flockchain/flock/x/arena/types"
)

const (
	flagDescription        = "description"
	flagLowerIsBetter      = "lower-is-better"
	flagSubmissionDuration = "submission-duration"
	flagValidationDuration = "validation-duration"
	flagRevealDuration     = "reveal-duration"
	flagRewardBonus        = "reward-bonus"

	amountHelp = cliamount.Help
)

// GetTxCmd returns the `arena` tx command with the custom commands; autocli adds the rest.
func GetTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "Transactions of the AI Arena (x/arena)",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(createTaskCmd(), joinCmd(), delegateCmd(), commitModelCmd(), revealModelCmd(), commitScoresCmd(), revealScoresCmd())
	return cmd
}

// sendMsg signs and broadcasts one message. GenerateOrBroadcastTxCLI runs ValidateBasic
// first, so a malformed message is refused before anything is signed.
func sendMsg(cmd *cobra.Command, build func(clientCtx client.Context, from string) (sdk.Msg, error)) error {
	clientCtx, from, err := signer(cmd)
	if err != nil {
		return err
	}
	msg, err := build(clientCtx, from)
	if err != nil {
		return err
	}
	return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
}

// sendTaskMsg is sendMsg for a message about the task whose id is the first argument.
func sendTaskMsg(cmd *cobra.Command, args []string, build func(clientCtx client.Context, from string, taskID uint64) (sdk.Msg, error)) error {
	taskID, err := parseTaskID(args[0])
	if err != nil {
		return err
	}
	return sendMsg(cmd, func(clientCtx client.Context, from string) (sdk.Msg, error) { return build(clientCtx, from, taskID) })
}

func createTaskCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "create-task [title] [train-data-uri] [train-data-hash] [validation-data-hash] [metric] [stake]",
		Short: "Create a task, escrowing a stake (e.g. 3000flock)",
		Long: `Create a task. The hashes are the sha256 of the training and validation files, in hex
(sha256sum prints them). The stake is ` + amountHelp + `. The phase durations are required
and must lie within the params' min_phase_duration and max_phase_duration.`,
		Example: `flockd tx arena create-task digits https://data/train.csv <sha256> <sha256> cross-entropy 3000flock \
  --lower-is-better --submission-duration 72h --validation-duration 24h --reveal-duration 12h --reward-bonus 1000flock --from alice`,
		Args: cobra.ExactArgs(6),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendMsg(cmd, func(clientCtx client.Context, from string) (sdk.Msg, error) {
				stake, err := cliamount.Parse(clientCtx, "stake", args[5])
				if err != nil {
					return nil, err
				}
				bonus, err := cliamount.Parse(clientCtx, "reward bonus", stringFlag(cmd, flagRewardBonus))
				if err != nil {
					return nil, err
				}
				description := stringFlag(cmd, flagDescription)
				lower, _ := cmd.Flags().GetBool(flagLowerIsBetter)
				msg := &types.MsgCreateTask{Creator: from, Title: args[0], Description: description, TrainDataUri: args[1],
					TrainDataHash: args[2], ValidationDataHash: args[3], Metric: args[4], LowerIsBetter: lower, Stake: stake, RewardBonus: bonus}
				for _, ph := range []struct {
					flag string
					d    *time.Duration
				}{{flagSubmissionDuration, &msg.SubmissionDuration}, {flagValidationDuration, &msg.ValidationDuration}, {flagRevealDuration, &msg.RevealDuration}} {
					if *ph.d, err = cmd.Flags().GetDuration(ph.flag); err != nil {
						return nil, err
					}
				}
				return msg, nil
			})
		},
	}
	cmd.Flags().String(flagDescription, "", "what the task is about, up to 4096 bytes")
	cmd.Flags().Bool(flagLowerIsBetter, false, "the metric improves as it decreases (a loss); without it, higher is better (an accuracy)")
	cmd.Flags().Duration(flagSubmissionDuration, 0, "how long trainers may join and submit models, e.g. 72h (required)")
	cmd.Flags().Duration(flagValidationDuration, 0, "how long validators may commit scores once validation opens, e.g. 24h (required)")
	cmd.Flags().Duration(flagRevealDuration, 0, "how long validators may reveal their scores after that, e.g. 12h (required)")
	cmd.Flags().String(flagRewardBonus, "0"+sdk.DefaultBondDenom, "added to the task's reward pool, "+amountHelp)
	for _, f := range []string{flagSubmissionDuration, flagValidationDuration, flagRevealDuration} {
		_ = cmd.MarkFlagRequired(f)
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func stringFlag(cmd *cobra.Command, flag string) string {
	s, _ := cmd.Flags().GetString(flag)
	return s
}

// parseRole accepts trainer or validator in any case, with or without the ROLE_ prefix.
func parseRole(s string) (types.Role, error) {
	name := strings.TrimPrefix(strings.ToUpper(s), "ROLE_")
	switch r := types.Role(types.Role_value["ROLE_"+name]); r {
	case types.ROLE_TRAINER, types.ROLE_VALIDATOR:
		return r, nil
	}
	return 0, fmt.Errorf("role %q: want trainer or validator", s)
}

func joinCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "join [task-id] [trainer|validator] [stake] [sigma]",
		Short: "Join a task as trainer or validator with a stake (e.g. 3000flock)",
		Long: `Join an open task in one role: trainer (submits models) or validator (scores them).
The stake, ` + amountHelp + `, must reach the role's minimum
(min_trainer_stake or min_validator_stake). sigma is the share of your reward you keep
before your delegators are paid, a decimal within the params' [min_sigma, max_sigma].`,
		Example: `flockd tx arena join 1 validator 3000flock 0.5 --from bob`,
		Args:    cobra.ExactArgs(4),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendTaskMsg(cmd, args, func(clientCtx client.Context, from string, taskID uint64) (sdk.Msg, error) {
				role, err := parseRole(args[1])
				if err != nil {
					return nil, err
				}
				stake, err := cliamount.Parse(clientCtx, "stake", args[2])
				if err != nil {
					return nil, err
				}
				sigma, err := math.LegacyNewDecFromStr(args[3])
				if err != nil {
					return nil, types.ErrInvalidSigma.Wrapf("sigma %q: want a decimal such as 0.5", args[3])
				}
				return &types.MsgJoinTask{Participant: from, TaskId: taskID, Role: role, Stake: stake, Sigma: sigma}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func delegateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "delegate [task-id] [participant] [amount]",
		Short: "Delegate to a participant of an open task (e.g. 500flock)",
		Long: `Adds an amount, ` + amountHelp + `, to a participant's
effective stake; withdraw it with undelegate once the task is finalised or cancelled.`,
		Example: `flockd tx arena delegate 1 flock1... 500flock --from carol`,
		Args:    cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendTaskMsg(cmd, args, func(clientCtx client.Context, from string, taskID uint64) (sdk.Msg, error) {
				amount, err := cliamount.Parse(clientCtx, "amount", args[2])
				if err != nil {
					return nil, err
				}
				return &types.MsgDelegate{Delegator: from, TaskId: taskID, Participant: args[1], Amount: amount}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func parseTaskID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("task id %q is not a whole number", s)
	}
	return id, nil
}

// signer returns the tx context and the --from address in its canonical form.
func signer(cmd *cobra.Command) (client.Context, string, error) {
	clientCtx, err := client.GetClientTxContext(cmd)
	if err != nil {
		return clientCtx, "", err
	}
	if clientCtx.GetFromAddress().Empty() {
		return clientCtx, "", fmt.Errorf("--%s is required: the key that signs", flags.FlagFrom)
	}
	return clientCtx, clientCtx.GetFromAddress().String(), nil
}
