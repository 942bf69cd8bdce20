package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
)

func readCSV(path string) (*dataset.Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := dataset.LoadCSV(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ds, nil
}

func writeCSV(path string, ds *dataset.Dataset) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := dataset.WriteCSV(f, ds); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func hexHash(h [32]byte) string { return hex.EncodeToString(h[:]) }

func dataCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "data", Short: "Make, split and partition datasets"}
	var cfg dataset.SynthConfig
	synth := &cobra.Command{
		Use:   "synth [out.csv]",
		Short: "Write deterministic synthetic classification data",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := dataset.Synth(cfg)
			if err != nil {
				return err
			}
			if err := writeCSV(args[0], ds); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d rows, %d features, %d classes, dataset hash %s\n",
				args[0], ds.Rows(), ds.Features(), ds.Classes, hexHash(ds.Hash()))
			return nil
		},
	}
	synth.Flags().IntVar(&cfg.Samples, "samples", 5000, "rows")
	synth.Flags().IntVar(&cfg.Features, "features", 10, "features per row")
	synth.Flags().IntVar(&cfg.Classes, "classes", 3, "classes")
	synth.Flags().Float64Var(&cfg.Separation, "separation", 3, "spread of the class centres (larger is easier)")
	synth.Flags().Float64Var(&cfg.LabelNoise, "label-noise", 0, "share of labels replaced at random (lower data quality)")
	synth.Flags().Uint64Var(&cfg.Seed, "seed", 1, "seed")

	var valFraction float64
	var seed uint64
	var parts int
	var alpha float64
	split := &cobra.Command{
		Use:   "split [in.csv] [train.csv] [validation.csv]",
		Short: "Split a dataset into training and validation sets",
		Args:  cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := readCSV(args[0])
			if err != nil {
				return err
			}
			train, val, err := ds.Split(valFraction, seed)
			if err != nil {
				return err
			}
			if err := writeCSV(args[1], train); err != nil {
				return err
			}
			if err := writeCSV(args[2], val); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "train %s: %d rows, hash %s\nvalidation %s: %d rows, hash %s\n",
				args[1], train.Rows(), hexHash(train.Hash()), args[2], val.Rows(), hexHash(val.Hash()))
			return nil
		},
	}
	split.Flags().Float64Var(&valFraction, "validation", 0.2, "share of rows in the validation set")
	split.Flags().Uint64Var(&seed, "seed", 1, "shuffle seed")

	partition := &cobra.Command{
		Use:   "partition [in.csv] [out-prefix]",
		Short: "Split a dataset into non-IID parts (Dirichlet label skew) for federated learning",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ds, err := readCSV(args[0])
			if err != nil {
				return err
			}
			ps, err := dataset.PartitionDirichlet(ds, parts, alpha, seed)
			if err != nil {
				return err
			}
			for i, p := range ps {
				path := fmt.Sprintf("%s-%d.csv", args[1], i)
				if err := writeCSV(path, p); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: %d rows, hash %s\n", path, p.Rows(), hexHash(p.Hash()))
			}
			return nil
		},
	}
	partition.Flags().IntVar(&parts, "parts", 3, "number of parts")
	partition.Flags().Float64Var(&alpha, "alpha", 0.5, "Dirichlet concentration (small is very non-IID)")
	partition.Flags().Uint64Var(&seed, "seed", 1, "seed")
	cmd.AddCommand(synth, split, partition)
	return cmd
}

func trainCmd() *cobra.Command {
	var kindName string
	var hidden int
	var cfg model.TrainConfig
	cmd := &cobra.Command{
		Use:   "train [train.csv] [model-out]",
		Short: "Train a model locally and write it in the canonical format",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := model.ParseKind(kindName)
			if err != nil {
				return err
			}
			ds, err := readCSV(args[0])
			if err != nil {
				return err
			}
			m, err := model.New(kind, ds.Features(), hidden, ds.Classes, cfg.Seed)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			cfg.Progress = func(epoch int, loss float64) { fmt.Fprintf(out, "epoch %3d  loss %.5f\n", epoch, loss) }
			start := time.Now()
			if err := model.Train(m, ds, cfg); err != nil {
				return err
			}
			if err := os.WriteFile(args[1], m.Marshal(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(out, "trained %s on %d rows in %s; model %s, hash %s\n", kind, ds.Rows(), time.Since(start).Round(time.Millisecond), args[1], hexHash(m.Hash()))
			return nil
		},
	}
	def := model.DefaultTrainConfig()
	cmd.Flags().StringVar(&kindName, "model", "softmax", "softmax or mlp")
	cmd.Flags().IntVar(&hidden, "hidden", 32, "hidden units (mlp)")
	cmd.Flags().IntVar(&cfg.Epochs, "epochs", def.Epochs, "epochs")
	cmd.Flags().IntVar(&cfg.BatchSize, "batch", def.BatchSize, "mini-batch size")
	cmd.Flags().Float64Var(&cfg.LearningRate, "lr", def.LearningRate, "Adam learning rate")
	cmd.Flags().Uint64Var(&cfg.Seed, "seed", def.Seed, "seed for initialisation and shuffling")
	return cmd
}

func evalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval [model] [data.csv]",
		Short: "Evaluate a model: cross-entropy loss (the arena score) and accuracy",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			m, err := model.Unmarshal(b)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			ds, err := readCSV(args[1])
			if err != nil {
				return err
			}
			loss, acc, err := model.Evaluate(m, ds)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "loss %.6f  accuracy %.4f  (%d rows, model hash %s)\n", loss, acc, ds.Rows(), hexHash(m.Hash()))
			return nil
		},
	}
}

func artifactsCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "artifacts", Short: "Content-addressed artifact store"}
	var dir, listen string
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve a folder of artifacts over HTTP (GET/PUT /artifacts/{sha256})",
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := artifacts.Open(dir)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("listening on %s: %w", listen, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "serving %s on http://%s/artifacts/\n", dir, ln.Addr())
			srv := &http.Server{Handler: artifacts.Server{Store: s}, ReadHeaderTimeout: 10 * time.Second}
			// the command's context ends at Ctrl-C or SIGTERM (main catches them): stop then,
			// letting requests in flight finish
			go func() {
				<-cmd.Context().Done()
				shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				_ = srv.Shutdown(shutdown)
			}()
			if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	serve.Flags().StringVar(&dir, "dir", "artifacts", "folder of artifacts")
	serve.Flags().StringVar(&listen, "listen", "127.0.0.1:7070", "address to listen on")
	cmd.AddCommand(serve)
	return cmd
}
