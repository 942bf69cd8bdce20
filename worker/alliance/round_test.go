package alliance_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/alliance"
	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/fedavg"
	"github.com/flockchain/flock/worker/model"
)

func TestAcceptRule(t *testing.T) {
	for _, c := range []struct {
		loss, base, k float64
		want          bool
	}{
		{1.0, 1.0, 1, true}, // equal to the bound: accepted
		{2.0, 1.0, 2, true}, // exactly k times
		{2.0001, 1.0, 2, false},
		{0.5, 1.0, 1, true},
		{1.26, 1.0, 1, false}, // the typical honest update under non-IID data at k = 1
		{1.26, 1.0, 2, true},
		{math.NaN(), 1, 2, false},
		{math.Inf(1), 1, 2, false},
		{1, math.NaN(), 2, false},
	} {
		require.Equal(t, c.want, alliance.Accept(c.loss, c.base, c.k), "loss %v base %v k %v", c.loss, c.base, c.k)
	}
}

func smallData(t *testing.T, seed uint64) *dataset.Dataset {
	ds, err := dataset.Synth(dataset.SynthConfig{Samples: 600, Features: 5, Classes: 3, Separation: 2, Seed: seed})
	require.NoError(t, err)
	return ds
}

func TestProposeStartsFromTheVerifiedGlobal(t *testing.T) {
	data := smallData(t, 1)
	global, err := model.New(model.Softmax, 5, 0, 3, 7)
	require.NoError(t, err)
	before := global.Marshal()
	cfg := model.DefaultTrainConfig()
	cfg.Epochs = alliance.DefaultLocalEpochs

	_, err = alliance.Propose(global, alliance.HashHex(smallModel(t, 8)), data, cfg)
	require.ErrorIs(t, err, alliance.ErrHashMismatch, "a global model that is not the recorded one is refused")

	p, err := alliance.Propose(global, alliance.HashHex(global), data, cfg)
	require.NoError(t, err)
	require.Equal(t, before, global.Marshal(), "the global model is not modified")
	require.Equal(t, uint64(600), p.NumSamples)
	require.Equal(t, alliance.HashHex(global), p.BaseHash)
	require.Equal(t, alliance.HashHex(p.Model), p.Hash)
	require.Equal(t, p.Model.Marshal(), p.Bytes)
	// exactly one epoch from the global model, as a participant elsewhere would reproduce it
	want := global.Clone()
	require.NoError(t, model.Train(want, data, cfg))
	require.Equal(t, want.Marshal(), p.Bytes)

	_, err = alliance.Propose(global, alliance.HashHex(global), data.Subset(nil), cfg)
	require.ErrorContains(t, err, "no local data")
}

func smallModel(t *testing.T, seed uint64) *model.Model {
	m, err := model.New(model.Softmax, 5, 0, 3, seed)
	require.NoError(t, err)
	return m
}

func TestJudge(t *testing.T) {
	train, voter, err := smallData(t, 1).Split(0.5, 1)
	require.NoError(t, err)
	// a global model a few rounds in (at round 1 the global is itself random and random
	// weights at its scale pass the relative rule: README, "Verdict tolerance")
	global := smallModel(t, 3)
	cfg := model.DefaultTrainConfig()
	cfg.Epochs = 1
	require.NoError(t, model.Train(global, train.Subset([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}), cfg))
	honest, err := alliance.Propose(global, alliance.HashHex(global), train, cfg)
	require.NoError(t, err)

	_, err = alliance.NewJudge(global, honest.Hash, voter, 2)
	require.ErrorIs(t, err, alliance.ErrHashMismatch, "the previous global is checked against its hash")
	for _, k := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		_, err = alliance.NewJudge(global, alliance.HashHex(global), voter, k)
		require.ErrorContains(t, err, "verdict tolerance", "%v", k)
	}
	j, err := alliance.NewJudge(global, alliance.HashHex(global), voter, alliance.DefaultTolerance)
	require.NoError(t, err)
	baseLoss, _, err := model.Evaluate(global, voter)
	require.NoError(t, err)
	require.Equal(t, baseLoss, j.BaseLoss)

	v, m, err := j.JudgeBytes(honest.Bytes, honest.Hash)
	require.NoError(t, err)
	require.True(t, v.Accept, "an honest update: loss %v vs base %v", v.Loss, v.BaseLoss)
	require.Equal(t, honest.Bytes, m.Marshal())
	loss, acc, _ := model.Evaluate(honest.Model, voter)
	require.Equal(t, loss, v.Loss)
	require.Equal(t, acc, v.Accuracy)

	poison := alliance.RandomWeights(global, 1, 9)
	v, err = j.JudgeModel(poison)
	require.NoError(t, err)
	require.False(t, v.Accept, "random weights: loss %v vs base %v", v.Loss, v.BaseLoss)
	require.Greater(t, v.Ratio(), alliance.DefaultTolerance)

	// bytes that are not the named update, or not a model of the alliance's shape: no verdict
	tampered := append([]byte(nil), honest.Bytes...)
	tampered[len(tampered)-1] ^= 1
	_, _, err = j.JudgeBytes(tampered, honest.Hash)
	require.ErrorIs(t, err, alliance.ErrHashMismatch)
	other, _ := model.New(model.Softmax, 5, 0, 4, 1)
	_, _, err = j.JudgeBytes(other.Marshal(), alliance.HashHex(other))
	require.ErrorContains(t, err, "update is a softmax 5×0×4, the alliance's model a softmax 5×0×3")
	_, _, err = j.JudgeBytes([]byte("not a model"), "0b8c5c8e0b9a36bb6e8bf33a5c3e8eaf2f5dd2dd0fbcbbb19a3e4cc2c7b0e1fa")
	require.ErrorIs(t, err, alliance.ErrHashMismatch)

	// an absolute cap rejects what the relative rule lets through
	j.MaxLoss = v.Loss / 10
	v, err = j.JudgeModel(honest.Model)
	require.NoError(t, err)
	require.Equal(t, v.Loss <= j.MaxLoss, v.Accept)
}

func TestNextGlobalIsFedAvgInAddressOrder(t *testing.T) {
	prev := smallModel(t, 1)
	a, b, c := smallModel(t, 2), smallModel(t, 3), smallModel(t, 4)
	// addresses whose byte order differs from the order given
	contribs := []alliance.Contribution{
		{Proposer: []byte{0x30, 1}, Model: c, NumSamples: 50},
		{Proposer: []byte{0x10, 9}, Model: a, NumSamples: 200},
		{Proposer: []byte{0x20, 0}, Model: b, NumSamples: 125},
	}
	got, err := alliance.NextGlobal(prev, contribs)
	require.NoError(t, err)
	want, err := fedavg.Average([]fedavg.Update{{Model: a, Samples: 200}, {Model: b, Samples: 125}, {Model: c, Samples: 50}})
	require.NoError(t, err)
	require.Equal(t, want.Marshal(), got.Marshal())
	reversed, err := alliance.NextGlobal(prev, []alliance.Contribution{contribs[2], contribs[1], contribs[0]})
	require.NoError(t, err)
	require.Equal(t, alliance.HashHex(got), alliance.HashHex(reversed), "the order of the input does not matter")
	for j := range got.Params {
		require.InDelta(t, (200*a.Params[j]+125*b.Params[j]+50*c.Params[j])/375, got.Params[j], 1e-12)
	}

	same, err := alliance.NextGlobal(prev, nil)
	require.NoError(t, err)
	require.Equal(t, alliance.HashHex(prev), alliance.HashHex(same), "no accepted update: the global model stays")
	same.Params[0]++
	require.NotEqual(t, alliance.HashHex(prev), alliance.HashHex(same), "and is a copy")

	_, err = alliance.NextGlobal(prev, []alliance.Contribution{contribs[0], {Proposer: []byte{0x30, 1}, Model: a, NumSamples: 1}})
	require.ErrorContains(t, err, "proposer 3001 has two accepted updates")
	wide, _ := model.New(model.Softmax, 6, 0, 3, 1)
	_, err = alliance.NextGlobal(prev, []alliance.Contribution{{Proposer: []byte{1}, Model: wide, NumSamples: 1}})
	require.ErrorContains(t, err, "update of 01: update is a softmax 6×0×3")
}

func TestDecodeModel(t *testing.T) {
	m := smallModel(t, 5)
	back, err := alliance.DecodeModel(m.Marshal(), alliance.HashHex(m))
	require.NoError(t, err)
	require.Equal(t, m, back)
	_, err = alliance.DecodeModel(m.Marshal(), alliance.HashHex(smallModel(t, 6)))
	require.ErrorIs(t, err, alliance.ErrHashMismatch)
}
