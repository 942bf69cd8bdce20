// Package model holds the worker's classifiers — multinomial logistic regression (softmax)
// and a one-hidden-layer MLP — on gonum/mat, their training, evaluation, and the canonical
// binary format whose sha256 is the model hash the chain records.
package model

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/flockchain/flock/worker/dataset"
)

// Kind of model.
type Kind uint8

const (
	// Softmax is multinomial logistic regression.
	Softmax Kind = 1
	// MLP is a one-hidden-layer perceptron with tanh units.
	MLP Kind = 2
)

func (k Kind) String() string {
	switch k {
	case Softmax:
		return "softmax"
	case MLP:
		return "mlp"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// ParseKind reads "softmax" or "mlp".
func ParseKind(s string) (Kind, error) {
	switch s {
	case "softmax":
		return Softmax, nil
	case "mlp":
		return MLP, nil
	}
	return 0, fmt.Errorf("model kind %q: want softmax or mlp", s)
}

// Model is a classifier with all parameters in one flat slice, so optimisers, FedAvg and the
// binary format treat every model alike. Softmax: W (features×classes) then b (classes).
// MLP: W1 (features×hidden), b1 (hidden), W2 (hidden×classes), b2 (classes).
type Model struct {
	Kind                      Kind
	Features, Hidden, Classes int
	Params                    []float64
}

// NumParams is the parameter count of a model shape.
func NumParams(kind Kind, features, hidden, classes int) int {
	if kind == MLP {
		return features*hidden + hidden + hidden*classes + classes
	}
	return features*classes + classes
}

// New returns a model with small seeded random weights (zero biases).
func New(kind Kind, features, hidden, classes int, seed uint64) (*Model, error) {
	if features < 1 || classes < 2 || (kind == MLP && hidden < 1) || (kind != MLP && kind != Softmax) {
		return nil, fmt.Errorf("model %s needs features ≥ 1, classes ≥ 2 (and hidden ≥ 1 for mlp), got %d, %d, %d", kind, features, classes, hidden)
	}
	if kind == Softmax {
		hidden = 0
	}
	m := &Model{Kind: kind, Features: features, Hidden: hidden, Classes: classes, Params: make([]float64, NumParams(kind, features, hidden, classes))}
	rng := rand.New(rand.NewPCG(seed, 0x30de1))
	init := func(w *mat.Dense, fanIn int) {
		r, c := w.Dims()
		scale := 1 / math.Sqrt(float64(fanIn))
		for i := range r {
			for j := range c {
				w.Set(i, j, rng.NormFloat64()*scale)
			}
		}
	}
	v := m.views(m.Params)
	init(v.w1, features)
	if kind == MLP {
		init(v.w2, hidden)
	}
	return m, nil
}

// Clone returns a deep copy.
func (m *Model) Clone() *Model {
	c := *m
	c.Params = append([]float64(nil), m.Params...)
	return &c
}

// views lays matrices over a flat slice with the model's layout (params or gradient).
type views struct {
	w1, w2 *mat.Dense
	b1, b2 []float64
}

func (m *Model) views(flat []float64) views {
	var v views
	off := 0
	take := func(n int) []float64 { s := flat[off : off+n]; off += n; return s }
	if m.Kind == Softmax {
		v.w1 = mat.NewDense(m.Features, m.Classes, take(m.Features*m.Classes))
		v.b1 = take(m.Classes)
		return v
	}
	v.w1 = mat.NewDense(m.Features, m.Hidden, take(m.Features*m.Hidden))
	v.b1 = take(m.Hidden)
	v.w2 = mat.NewDense(m.Hidden, m.Classes, take(m.Hidden*m.Classes))
	v.b2 = take(m.Classes)
	return v
}

func addBias(z *mat.Dense, b []float64) {
	r, _ := z.Dims()
	for i := range r {
		row := z.RawRowView(i)
		for j := range row {
			row[j] += b[j]
		}
	}
}

// softmaxRows turns logits into probabilities in place, stably.
func softmaxRows(z *mat.Dense) {
	r, _ := z.Dims()
	for i := range r {
		row := z.RawRowView(i)
		mx := row[0]
		for _, v := range row {
			mx = math.Max(mx, v)
		}
		sum := 0.0
		for j, v := range row {
			row[j] = math.Exp(v - mx)
			sum += row[j]
		}
		for j := range row {
			row[j] /= sum
		}
	}
}

// forward returns the class probabilities (n×classes) and, for an MLP, the hidden layer.
func (m *Model) forward(x mat.Matrix) (probs, hidden *mat.Dense) {
	v := m.views(m.Params)
	n, _ := x.Dims()
	if m.Kind == Softmax {
		probs = mat.NewDense(n, m.Classes, nil)
		probs.Mul(x, v.w1)
		addBias(probs, v.b1)
		softmaxRows(probs)
		return probs, nil
	}
	hidden = mat.NewDense(n, m.Hidden, nil)
	hidden.Mul(x, v.w1)
	addBias(hidden, v.b1)
	hidden.Apply(func(_, _ int, a float64) float64 { return math.Tanh(a) }, hidden)
	probs = mat.NewDense(n, m.Classes, nil)
	probs.Mul(hidden, v.w2)
	addBias(probs, v.b2)
	softmaxRows(probs)
	return probs, hidden
}

// Probabilities returns the class probabilities of every row of x.
func (m *Model) Probabilities(x mat.Matrix) *mat.Dense {
	p, _ := m.forward(x)
	return p
}

// minProb keeps log(p) finite for a confidently wrong model.
const minProb = 1e-15

// LossGrad returns the mean cross-entropy of the model on (x, y) and its gradient, laid out
// like Params.
func (m *Model) LossGrad(x *mat.Dense, y []int) (float64, []float64) {
	probs, hidden := m.forward(x)
	n, _ := x.Dims()
	loss := 0.0
	for i, c := range y {
		loss -= math.Log(math.Max(probs.At(i, c), minProb))
	}
	loss /= float64(n)

	// dZ = (P − onehot(y)) / n
	dz := probs
	for i, c := range y {
		dz.Set(i, c, dz.At(i, c)-1)
	}
	dz.Scale(1/float64(n), dz)

	grad := make([]float64, len(m.Params))
	g := m.views(grad)
	colSums := func(a *mat.Dense, out []float64) {
		r, _ := a.Dims()
		for i := range r {
			for j, v := range a.RawRowView(i) {
				out[j] += v
			}
		}
	}
	if m.Kind == Softmax {
		g.w1.Mul(x.T(), dz)
		colSums(dz, g.b1)
		return loss, grad
	}
	p := m.views(m.Params)
	g.w2.Mul(hidden.T(), dz)
	colSums(dz, g.b2)
	dh := mat.NewDense(n, m.Hidden, nil)
	dh.Mul(dz, p.w2.T())
	dh.Apply(func(i, j int, a float64) float64 { h := hidden.At(i, j); return a * (1 - h*h) }, dh)
	g.w1.Mul(x.T(), dh)
	colSums(dh, g.b1)
	return loss, grad
}

// Evaluate returns the mean cross-entropy and the accuracy of the model on a dataset.
func Evaluate(m *Model, ds *dataset.Dataset) (loss, accuracy float64, err error) {
	if ds.Features() != m.Features {
		return 0, 0, fmt.Errorf("the data has %d features, the model expects %d", ds.Features(), m.Features)
	}
	if ds.Classes > m.Classes {
		return 0, 0, fmt.Errorf("the data has labels up to %d, the model knows %d classes", ds.Classes-1, m.Classes)
	}
	if ds.Rows() == 0 {
		return 0, 0, fmt.Errorf("no rows to evaluate")
	}
	probs := m.Probabilities(ds.X)
	correct := 0
	for i, c := range ds.Y {
		row := probs.RawRowView(i)
		loss -= math.Log(math.Max(row[c], minProb))
		best := 0
		for j, v := range row {
			if v > row[best] {
				best = j
			}
		}
		if best == c {
			correct++
		}
	}
	n := float64(ds.Rows())
	return loss / n, float64(correct) / n, nil
}
