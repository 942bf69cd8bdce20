package alliance_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/flockchain/flock/worker/alliance"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/model"
)

// BenchmarkRound splits a participant's work in one round of the benchmark problem (about
// 2,000 rows per participant, 6 participants) into its parts: train (one local epoch from the
// global model), upload (the update to an artifact server over HTTP), evaluate (as a voter:
// download one update, verify its hash, evaluate it on local data) and aggregate (FedAvg of
// the 6 updates into the next global model), for softmax and a 32-unit MLP.
func BenchmarkRound(b *testing.B) {
	parts, _ := scenario(b, 1)
	mine := parts[0]
	store, err := artifacts.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(artifacts.Server{Store: store})
	defer srv.Close()
	art := artifacts.NewClient(srv.URL)
	ctx := context.Background()
	for _, kind := range []model.Kind{model.Softmax, model.MLP} {
		global, err := model.New(kind, 20, 32, 10, 1)
		if err != nil {
			b.Fatal(err)
		}
		hash := alliance.HashHex(global)
		cfg := model.DefaultTrainConfig()
		cfg.Epochs = alliance.DefaultLocalEpochs
		var props []alliance.Proposal
		for _, p := range parts {
			prop, err := alliance.Propose(global, hash, p, cfg)
			if err != nil {
				b.Fatal(err)
			}
			props = append(props, prop)
		}
		b.Run(fmt.Sprintf("%s/train/%drows", kind, mine.Rows()), func(b *testing.B) {
			for b.Loop() {
				if _, err := alliance.Propose(global, hash, mine, cfg); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("%s/upload/%dB", kind, len(props[0].Bytes)), func(b *testing.B) {
			for b.Loop() {
				if _, err := art.Put(ctx, props[0].Bytes); err != nil {
					b.Fatal(err)
				}
			}
		})
		judge, err := alliance.NewJudge(global, hash, mine, alliance.DefaultTolerance)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%s/evaluate/%drows", kind, mine.Rows()), func(b *testing.B) {
			u := props[1]
			if _, err := art.Put(ctx, u.Bytes); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				bz, err := art.Get(ctx, u.Hash)
				if err != nil {
					b.Fatal(err)
				}
				if _, _, err := judge.JudgeBytes(bz, u.Hash); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("%s/aggregate/%dupdates", kind, len(props)), func(b *testing.B) {
			var contribs []alliance.Contribution
			for i, p := range props {
				contribs = append(contribs, alliance.Contribution{Proposer: []byte{byte(i)}, Model: p.Model, NumSamples: p.NumSamples})
			}
			for b.Loop() {
				if _, err := alliance.NextGlobal(global, contribs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
