package main

import (
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/internal/cliamount"
	"github.com/flockchain/flock/worker/alliance"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/model"
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

func allianceCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "alliance", Short: "FL Alliance: federated rounds (off-chain simulation and the participant role)"}
	cmd.AddCommand(allianceCreateCmd(), allianceRunCmd(), allianceSimulateCmd())
	return cmd
}

// allianceSimulateCmd plays an alliance without a chain, with the code the participant role
// runs, so the accuracy an alliance reaches and the verdict tolerance can be measured on one
// machine before staking on it.
func allianceSimulateCmd() *cobra.Command {
	var testPath, kindName string
	var hidden, localEpochs int
	cfg := alliance.SimConfig{Rounds: 5, Tolerance: alliance.DefaultTolerance, Seed: 1, Poisoner: -1, PoisonScale: 1}
	cmd := &cobra.Command{
		Use:   "simulate [part.csv]...",
		Short: "Play an alliance off-chain over the given participants' data and print each round's accuracy on --test, beside local-only and centralised training",
		Long: `Play an alliance off-chain: each CSV is one participant's data (see "data partition"). Roles
are drawn by a seeded shuffle each round; proposers train --epochs from the global model,
voters judge every other update on their own data (accept when its loss ≤ --tolerance × the
previous global's), an update passes with at least as many accepts as rejects, and the next
global model is the FedAvg of the accepted updates. Prints the accuracy of the global model
on --test after each round, of each participant's model trained alone (20 epochs), and of one
model trained on all the data pooled (20 epochs).`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := model.ParseKind(kindName)
			if err != nil {
				return err
			}
			for _, p := range args {
				ds, err := readCSV(p)
				if err != nil {
					return err
				}
				cfg.Parts = append(cfg.Parts, ds)
			}
			if cfg.Test, err = readCSV(testPath); err != nil {
				return err
			}
			if cfg.Proposers == 0 {
				cfg.Proposers = len(cfg.Parts)
			}
			cfg.Kind, cfg.Hidden = kind, hidden
			cfg.Train = model.DefaultTrainConfig()
			cfg.Train.Epochs = localEpochs
			out := cmd.OutOrStdout()
			long := model.DefaultTrainConfig()
			alone, err := alliance.LocalOnly(cfg.Parts, cfg.Test, kind, hidden, long, cfg.Seed)
			if err != nil {
				return err
			}
			mean := 0.0
			for _, a := range alone {
				mean += a / float64(len(alone))
			}
			central, err := alliance.Centralised(cfg.Parts, cfg.Test, kind, hidden, long, cfg.Seed)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "local-only (%d epochs): mean accuracy %.4f; centralised: %.4f\n", long.Epochs, mean, central)
			rounds, err := alliance.Simulate(cfg)
			if err != nil {
				return err
			}
			for _, r := range rounds {
				fmt.Fprintf(out, "round %d: proposers %v accepted %v rejected %v  accuracy %.4f (%.1f %% of centralised)  global %s\n",
					r.Round, r.Proposers, r.Accepted, r.Rejected, r.Accuracy, 100*r.Accuracy/central, r.GlobalHash)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&testPath, "test", "", "held-out CSV the global model is scored on (required)")
	_ = cmd.MarkFlagRequired("test")
	cmd.Flags().StringVar(&kindName, "model", "softmax", "softmax or mlp")
	cmd.Flags().IntVar(&hidden, "hidden", 32, "hidden units (mlp)")
	cmd.Flags().IntVar(&cfg.Rounds, "rounds", cfg.Rounds, "rounds")
	cmd.Flags().IntVar(&cfg.Proposers, "proposers", 0, "proposers per round (0: every participant proposes and votes on the others' updates)")
	cmd.Flags().IntVar(&localEpochs, "epochs", alliance.DefaultLocalEpochs, "local epochs a proposer trains per round")
	cmd.Flags().Float64Var(&cfg.Tolerance, "tolerance", cfg.Tolerance, "verdict tolerance k: accept an update whose loss on the voter's data is ≤ k × the previous global's")
	cmd.Flags().Float64Var(&cfg.MaxLossFactor, "max-loss", alliance.DefaultMaxLossFactor, "also reject an update whose loss exceeds this × ln(classes), the loss of a uniform guess (0: off)")
	cmd.Flags().Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the initial model, the roles and the training")
	cmd.Flags().IntVar(&cfg.Poisoner, "poisoner", -1, "index of a participant that proposes random weights instead of training (-1: none)")
	cmd.Flags().Float64Var(&cfg.PoisonScale, "poison-scale", cfg.PoisonScale, "standard deviation of the poisoner's random weights")
	return cmd
}

func allianceRunCmd() *cobra.Command {
	var cf chainFlags
	var dataPath, stakeStr string
	var tolerance, maxLoss float64
	train := model.DefaultTrainConfig()
	train.Epochs = alliance.DefaultLocalEpochs
	cmd := &cobra.Command{
		Use:   "run [alliance-id]",
		Short: "Join an alliance and play the role the chain assigns each round (proposer: train on --data from the global model, upload, commit and reveal; voter: judge every other update on --data, commit and reveal verdicts), then report the final model",
		Long: `Join an alliance (unless already a participant) and play it to the end. Everything the
worker depends on is read from the chain: phases and their ends, roles, updates, the
recorded global model hashes and metric_decimals. The global model of each round is
recomputed here (FedAvg of the accepted updates, in proposer address order) and checked
against the hashes the chain records; a proposer trains --epochs on --data from it; a voter
accepts an update when its loss on --data is ≤ --tolerance × the previous global's. When a
check fails nothing is sent for it and the reason is printed.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			data, err := readCSV(dataPath)
			if err != nil {
				return err
			}
			c, err := cf.client()
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			var stake sdk.Coin
			if stakeStr == "" { // the alliance's minimum, read from the chain
				res, err := alliancetypes.NewQueryClient(c.Conn()).Alliance(ctx, &alliancetypes.QueryAllianceRequest{AllianceId: id})
				if err != nil {
					return fmt.Errorf("alliance %d: %w", id, err)
				}
				stake = sdk.NewCoin(app.BondDenom, res.Alliance.MinStake)
			} else if stake, err = parseAmount(ctx, c, "stake", stakeStr); err != nil {
				return err
			}
			p := &alliance.Participant{Chain: c, Artifacts: artifacts.NewClient(cf.artifactsURL), HTTP: &http.Client{Timeout: time.Minute},
				Log: cmd.OutOrStdout(), Poll: time.Second, Data: data, Train: train, Tolerance: tolerance, MaxLossFactor: maxLoss}
			res, err := p.Run(ctx, id, stake)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "alliance %d finished: final model %s (recorded %s)\n", id, res.FinalHash, res.Recorded)
			if out, _ := cmd.Flags().GetString("final-model"); out != "" {
				return os.WriteFile(out, res.Final.Marshal(), 0o644)
			}
			return nil
		},
	}
	cf.registerChain(cmd)
	cmd.Flags().StringVar(&dataPath, "data", "", "this participant's local data (CSV; required)")
	_ = cmd.MarkFlagRequired("data")
	cmd.Flags().StringVar(&stakeStr, "stake", "", "stake to join with, "+cliamount.Help+" (default: the alliance's min_stake)")
	cmd.Flags().IntVar(&train.Epochs, "epochs", train.Epochs, "local epochs per round as a proposer")
	cmd.Flags().Uint64Var(&train.Seed, "seed", train.Seed, "training seed (plus the round number)")
	cmd.Flags().Float64Var(&tolerance, "tolerance", alliance.DefaultTolerance, "verdict tolerance k: accept an update whose loss on --data is ≤ k × the previous global's")
	cmd.Flags().Float64Var(&maxLoss, "max-loss", alliance.DefaultMaxLossFactor, "also reject an update whose loss on --data exceeds this × ln(classes), the loss of a uniform guess (0: off); the default stops random weights at initialisation scale in round 1")
	cmd.Flags().String("final-model", "", "write the final global model to this file")
	return cmd
}

func allianceCreateCmd() *cobra.Command {
	var cf chainFlags
	var kindName, minStake, deposit, ratio string
	var features, hidden, classes int
	var seed uint64
	var startIn time.Duration
	msg := alliancetypes.MsgCreateAlliance{Rounds: 5, MinParticipants: 2, MaxParticipants: 10}
	cmd := &cobra.Command{
		Use:   "create [title]",
		Short: "Make the initial global model (seeded), upload it to the artifact server and create an alliance training it",
		Long: `Make the initial global model (--model, --features, --classes, --seed), upload it to the
artifact server and send MsgCreateAlliance with its URI as the model spec URI and its hash as
the initial model hash. Phase durations, the minimum stake and the reward deposit default to
the least the chain's params allow, read from the chain.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := model.ParseKind(kindName)
			if err != nil {
				return err
			}
			initial, err := model.New(kind, features, hidden, classes, seed)
			if err != nil {
				return err
			}
			c, err := cf.client()
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			params, err := alliancetypes.NewQueryClient(c.Conn()).Params(ctx, &alliancetypes.QueryParamsRequest{})
			if err != nil {
				return fmt.Errorf("reading the alliance params: %w", err)
			}
			coin := func(flag, s string, least sdk.Coin) (sdk.Coin, error) {
				if s == "" {
					return least, nil
				}
				return parseAmount(ctx, c, flag, s)
			}
			if msg.MinStake, err = coin("min-stake", minStake, sdk.NewCoin(app.BondDenom, params.Params.MinStake)); err != nil {
				return err
			}
			if msg.RewardDeposit, err = coin("deposit", deposit, sdk.NewCoin(app.BondDenom, params.Params.MinRewardDeposit)); err != nil {
				return err
			}
			for _, d := range []*time.Duration{&msg.UpdateCommitDuration, &msg.UpdateRevealDuration, &msg.VoteCommitDuration, &msg.VoteRevealDuration} {
				if *d == 0 {
					*d = params.Params.MinPhaseDuration
				}
			}
			msg.Title, msg.ProposerRatio = args[0], ratio
			now, err := c.BlockTime(ctx)
			if err != nil {
				return err
			}
			msg.StartTime = now.Add(startIn)
			id, err := alliance.Create(ctx, c, artifacts.NewClient(cf.artifactsURL), initial, msg)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "alliance %d created: %s %d×%d×%d, initial model %s, starts at %s with ≥ %d participants\n",
				id, kind, features, initial.Hidden, classes, alliance.HashHex(initial), msg.StartTime.Format(time.RFC3339), msg.MinParticipants)
			return nil
		},
	}
	cf.registerChain(cmd)
	f := cmd.Flags()
	f.StringVar(&kindName, "model", "softmax", "softmax or mlp")
	f.IntVar(&features, "features", 20, "features of the data")
	f.IntVar(&hidden, "hidden", 32, "hidden units (mlp)")
	f.IntVar(&classes, "classes", 10, "classes of the data")
	f.Uint64Var(&seed, "seed", 1, "seed of the initial model")
	f.Uint32Var(&msg.Rounds, "rounds", msg.Rounds, "rounds")
	f.Uint32Var(&msg.MinParticipants, "min-participants", msg.MinParticipants, "participants needed to start")
	f.Uint32Var(&msg.MaxParticipants, "max-participants", msg.MaxParticipants, "most participants")
	f.StringVar(&minStake, "min-stake", "", "least stake of a participant, "+cliamount.Help+" (default: the chain's min_stake param)")
	f.StringVar(&deposit, "deposit", "", "reward deposit escrowed into the alliance's pool, "+cliamount.Help+" (default: the chain's min_reward_deposit param)")
	f.StringVar(&ratio, "proposer-ratio", "1", "share of participants proposing each round, in (0, 1]; 1: everyone proposes and votes on the others' updates")
	f.DurationVar(&startIn, "start-in", time.Minute, "start time, after the latest block's time")
	f.DurationVar(&msg.UpdateCommitDuration, "update-commit", 0, "update commit phase (default: the chain's min_phase_duration)")
	f.DurationVar(&msg.UpdateRevealDuration, "update-reveal", 0, "update reveal phase (default: the chain's min_phase_duration)")
	f.DurationVar(&msg.VoteCommitDuration, "vote-commit", 0, "vote commit phase (default: the chain's min_phase_duration)")
	f.DurationVar(&msg.VoteRevealDuration, "vote-reveal", 0, "vote reveal phase (default: the chain's min_phase_duration)")
	return cmd
}
