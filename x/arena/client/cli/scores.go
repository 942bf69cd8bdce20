package cli

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

const (
	flagScores = "scores"
	flagSalt   = "salt"
	// saltBytes is the length of a fresh salt, within [MinSaltBytes, MaxSaltBytes].
	saltBytes = 32
)

const scoresHelp = "scores as id=score pairs, e.g. 1=0.42,2=0.37, or the path of a file holding such pairs " +
	"separated by commas or new lines (a value without '=' is a file)"

// parseScoreList reads --scores: inline id=score pairs or a file of them.
func parseScoreList(s string) ([]types.ScoreEntry, error) {
	text := s
	if !strings.Contains(s, "=") {
		bz, err := os.ReadFile(s)
		if err != nil {
			return nil, fmt.Errorf("--%s %q is neither id=score pairs nor a readable file: %w", flagScores, s, err)
		}
		text = string(bz)
	}
	var out []types.ScoreEntry
	for _, item := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		id, score, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("score %q: want submission-id=score", item)
		}
		n, err := strconv.ParseUint(strings.TrimSpace(id), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("score %q: submission id %q is not a whole number", item, id)
		}
		out = append(out, types.ScoreEntry{SubmissionId: n, Score: strings.TrimSpace(score)})
	}
	return out, nil
}

// checkScores refuses, before anything is signed, scores the reveal would be refused for:
// what any reveal refuses (ValidateBasic) and, when a node is at hand, more decimals than the
// chain's score_decimals or a submission not assigned to this validator.
func checkScores(clientCtx client.Context, reveal *types.MsgRevealScores) error {
	if err := reveal.ValidateBasic(); err != nil {
		return err
	}
	if clientCtx.Offline {
		return nil
	}
	q := types.NewQueryClient(clientCtx)
	params, err := q.Params(clientCtx.CmdContext, &types.QueryParamsRequest{})
	if err != nil {
		return fmt.Errorf("reading the arena params: %w", err)
	}
	if _, err := types.ParseScores(reveal.Scores, params.Params.ScoreDecimals); err != nil {
		return err
	}
	assigned, err := q.Assignments(clientCtx.CmdContext, &types.QueryAssignmentsRequest{TaskId: reveal.TaskId, Validator: reveal.Validator})
	if err != nil {
		return fmt.Errorf("reading the assignments of %s in task %d: %w", reveal.Validator, reveal.TaskId, err)
	}
	mine := map[uint64]bool{}
	for _, id := range assigned.SubmissionIds {
		mine[id] = true
	}
	for _, e := range reveal.Scores {
		if !mine[e.SubmissionId] {
			return types.ErrNotAssigned.Wrapf("submission %d of task %d is not assigned to %s (assigned: %v)", e.SubmissionId, reveal.TaskId, reveal.Validator, assigned.SubmissionIds)
		}
	}
	return nil
}

func commitScoresCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "commit-scores [task-id] --scores <id=score,... | file>",
		Short: "Commit to your scores of a task; the salt and scores stay in your home for reveal-scores",
		Long: `Computes the commitment of the scores with a fresh random salt and sends it. The salt
and the scores are written to <home>/arena/commits/<chain-id>/<task>-<validator>.json (never
on chain) before the transaction is signed; reveal-scores reads them back. Committing again
replaces the commitment; the previous record is kept as .prev.json.`,
		Example: `flockd tx arena commit-scores 1 --scores 1=0.42,2=0.37 --from val1`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendTaskMsg(cmd, args, func(clientCtx client.Context, validator string, taskID uint64) (sdk.Msg, error) {
				return commitAndStore(cmd, clientCtx, validator, taskID)
			})
		},
	}
	cmd.Flags().String(flagScores, "", scoresHelp+" (required)")
	_ = cmd.MarkFlagRequired(flagScores)
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// commitAndStore builds the commitment of --scores with a fresh salt and stores both.
func commitAndStore(cmd *cobra.Command, clientCtx client.Context, validator string, taskID uint64) (sdk.Msg, error) {
	if err := requireChainID(clientCtx, "the stored salt is kept per chain"); err != nil {
		return nil, err
	}
	list, _ := cmd.Flags().GetString(flagScores)
	entries, err := parseScoreList(list)
	if err != nil {
		return nil, err
	}
	salt, err := freshSalt()
	if err != nil {
		return nil, err
	}
	reveal := &types.MsgRevealScores{Validator: validator, TaskId: taskID, Salt: hex.EncodeToString(salt), Scores: entries}
	if err := checkScores(clientCtx, reveal); err != nil {
		return nil, err
	}
	parsed, err := types.ParseScores(entries, types.MaxScoreDecimals)
	if err != nil {
		return nil, err
	}
	msg := &types.MsgCommitScores{Validator: validator, TaskId: taskID, Commitment: hex.EncodeToString(types.Commitment(taskID, validator, salt, parsed))}
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	path := recordPath(clientCtx.HomeDir, clientCtx.ChainID, taskID, validator)
	prev, err := saveRecord(path, commitRecord{ChainID: clientCtx.ChainID, TaskID: taskID, Validator: validator,
		Salt: reveal.Salt, Scores: entries, Commitment: msg.Commitment})
	if err != nil {
		return nil, fmt.Errorf("storing the salt and scores: %w", err)
	}
	// stderr: stdout carries the transaction result, which scripts parse
	out := cmd.ErrOrStderr()
	fmt.Fprintf(out, "stored salt %s and %d scores (%s) for task %d in %s\ncommitment %s\n",
		reveal.Salt, len(entries), formatScores(entries), taskID, path, msg.Commitment)
	if prev != "" {
		fmt.Fprintf(out, "the previous commitment's record is now %s\n", prev)
	}
	return msg, nil
}

func revealScoresCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reveal-scores [task-id]",
		Short: "Reveal the scores committed with commit-scores (or give --salt and --scores)",
		Long: `Reads the salt and scores commit-scores stored in <home>/arena/commits/<chain-id>/ for this
task and validator, checks they give the stored commitment, and reveals them. With --salt and
--scores, reveals those instead.`,
		Example: `flockd tx arena reveal-scores 1 --from val1`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendTaskMsg(cmd, args, func(clientCtx client.Context, validator string, taskID uint64) (sdk.Msg, error) {
				return revealMsg(cmd, clientCtx, validator, taskID)
			})
		},
	}
	cmd.Flags().String(flagSalt, "", "the salt committed with, hex (default: the stored one)")
	cmd.Flags().String(flagScores, "", scoresHelp+" (default: the stored ones)")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// revealMsg reveals --salt and --scores, or else what commit-scores stored.
func revealMsg(cmd *cobra.Command, clientCtx client.Context, validator string, taskID uint64) (sdk.Msg, error) {
	salt, _ := cmd.Flags().GetString(flagSalt)
	list, _ := cmd.Flags().GetString(flagScores)
	var err error
	msg := &types.MsgRevealScores{Validator: validator, TaskId: taskID, Salt: salt}
	switch {
	case salt != "" && list != "":
		if msg.Scores, err = parseScoreList(list); err != nil {
			return nil, err
		}
	case salt != "" || list != "":
		return nil, fmt.Errorf("give both --%s and --%s, or neither to use the stored commitment", flagSalt, flagScores)
	default:
		var path string
		if msg.Scores, msg.Salt, path, err = storedReveal(clientCtx, taskID, validator); err != nil {
			return nil, err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "revealing %d scores (%s) for task %d stored in %s\n", len(msg.Scores), formatScores(msg.Scores), taskID, path)
	}
	if err := checkScores(clientCtx, msg); err != nil {
		return nil, err
	}
	return msg, nil
}

// storedReveal reads what commit-scores stored and checks it still gives its commitment.
func storedReveal(clientCtx client.Context, taskID uint64, validator string) (scores []types.ScoreEntry, salt, path string, err error) {
	if err := requireChainID(clientCtx, "to find the stored commitment"); err != nil {
		return nil, "", "", err
	}
	path = recordPath(clientCtx.HomeDir, clientCtx.ChainID, taskID, validator)
	r, err := loadRecord(path, clientCtx.ChainID, taskID, validator, "commit-scores", "--salt and --scores")
	if err != nil {
		return nil, "", "", err
	}
	key, err := types.DecodeSalt(r.Salt)
	if err != nil {
		return nil, "", "", fmt.Errorf("%s: %w", path, err)
	}
	parsed, err := types.ParseScores(r.Scores, types.MaxScoreDecimals)
	if err != nil {
		return nil, "", "", fmt.Errorf("%s: %w", path, err)
	}
	if got := hex.EncodeToString(types.Commitment(taskID, validator, key, parsed)); !strings.EqualFold(got, r.Commitment) {
		return nil, "", "", fmt.Errorf("%s: its salt and scores give commitment %s, not the %s it records; was it edited?", path, got, r.Commitment)
	}
	return r.Scores, r.Salt, path, nil
}

func formatScores(entries []types.ScoreEntry) string {
	parts := make([]string, len(entries))
	for i, e := range entries {
		parts[i] = fmt.Sprintf("%d=%s", e.SubmissionId, e.Score)
	}
	return strings.Join(parts, ",")
}

// freshSalt is a random salt of saltBytes bytes.
func freshSalt() ([]byte, error) {
	salt := make([]byte, saltBytes)
	_, err := rand.Read(salt)
	return salt, err
}

// requireChainID refuses to go on without --chain-id: records are kept per chain.
func requireChainID(clientCtx client.Context, why string) error {
	if clientCtx.ChainID == "" {
		return fmt.Errorf("--%s is required: %s", flags.FlagChainID, why)
	}
	return nil
}
