package model_test

import (
	"fmt"
	"testing"

	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
)

// BenchmarkTrainEpoch trains one epoch (batches of 64) at 10k×20 and 100k×50 and reports
// samples per second for both models.
func BenchmarkTrainEpoch(b *testing.B) {
	for _, size := range []struct{ n, d int }{{10_000, 20}, {100_000, 50}} {
		ds, err := dataset.Synth(dataset.SynthConfig{Samples: size.n, Features: size.d, Classes: 5, Separation: 2, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		for _, kind := range []model.Kind{model.Softmax, model.MLP} {
			b.Run(fmt.Sprintf("%s/%dx%d", kind, size.n, size.d), func(b *testing.B) {
				m, _ := model.New(kind, size.d, 32, 5, 1)
				cfg := model.DefaultTrainConfig()
				cfg.Epochs = 1
				b.ReportAllocs()
				for b.Loop() {
					if err := model.Train(m, ds, cfg); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(size.n)*float64(b.N)/b.Elapsed().Seconds(), "samples/s")
			})
		}
	}
}
