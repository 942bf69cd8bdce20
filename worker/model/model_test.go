package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
)

// TestGradientMatchesFiniteDifferences checks every analytic gradient entry of both models
// against central differences.
func TestGradientMatchesFiniteDifferences(t *testing.T) {
	ds, err := dataset.Synth(dataset.SynthConfig{Samples: 12, Features: 3, Classes: 3, Separation: 1, Seed: 4})
	require.NoError(t, err)
	for _, kind := range []model.Kind{model.Softmax, model.MLP} {
		m, err := model.New(kind, 3, 4, 3, 2)
		require.NoError(t, err)
		_, grad := m.LossGrad(ds.X, ds.Y)
		const h = 1e-6
		for i := range m.Params {
			orig := m.Params[i]
			m.Params[i] = orig + h
			up, _ := m.LossGrad(ds.X, ds.Y)
			m.Params[i] = orig - h
			down, _ := m.LossGrad(ds.X, ds.Y)
			m.Params[i] = orig
			numeric := (up - down) / (2 * h)
			require.InDelta(t, numeric, grad[i], 1e-6+1e-4*math.Abs(numeric), "%s parameter %d", kind, i)
		}
	}
}

func TestTrainingLearns(t *testing.T) {
	clean, err := dataset.Synth(dataset.SynthConfig{Samples: 2000, Features: 8, Classes: 4, Separation: 4, Seed: 1})
	require.NoError(t, err)
	train, val, err := clean.Split(0.25, 2)
	require.NoError(t, err)
	for _, kind := range []model.Kind{model.Softmax, model.MLP} {
		m, err := model.New(kind, 8, 16, 4, 3)
		require.NoError(t, err)
		require.NoError(t, model.Train(m, train, model.DefaultTrainConfig()))
		_, acc, err := model.Evaluate(m, val)
		require.NoError(t, err)
		require.GreaterOrEqual(t, acc, 0.95, "%s on well-separated data", kind)
	}

	noisy, err := dataset.Synth(dataset.SynthConfig{Samples: 2000, Features: 8, Classes: 4, Separation: 1, LabelNoise: 0.3, Seed: 5})
	require.NoError(t, err)
	train, val, err = noisy.Split(0.25, 2)
	require.NoError(t, err)
	_, majority := val.Majority()
	for _, kind := range []model.Kind{model.Softmax, model.MLP} {
		m, _ := model.New(kind, 8, 16, 4, 3)
		require.NoError(t, model.Train(m, train, model.DefaultTrainConfig()))
		_, acc, err := model.Evaluate(m, val)
		require.NoError(t, err)
		require.Greater(t, acc, majority+0.1, "%s beats always guessing the majority class (%.2f)", kind, majority)
	}
}

// TestEvaluateKnownModel: a softmax with W = 0 and b = (ln 1, ln 3) predicts class 1 with
// p = 3/4 for every row; on labels (1, 0) the loss is (−ln ¾ − ln ¼)/2.
func TestEvaluateKnownModel(t *testing.T) {
	m := &model.Model{Kind: model.Softmax, Features: 2, Classes: 2, Params: []float64{0, 0, 0, 0, 0, math.Log(3)}}
	ds := &dataset.Dataset{X: mat.NewDense(2, 2, []float64{1, 2, 3, 4}), Y: []int{1, 0}, Classes: 2}
	loss, acc, err := model.Evaluate(m, ds)
	require.NoError(t, err)
	require.InDelta(t, (-math.Log(0.75)-math.Log(0.25))/2, loss, 1e-12)
	require.Equal(t, 0.5, acc)

	_, _, err = model.Evaluate(m, &dataset.Dataset{X: mat.NewDense(1, 3, nil), Y: []int{0}, Classes: 2})
	require.ErrorContains(t, err, "3 features, the model expects 2")
}

func TestFormatRoundTripAndRejects(t *testing.T) {
	m, err := model.New(model.MLP, 5, 7, 3, 1)
	require.NoError(t, err)
	b := m.Marshal()
	back, err := model.Unmarshal(b)
	require.NoError(t, err)
	require.Equal(t, m, back)
	require.Equal(t, m.Hash(), back.Hash())

	bad := map[string][]byte{
		"short":     b[:10],
		"magic":     append([]byte("XXXX"), b[4:]...),
		"truncated": b[:len(b)-8],
		"extra":     append(append([]byte(nil), b...), 0),
	}
	nan := append([]byte(nil), b...)
	copy(nan[len(nan)-8:], []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f})
	bad["nan"] = nan
	for name, bz := range bad {
		_, err := model.Unmarshal(bz)
		require.Error(t, err, name)
	}
}

func FuzzUnmarshal(f *testing.F) {
	m, _ := model.New(model.Softmax, 2, 0, 2, 1)
	f.Add(m.Marshal())
	f.Add([]byte("FLKM"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := model.Unmarshal(b)
		if err != nil {
			return
		}
		require.Equal(t, b, m.Marshal(), "a file that parses is canonical")
	})
}
