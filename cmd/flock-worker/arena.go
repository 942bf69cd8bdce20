package main

import (
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/internal/cliamount"
	"github.com/flockchain/flock/worker/arena"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/model"
	arenatypes "github.com/flockchain/flock/x/arena/types"
)

// chainFlags are how a worker reaches the chain and its key.
type chainFlags struct {
	grpc, chainID, keyringDir, backend, from, artifactsURL string
	stake                                                  string
	sigma                                                  string
}

func (f *chainFlags) register(cmd *cobra.Command) {
	f.registerChain(cmd)
	cmd.Flags().StringVar(&f.stake, "stake", "3000flock", "stake to join with, "+cliamount.Help)
	cmd.Flags().StringVar(&f.sigma, "sigma", "1", "share of rewards kept before delegators")
}

// registerChain registers the flags that reach the node, the key and the artifact server.
func (f *chainFlags) registerChain(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.grpc, "grpc", "127.0.0.1:9090", "gRPC address of a flockd node")
	cmd.Flags().StringVar(&f.chainID, "chain-id", "flock-localnet-1", "chain id")
	cmd.Flags().StringVar(&f.keyringDir, "keyring-dir", app.DefaultNodeHome, "folder of the keyring (a flockd home)")
	cmd.Flags().StringVar(&f.backend, "keyring-backend", "test", "keyring backend: test, file or os")
	cmd.Flags().StringVar(&f.from, "from", "", "name of the key that signs")
	cmd.Flags().StringVar(&f.artifactsURL, "artifacts", "http://127.0.0.1:7070", "artifact server (flock-worker artifacts serve)")
	_ = cmd.MarkFlagRequired("from")
}

// client dials the node with the key.
func (f *chainFlags) client() (*chainclient.Client, error) {
	enc, err := chainclient.AppEncoding()
	if err != nil {
		return nil, err
	}
	kr, err := chainclient.OpenKeyring(f.backend, f.keyringDir, enc, os.Stdin)
	if err != nil {
		return nil, err
	}
	return chainclient.Dial(chainclient.Config{GRPC: f.grpc, ChainID: f.chainID, Keyring: kr, KeyName: f.from,
		GasPrice: math.NewInt(1_000_000_000), Denom: app.BondDenom}, enc)
}

func (f *chainFlags) worker(cmd *cobra.Command) (*arena.Worker, sdk.Coin, math.LegacyDec, error) {
	c, err := f.client()
	if err != nil {
		return nil, sdk.Coin{}, math.LegacyDec{}, err
	}
	stake, err := parseAmount(cmd.Context(), c, "stake", f.stake)
	if err != nil {
		return nil, sdk.Coin{}, math.LegacyDec{}, err
	}
	sigma, err := math.LegacyNewDecFromStr(f.sigma)
	if err != nil {
		return nil, sdk.Coin{}, math.LegacyDec{}, fmt.Errorf("--sigma %q: %w", f.sigma, err)
	}
	return &arena.Worker{Chain: c, Artifacts: artifacts.NewClient(f.artifactsURL), HTTP: &http.Client{Timeout: time.Minute},
		Log: cmd.OutOrStdout(), Poll: time.Second}, stake, sigma, nil
}

func arenaCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "arena", Short: "Play AI Arena roles on a flockd chain"}

	var tf chainFlags
	var kindName, dataPath string
	var hidden int
	train := model.DefaultTrainConfig()
	trainer := &cobra.Command{
		Use:   "trainer [task-id]",
		Short: "Join a task as a training node, train on the task's (or your own) data, commit to the model, and upload and reveal it once submissions close",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			kind, err := model.ParseKind(kindName)
			if err != nil {
				return err
			}
			w, stake, sigma, err := tf.worker(cmd)
			if err != nil {
				return err
			}
			cfg := arena.TrainerConfig{TaskID: id, Stake: stake, Sigma: sigma, Kind: kind, Hidden: hidden, Train: train}
			if dataPath != "" {
				if cfg.Data, err = readCSV(dataPath); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			sub, err := w.Trainer(ctx, cfg)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "task %d: submission %d in\n", id, sub)
			return nil
		},
	}
	tf.register(trainer)
	trainer.Flags().StringVar(&kindName, "model", "softmax", "softmax or mlp")
	trainer.Flags().IntVar(&hidden, "hidden", 32, "hidden units (mlp)")
	trainer.Flags().StringVar(&dataPath, "data", "", "train on this CSV instead of the task's training data")
	trainer.Flags().IntVar(&train.Epochs, "epochs", train.Epochs, "epochs")
	trainer.Flags().Uint64Var(&train.Seed, "seed", train.Seed, "seed")

	var vf chainFlags
	validator := &cobra.Command{
		Use:   "validator [task-id]",
		Short: "Join a task as a validator, then score the assigned models when validation opens (commit, then reveal)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			w, stake, sigma, err := vf.worker(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if err := w.JoinAsValidator(ctx, id, stake, sigma); err != nil {
				return err
			}
			return w.Validate(ctx, id)
		},
	}
	vf.register(validator)

	var rf chainFlags
	var role, metric string
	run := &cobra.Command{
		Use:   "run",
		Short: "Watch the chain and play --role on every task open for joining whose metric is --metric",
		RunE: func(cmd *cobra.Command, _ []string) error {
			if role != "trainer" && role != "validator" {
				return fmt.Errorf("--role %q: want trainer or validator", role)
			}
			w, stake, sigma, err := rf.worker(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			done := map[uint64]bool{}
			for {
				res, err := w.Chain.Arena.Tasks(ctx, &arenatypes.QueryTasksRequest{Status: arenatypes.TASK_STATUS_OPEN})
				if err != nil {
					return fmt.Errorf("listing tasks: %w", err)
				}
				for _, t := range res.Tasks {
					if done[t.Id] || (metric != "" && t.Metric != metric) {
						continue
					}
					done[t.Id] = true
					fmt.Fprintf(cmd.OutOrStdout(), "task %d (%s): playing %s\n", t.Id, t.Title, role)
					if role == "trainer" { // commits, then waits for submissions to close to reveal
						go func(id uint64) {
							if _, err := w.Trainer(ctx, arena.TrainerConfig{TaskID: id, Stake: stake, Sigma: sigma, Kind: model.Softmax, Train: model.DefaultTrainConfig()}); err != nil {
								fmt.Fprintf(cmd.ErrOrStderr(), "task %d: %v\n", id, err)
							}
						}(t.Id)
					} else if err = w.JoinAsValidator(ctx, t.Id, stake, sigma); err == nil {
						go func(id uint64) {
							if err := w.Validate(ctx, id); err != nil {
								fmt.Fprintf(cmd.ErrOrStderr(), "task %d: %v\n", id, err)
							}
						}(t.Id)
					}
					if err != nil {
						fmt.Fprintf(cmd.ErrOrStderr(), "task %d: %v\n", t.Id, err)
					}
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(3 * time.Second):
				}
			}
		},
	}
	rf.register(run)
	run.Flags().StringVar(&role, "role", "trainer", "trainer or validator")
	run.Flags().StringVar(&metric, "metric", "cross-entropy", "play only tasks scored by this metric (the worker scores by cross-entropy loss); empty for all")
	cmd.AddCommand(trainer, validator, run)
	return cmd
}

func parseID(s string) (uint64, error) {
	var id uint64
	if _, err := fmt.Sscan(s, &id); err != nil || id == 0 {
		return 0, fmt.Errorf("id %q: want a positive number", s)
	}
	return id, nil
}
