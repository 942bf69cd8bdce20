package fedavg_test

import (
	"testing"

	"github.com/flockchain/flock/worker/fedavg"
	"github.com/flockchain/flock/worker/model"
)

// BenchmarkAverage10x1M averages 10 MLPs of about 1M parameters each.
func BenchmarkAverage10x1M(b *testing.B) {
	var updates []fedavg.Update
	for i := range 10 {
		m, err := model.New(model.MLP, 1000, 990, 10, uint64(i)) // 1000·990 + 990 + 990·10 + 10 ≈ 1.0M
		if err != nil {
			b.Fatal(err)
		}
		updates = append(updates, fedavg.Update{Model: m, Samples: uint64(100 + i)})
	}
	b.ReportMetric(float64(len(updates[0].Model.Params)), "params")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fedavg.Average(updates); err != nil {
			b.Fatal(err)
		}
	}
}
