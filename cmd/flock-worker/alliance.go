package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/worker/alliance"
	"github.com/flockchain/flock/worker/model"
)

func allianceCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "alliance", Short: "FL Alliance: federated rounds (off-chain simulation and the participant role)"}
	cmd.AddCommand(allianceSimulateCmd())
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
	cmd.Flags().Float64Var(&cfg.MaxLoss, "max-loss", 0, "also reject an update whose loss exceeds this outright (0: off)")
	cmd.Flags().Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the initial model, the roles and the training")
	cmd.Flags().IntVar(&cfg.Poisoner, "poisoner", -1, "index of a participant that proposes random weights instead of training (-1: none)")
	cmd.Flags().Float64Var(&cfg.PoisonScale, "poison-scale", cfg.PoisonScale, "standard deviation of the poisoner's random weights")
	return cmd
}
