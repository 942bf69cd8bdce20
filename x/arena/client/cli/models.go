package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

const (
	flagModelHash = "model-hash"
	flagModelFile = "model-file"
	flagModelURI  = "model-uri"
)

func commitModelCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "commit-model [task-id] (--model-hash <sha256> | --model-file <path>) --model-uri <uri>",
		Short: "Commit to your model for a task without showing it; the salt stays in your home for reveal-model",
		Long: `Computes the model commitment (task, trainer, model sha256, a fresh random salt) and sends
it while the task is open for submissions. The first commitment takes a submission slot and
pays the chain's submission_fee to the rewards pool; committing again replaces it. The salt,
hash and URI are written to <home>/arena/commits/<chain-id>/model-<task>-<trainer>.json (never
on chain) before the transaction is signed; reveal-model reads them back once submissions
close. Keep the model itself private until then: anyone who has its hash before the
submissions close can commit to it too (the earliest commitment of a hash wins).`,
		Example: `flockd tx arena commit-model 1 --model-file model.bin --model-uri https://models.example/m1 --from trainer1`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendTaskMsg(cmd, args, func(clientCtx client.Context, trainer string, taskID uint64) (sdk.Msg, error) {
				return commitModelAndStore(cmd, clientCtx, trainer, taskID)
			})
		},
	}
	cmd.Flags().String(flagModelHash, "", "sha256 of the model file, 64 hex characters (or give --model-file)")
	cmd.Flags().String(flagModelFile, "", "the model file, whose sha256 is committed (or give --model-hash)")
	cmd.Flags().String(flagModelURI, "", "where validators will fetch the model once revealed; stored for reveal-model (required)")
	_ = cmd.MarkFlagRequired(flagModelURI)
	cmd.MarkFlagsMutuallyExclusive(flagModelHash, flagModelFile)
	cmd.MarkFlagsOneRequired(flagModelHash, flagModelFile)
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// modelHashFlag is --model-hash, or the sha256 of --model-file.
func modelHashFlag(cmd *cobra.Command) (string, error) {
	if h, _ := cmd.Flags().GetString(flagModelHash); h != "" {
		return h, nil
	}
	path, _ := cmd.Flags().GetString(flagModelFile)
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("--%s: %w", flagModelFile, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("--%s %s: %w", flagModelFile, path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// commitModelAndStore builds the model commitment with a fresh salt and stores what the
// reveal needs.
func commitModelAndStore(cmd *cobra.Command, clientCtx client.Context, trainer string, taskID uint64) (sdk.Msg, error) {
	if err := requireChainID(clientCtx, "the stored salt is kept per chain"); err != nil {
		return nil, err
	}
	hash, err := modelHashFlag(cmd)
	if err != nil {
		return nil, err
	}
	uri, _ := cmd.Flags().GetString(flagModelURI)
	salt, err := freshSalt()
	if err != nil {
		return nil, err
	}
	// the reveal this commitment promises must itself be valid
	reveal := &types.MsgRevealModel{Trainer: trainer, TaskId: taskID, ModelUri: uri, ModelHash: strings.ToLower(hash), Salt: hex.EncodeToString(salt)}
	if err := reveal.ValidateBasic(); err != nil {
		return nil, err
	}
	msg := &types.MsgCommitModel{Trainer: trainer, TaskId: taskID, Commitment: modelCommitment(reveal)}
	if err := msg.ValidateBasic(); err != nil {
		return nil, err
	}
	path := modelRecordPath(clientCtx.HomeDir, clientCtx.ChainID, taskID, trainer)
	prev, err := saveRecord(path, commitRecord{ChainID: clientCtx.ChainID, TaskID: taskID, Trainer: trainer,
		Salt: reveal.Salt, ModelHash: reveal.ModelHash, ModelURI: uri, Commitment: msg.Commitment})
	if err != nil {
		return nil, fmt.Errorf("storing the salt and model: %w", err)
	}
	out := cmd.ErrOrStderr() // stdout carries the transaction result
	fmt.Fprintf(out, "stored salt %s and model %s (%s) for task %d in %s\ncommitment %s\n",
		reveal.Salt, reveal.ModelHash, uri, taskID, path, msg.Commitment)
	if prev != "" {
		fmt.Fprintf(out, "the previous commitment's record is now %s\n", prev)
	}
	return msg, nil
}

// modelCommitment is the hex commitment of a reveal that passed ValidateBasic.
func modelCommitment(r *types.MsgRevealModel) string {
	parsed, err := types.ParseModelReveal(r.ModelUri, r.ModelHash, r.Salt)
	if err != nil {
		return ""
	}
	return hex.EncodeToString(types.ModelCommitment(r.TaskId, r.Trainer, parsed.Hash, parsed.Salt))
}

func revealModelCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reveal-model [task-id]",
		Short: "Reveal the model committed with commit-model (or give --salt, --model-hash and --model-uri)",
		Long: `Reads the salt, model hash and URI commit-model stored in <home>/arena/commits/<chain-id>/
for this task and trainer, checks they give the stored commitment, and reveals them; this is
accepted from the end of submissions for the task's reveal_duration. Upload the model to its
URI first: validators fetch it from there. --model-uri alone reveals the stored model at
another URI; --salt with --model-hash and --model-uri reveals those instead of the record.`,
		Example: `flockd tx arena reveal-model 1 --from trainer1`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return sendTaskMsg(cmd, args, func(clientCtx client.Context, trainer string, taskID uint64) (sdk.Msg, error) {
				return revealModelMsg(cmd, clientCtx, trainer, taskID)
			})
		},
	}
	cmd.Flags().String(flagSalt, "", "the salt committed with, hex (default: the stored one)")
	cmd.Flags().String(flagModelHash, "", "sha256 of the committed model, hex (default: the stored one)")
	cmd.Flags().String(flagModelURI, "", "where validators fetch the model (default: the stored one)")
	flags.AddTxFlagsToCmd(cmd)
	return cmd
}

// revealModelMsg reveals --salt, --model-hash and --model-uri, or what commit-model stored.
func revealModelMsg(cmd *cobra.Command, clientCtx client.Context, trainer string, taskID uint64) (sdk.Msg, error) {
	salt, _ := cmd.Flags().GetString(flagSalt)
	hash, _ := cmd.Flags().GetString(flagModelHash)
	uri, _ := cmd.Flags().GetString(flagModelURI)
	msg := &types.MsgRevealModel{Trainer: trainer, TaskId: taskID, ModelUri: uri, ModelHash: hash, Salt: salt}
	switch {
	case salt != "" && hash != "" && uri != "":
	case salt != "" || hash != "":
		return nil, fmt.Errorf("give --%s, --%s and --%s together, or none of them to use the stored commitment", flagSalt, flagModelHash, flagModelURI)
	default:
		if err := requireChainID(clientCtx, "to find the stored commitment"); err != nil {
			return nil, err
		}
		path := modelRecordPath(clientCtx.HomeDir, clientCtx.ChainID, taskID, trainer)
		r, err := loadRecord(path, clientCtx.ChainID, taskID, trainer, "commit-model", "--salt, --model-hash and --model-uri")
		if err != nil {
			return nil, err
		}
		msg.ModelHash, msg.Salt = r.ModelHash, r.Salt
		if msg.ModelUri == "" {
			msg.ModelUri = r.ModelURI
		}
		if err := msg.ValidateBasic(); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if got := modelCommitment(msg); !strings.EqualFold(got, r.Commitment) {
			return nil, fmt.Errorf("%s: its salt and model give commitment %s, not the %s it records; was it edited?", path, got, r.Commitment)
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "revealing model %s at %s for task %d stored in %s\n", msg.ModelHash, msg.ModelUri, taskID, path)
	}
	return msg, msg.ValidateBasic()
}
