package dataset

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"
)

// SynthConfig describes deterministic synthetic classification data: one Gaussian cluster
// per class, centres drawn at distance Separation scale, unit noise, and a share of labels
// flipped at random (LabelNoise) to make data of lower quality.
type SynthConfig struct {
	Samples, Features, Classes int
	Separation                 float64
	LabelNoise                 float64
	Seed                       uint64
}

// Synth generates the data; the same config gives the same bytes everywhere.
func Synth(cfg SynthConfig) (*Dataset, error) {
	if cfg.Samples < 1 || cfg.Features < 1 || cfg.Classes < 2 {
		return nil, fmt.Errorf("synthetic data needs samples ≥ 1, features ≥ 1 and classes ≥ 2, got %d, %d, %d", cfg.Samples, cfg.Features, cfg.Classes)
	}
	if cfg.LabelNoise < 0 || cfg.LabelNoise > 1 {
		return nil, fmt.Errorf("label noise %v must be within [0, 1]", cfg.LabelNoise)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	centres := make([][]float64, cfg.Classes)
	for c := range centres {
		centres[c] = make([]float64, cfg.Features)
		for j := range centres[c] {
			centres[c][j] = rng.NormFloat64() * cfg.Separation
		}
	}
	x := mat.NewDense(cfg.Samples, cfg.Features, nil)
	y := make([]int, cfg.Samples)
	for i := range cfg.Samples {
		c := rng.IntN(cfg.Classes)
		row := x.RawRowView(i)
		for j := range row {
			row[j] = centres[c][j] + rng.NormFloat64()
		}
		if rng.Float64() < cfg.LabelNoise {
			c = rng.IntN(cfg.Classes)
		}
		y[i] = c
	}
	return &Dataset{X: x, Y: y, Classes: cfg.Classes}, nil
}

// PartitionDirichlet splits the rows over parts with label skew: for each class, the share of
// its rows each part gets is drawn from Dirichlet(alpha) — small alpha, very non-IID; large
// alpha, close to IID. Deterministic for a seed.
func PartitionDirichlet(ds *Dataset, parts int, alpha float64, seed uint64) ([]*Dataset, error) {
	if parts < 1 || alpha <= 0 {
		return nil, fmt.Errorf("partition needs parts ≥ 1 and alpha > 0, got %d and %v", parts, alpha)
	}
	rng := rand.New(rand.NewPCG(seed, 0xd1a1))
	byClass := make([][]int, ds.Classes)
	for i, y := range ds.Y {
		byClass[y] = append(byClass[y], i)
	}
	alphas := make([]float64, parts)
	for i := range alphas {
		alphas[i] = alpha
	}
	dir := distmv.NewDirichlet(alphas, rand.NewPCG(seed, 0xd1b2))
	idx := make([][]int, parts)
	for _, rows := range byClass {
		rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		shares := dir.Rand(nil)
		start := 0
		for p := range parts {
			end := start + int(shares[p]*float64(len(rows)))
			if p == parts-1 {
				end = len(rows)
			}
			end = min(end, len(rows))
			idx[p] = append(idx[p], rows[start:end]...)
			start = end
		}
	}
	out := make([]*Dataset, parts)
	for p := range parts {
		out[p] = ds.Subset(idx[p])
	}
	return out, nil
}
