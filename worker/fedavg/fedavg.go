// Package fedavg averages model updates, weighted by sample counts, so that every machine
// computes the same bytes: a fixed order, and every product and sum rounded to float64
// explicitly (Go may not fuse a*b+c into one FMA instruction across an explicit conversion).
package fedavg

import (
	"errors"
	"fmt"

	"github.com/flockchain/flock/worker/model"
)

// Update is one participant's model and the number of samples it trained on.
type Update struct {
	Model   *model.Model
	Samples uint64
}

// Average returns Σ n_i·w_i / Σ n_i over the updates in the order given (callers order them
// by proposer address, as FL Alliance rounds require). All models must have the same shape.
// It is computed as w_0 + Σ (n_i/N)·(w_i − w_0), so identical models average to the very
// same bytes.
func Average(updates []Update) (*model.Model, error) {
	if len(updates) == 0 {
		return nil, errors.New("nothing to average")
	}
	first := updates[0].Model
	var total uint64
	for i, u := range updates {
		m := u.Model
		if m.Kind != first.Kind || m.Features != first.Features || m.Hidden != first.Hidden || m.Classes != first.Classes {
			return nil, fmt.Errorf("update %d is a %s %d×%d×%d, update 0 a %s %d×%d×%d", i,
				m.Kind, m.Features, m.Hidden, m.Classes, first.Kind, first.Features, first.Hidden, first.Classes)
		}
		if u.Samples == 0 {
			return nil, fmt.Errorf("update %d trained on no samples", i)
		}
		total += u.Samples
	}
	out := first.Clone()
	weights := make([]float64, len(updates))
	for i, u := range updates {
		weights[i] = float64(u.Samples) / float64(total)
	}
	for j, base := range first.Params {
		acc := 0.0
		for i, u := range updates {
			acc = float64(acc + float64(weights[i]*float64(u.Model.Params[j]-base)))
		}
		out.Params[j] = float64(base + acc)
	}
	return out, nil
}
