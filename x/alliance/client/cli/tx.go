// Package cli holds the x/alliance tx commands. They are written by hand rather than left to
// autocli so that every message is checked (ValidateBasic) before anything is signed, amounts
// can be given in FLOCK, and commitments are computed locally from what will be revealed.
package cli

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/internal/cliamount"
	"github.com/flockchain/flock/x/alliance/types"
)

const (
	flagStartTime            = "start-time"
	flagUpdateCommitDuration = "update-commit-duration"
	flagUpdateRevealDuration = "update-reveal-duration"
	flagVoteCommitDuration   = "vote-commit-duration"
	flagVoteRevealDuration   = "vote-reveal-duration"
	flagClosingDuration      = "closing-duration"
	flagSalt                 = "salt"
)

// GetTxCmd returns the `alliance` tx command.
func GetTxCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        types.ModuleName,
		Short:                      "Transactions of FL Alliance (x/alliance)",
		DisableFlagParsing:         true,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(createCmd(), joinCmd(), leaveCmd(), commitUpdateCmd(), submitUpdateCmd(), commitVoteCmd(), revealVoteCmd(), reportModelCmd())
	return cmd
}

// send signs and broadcasts one message after its ValidateBasic (GenerateOrBroadcastTxCLI
// runs it first, also with --generate-only), so a malformed message is refused before
// anything is signed.
func send(cmd *cobra.Command, build func(clientCtx client.Context, from string) (sdk.Msg, error)) error {
	clientCtx, err := client.GetClientTxContext(cmd)
	if err != nil {
		return err
	}
	if clientCtx.GetFromAddress().Empty() {
		return fmt.Errorf("--%s is required: the key that signs", flags.FlagFrom)
	}
	msg, err := build(clientCtx, clientCtx.GetFromAddress().String())
	if err != nil {
		return err
	}
	return tx.GenerateOrBroadcastTxCLI(clientCtx, cmd.Flags(), msg)
}

func parseUint(field, s string, bits int) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%s %q is not a whole number", field, s)
	}
	return v, nil
}

// idRound reads the alliance id and round of the first two arguments.
func idRound(args []string) (uint64, uint32, error) {
	id, err := parseUint("alliance id", args[0], 64)
	if err != nil {
		return 0, 0, err
	}
	r, err := parseUint("round", args[1], 32)
	return id, uint32(r), err
}

// saltFlag is the --salt given, or a fresh random one, printed to stderr: the reveal needs it.
func saltFlag(cmd *cobra.Command) (string, []byte, error) {
	s, _ := cmd.Flags().GetString(flagSalt)
	if s == "" {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return "", nil, err
		}
		s = hex.EncodeToString(b)
		fmt.Fprintf(cmd.ErrOrStderr(), "salt %s (keep it: the reveal needs it)\n", s)
	}
	b, err := types.DecodeSalt(s)
	return s, b, err
}

func createCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "create-alliance [title] [model-spec-uri] [initial-model-hash] [rounds] [min-participants] [max-participants] [min-stake] [reward-deposit] [proposer-ratio]",
		Short: "Open an alliance, escrowing the reward deposit (e.g. 1000flock)",
		Long: `Open an alliance for joining. The initial model hash is the sha256 of the initial
global model, hex. min-stake and reward-deposit are ` + cliamount.Help + `. proposer-ratio is
a decimal in (0, 1]; 1 means every participant proposes and judges the others' updates.
The four phase durations are required and must lie within the params' bounds.` + hashHelp,
		Example: `flockd tx alliance create-alliance digits https://spec/digits.json initial-model.bin 5 4 10 100flock 1000flock 1 \
  --update-commit-duration 10m --update-reveal-duration 10m --vote-commit-duration 10m --vote-reveal-duration 10m --from alice`,
		Args: cobra.ExactArgs(9),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(clientCtx client.Context, from string) (sdk.Msg, error) {
				rounds, err := parseUint("rounds", args[3], 32)
				if err != nil {
					return nil, err
				}
				minP, err := parseUint("min participants", args[4], 32)
				if err != nil {
					return nil, err
				}
				maxP, err := parseUint("max participants", args[5], 32)
				if err != nil {
					return nil, err
				}
				minStake, err := cliamount.Parse(clientCtx, "min stake", args[6])
				if err != nil {
					return nil, err
				}
				deposit, err := cliamount.Parse(clientCtx, "reward deposit", args[7])
				if err != nil {
					return nil, err
				}
				initial, err := hashArgHex("initial model hash", args[2])
				if err != nil {
					return nil, err
				}
				msg := &types.MsgCreateAlliance{Creator: from, Title: args[0], ModelSpecUri: args[1], InitialModelHash: initial,
					Rounds: uint32(rounds), MinParticipants: uint32(minP), MaxParticipants: uint32(maxP), MinStake: minStake,
					RewardDeposit: deposit, ProposerRatio: args[8]}
				if s, _ := cmd.Flags().GetString(flagStartTime); s != "" {
					if msg.StartTime, err = time.Parse(time.RFC3339, s); err != nil {
						return nil, fmt.Errorf("--%s %q: want RFC 3339, e.g. 2026-12-01T10:00:00Z", flagStartTime, s)
					}
				}
				for _, ph := range []struct {
					flag string
					d    *time.Duration
				}{
					{flagUpdateCommitDuration, &msg.UpdateCommitDuration}, {flagUpdateRevealDuration, &msg.UpdateRevealDuration},
					{flagVoteCommitDuration, &msg.VoteCommitDuration}, {flagVoteRevealDuration, &msg.VoteRevealDuration},
					{flagClosingDuration, &msg.ClosingDuration},
				} {
					if *ph.d, err = cmd.Flags().GetDuration(ph.flag); err != nil {
						return nil, err
					}
				}
				return msg, nil
			})
		},
	}
	cmd.Flags().String(flagStartTime, "", "when the alliance may start, RFC 3339 (default: as soon as it fills)")
	cmd.Flags().Duration(flagUpdateCommitDuration, 0, "how long proposers commit to their updates, e.g. 10m (required)")
	cmd.Flags().Duration(flagUpdateRevealDuration, 0, "how long proposers reveal their updates, e.g. 10m (required)")
	cmd.Flags().Duration(flagVoteCommitDuration, 0, "how long voters commit to their verdicts, e.g. 10m (required)")
	cmd.Flags().Duration(flagVoteRevealDuration, 0, "how long voters reveal their verdicts, e.g. 10m (required)")
	cmd.Flags().Duration(flagClosingDuration, 0, "how long participants report the final model after the last round (default: the vote reveal duration)")
	for _, f := range []string{flagUpdateCommitDuration, flagUpdateRevealDuration, flagVoteCommitDuration, flagVoteRevealDuration} {
		_ = cmd.MarkFlagRequired(f)
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func joinCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "join [alliance-id] [stake]",
		Short:   "Join a pending alliance with a stake (e.g. 100flock)",
		Long:    `Join a pending alliance. The stake, ` + cliamount.Help + `, must reach the alliance's min_stake; it is escrowed until the alliance ends (less slashes).`,
		Example: `flockd tx alliance join 1 100flock --from bob`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(clientCtx client.Context, from string) (sdk.Msg, error) {
				id, err := parseUint("alliance id", args[0], 64)
				if err != nil {
					return nil, err
				}
				stake, err := cliamount.Parse(clientCtx, "stake", args[1])
				if err != nil {
					return nil, err
				}
				return &types.MsgJoinAlliance{Participant: from, AllianceId: id, Stake: stake}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func leaveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "leave [alliance-id]",
		Short: "Leave a pending alliance; the stake comes back",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(_ client.Context, from string) (sdk.Msg, error) {
				id, err := parseUint("alliance id", args[0], 64)
				if err != nil {
					return nil, err
				}
				return &types.MsgLeaveAlliance{Participant: from, AllianceId: id}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func commitUpdateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "commit-update [alliance-id] [round] [update-hash] [num-samples] [base-model-hash]",
		Short: "Commit to an update of the round (the commitment is computed here; the salt is printed)",
		Long: `Commit to the update you will reveal with submit-update: its sha256, the number of
samples it was trained on and the hash of the global model it was trained from. Only the
commitment goes on chain; keep the salt (--salt, or the random one printed) to reveal.` + hashHelp,
		Args: cobra.ExactArgs(5),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(_ client.Context, from string) (sdk.Msg, error) {
				id, round, err := idRound(args)
				if err != nil {
					return nil, err
				}
				update, err := hashArg("update hash", args[2])
				if err != nil {
					return nil, err
				}
				n, err := parseUint("num samples", args[3], 64)
				if err != nil {
					return nil, err
				}
				base, err := hashArg("base model hash", args[4])
				if err != nil {
					return nil, err
				}
				_, salt, err := saltFlag(cmd)
				if err != nil {
					return nil, err
				}
				c := types.UpdateCommitment(id, round, from, update, n, base, salt)
				return &types.MsgCommitUpdate{Proposer: from, AllianceId: id, Round: round, Commitment: hex.EncodeToString(c)}, nil
			})
		},
	}
	cmd.Flags().String(flagSalt, "", "salt, 16 to 64 bytes in hex (default: a random one, printed)")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func submitUpdateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "submit-update [alliance-id] [round] [update-uri] [update-hash] [num-samples] [base-model-hash] [salt]",
		Short: "Reveal the committed update",
		Long:  "Reveal the update committed with commit-update: the same hashes, sample count and salt, and where voters fetch it." + hashHelp,
		Args:  cobra.ExactArgs(7),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(_ client.Context, from string) (sdk.Msg, error) {
				id, round, err := idRound(args)
				if err != nil {
					return nil, err
				}
				n, err := parseUint("num samples", args[4], 64)
				if err != nil {
					return nil, err
				}
				update, err := hashArgHex("update hash", args[3])
				if err != nil {
					return nil, err
				}
				base, err := hashArgHex("base model hash", args[5])
				if err != nil {
					return nil, err
				}
				return &types.MsgSubmitUpdate{Proposer: from, AllianceId: id, Round: round, UpdateUri: args[2], UpdateHash: update,
					NumSamples: n, BaseModelHash: base, Salt: args[6]}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// readVerdicts reads a JSON file of verdicts: [{"proposer": "...", "verdict": 1, "metric": "0.42"}].
func readVerdicts(path string) ([]types.VerdictEntry, error) {
	bz, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []types.VerdictEntry
	if err := json.Unmarshal(bz, &out); err != nil {
		return nil, fmt.Errorf("verdicts file %s: want a JSON list of {\"proposer\", \"verdict\" (1 or -1), \"metric\"}: %w", path, err)
	}
	return out, nil
}

func commitVoteCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "commit-vote [alliance-id] [round] [base-model-hash] [verdicts.json]",
		Short: "Commit to verdicts on the round's updates (computed here; the salt is printed)",
		Long: `Commit to the verdicts you will reveal with reveal-vote: one per update of the round
but your own, as a JSON list of {"proposer": "flock1...", "verdict": 1 or -1, "metric": "0.42"},
and the hash of the global model you evaluated against. Keep the salt to reveal.` + hashHelp,
		Args: cobra.ExactArgs(4),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(clientCtx client.Context, from string) (sdk.Msg, error) {
				id, round, err := idRound(args)
				if err != nil {
					return nil, err
				}
				base, err := hashArg("base model hash", args[2])
				if err != nil {
					return nil, err
				}
				entries, err := readVerdicts(args[3])
				if err != nil {
					return nil, err
				}
				if _, err := types.ParseVerdicts(entries, types.MaxMetricDecimals); err != nil {
					return nil, err // malformed whatever the params say: no node needed to refuse it
				}
				// the reveal is checked against the chain's metric_decimals: a commitment to a
				// metric with more decimals could never be revealed, and its voter would be
				// slashed as absent
				params, err := types.NewQueryClient(clientCtx).Params(cmd.Context(), &types.QueryParamsRequest{})
				if err != nil {
					return nil, fmt.Errorf("reading metric_decimals from the node: %w", err)
				}
				verdicts, err := types.ParseVerdicts(entries, params.Params.MetricDecimals)
				if err != nil {
					return nil, err
				}
				_, salt, err := saltFlag(cmd)
				if err != nil {
					return nil, err
				}
				c := types.VoteCommitment(id, round, from, salt, base, verdicts)
				return &types.MsgCommitVote{Voter: from, AllianceId: id, Round: round, Commitment: hex.EncodeToString(c)}, nil
			})
		},
	}
	cmd.Flags().String(flagSalt, "", "salt, 16 to 64 bytes in hex (default: a random one, printed)")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func revealVoteCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reveal-vote [alliance-id] [round] [base-model-hash] [verdicts.json] [salt]",
		Short: "Reveal the committed verdicts",
		Long:  "Reveal the verdicts committed with commit-vote: the same base model hash, verdicts file and salt." + hashHelp,
		Args:  cobra.ExactArgs(5),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(_ client.Context, from string) (sdk.Msg, error) {
				id, round, err := idRound(args)
				if err != nil {
					return nil, err
				}
				entries, err := readVerdicts(args[3])
				if err != nil {
					return nil, err
				}
				base, err := hashArgHex("base model hash", args[2])
				if err != nil {
					return nil, err
				}
				return &types.MsgRevealVote{Voter: from, AllianceId: id, Round: round, Salt: args[4], BaseModelHash: base, Verdicts: entries}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

func reportModelCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report-model [alliance-id] [model-hash]",
		Short: "Report the final global model's hash while the alliance closes",
		Long:  "Report the hash of the final global model (FedAvg of the last round's accepted updates) while the alliance closes." + hashHelp,
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return send(cmd, func(_ client.Context, from string) (sdk.Msg, error) {
				id, err := parseUint("alliance id", args[0], 64)
				if err != nil {
					return nil, err
				}
				model, err := hashArgHex("model hash", args[1])
				if err != nil {
					return nil, err
				}
				return &types.MsgReportModel{Participant: from, AllianceId: id, ModelHash: model}, nil
			})
		},
	}
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}
