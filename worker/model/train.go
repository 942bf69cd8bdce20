package model

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/flockchain/flock/worker/dataset"
)

// TrainConfig sets mini-batch training with Adam.
type TrainConfig struct {
	Epochs       int
	BatchSize    int
	LearningRate float64
	Seed         uint64
	// Progress, if set, is told the mean training loss after each epoch.
	Progress func(epoch int, loss float64)
}

// DefaultTrainConfig trains for 20 epochs of batches of 64 at learning rate 0.01.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Epochs: 20, BatchSize: 64, LearningRate: 0.01, Seed: 1}
}

// Adam's moment decays and stabiliser (Kingma & Ba).
const (
	beta1   = 0.9
	beta2   = 0.999
	epsilon = 1e-8
)

// Train fits the model to the dataset in place: rows shuffled each epoch with the seed, Adam
// updates per batch. The same model, data and config give the same parameters.
func Train(m *Model, ds *dataset.Dataset, cfg TrainConfig) error {
	if ds.Features() != m.Features {
		return fmt.Errorf("the data has %d features, the model expects %d", ds.Features(), m.Features)
	}
	if ds.Classes > m.Classes {
		return fmt.Errorf("the data has labels up to %d, the model knows %d classes", ds.Classes-1, m.Classes)
	}
	if cfg.Epochs < 1 || cfg.BatchSize < 1 || cfg.LearningRate <= 0 {
		return fmt.Errorf("training needs epochs ≥ 1, batch size ≥ 1 and a positive learning rate, got %d, %d, %v", cfg.Epochs, cfg.BatchSize, cfg.LearningRate)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7a1e))
	mom, vel := make([]float64, len(m.Params)), make([]float64, len(m.Params))
	step := 0
	n := ds.Rows()
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		perm := rng.Perm(n)
		total := 0.0
		for start := 0; start < n; start += cfg.BatchSize {
			batch := ds.Subset(perm[start:min(start+cfg.BatchSize, n)])
			loss, grad := m.LossGrad(batch.X, batch.Y)
			total += loss * float64(batch.Rows())
			step++
			c1 := 1 - math.Pow(beta1, float64(step))
			c2 := 1 - math.Pow(beta2, float64(step))
			for i, g := range grad {
				mom[i] = beta1*mom[i] + (1-beta1)*g
				vel[i] = beta2*vel[i] + (1-beta2)*g*g
				m.Params[i] -= cfg.LearningRate * (mom[i] / c1) / (math.Sqrt(vel[i]/c2) + epsilon)
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(epoch, total/float64(n))
		}
	}
	return nil
}
