package fedavg_test

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/fedavg"
	"github.com/flockchain/flock/worker/model"
)

func TestAverageRespectsWeights(t *testing.T) {
	a := &model.Model{Kind: model.Softmax, Features: 1, Classes: 2, Params: []float64{0, 0, 0, 0}}
	b := &model.Model{Kind: model.Softmax, Features: 1, Classes: 2, Params: []float64{4, 8, -4, 1}}
	avg, err := fedavg.Average([]fedavg.Update{{Model: a, Samples: 3}, {Model: b, Samples: 1}})
	require.NoError(t, err)
	require.Equal(t, []float64{1, 2, -1, 0.25}, avg.Params)

	_, err = fedavg.Average([]fedavg.Update{{Model: a, Samples: 1}, {Model: &model.Model{Kind: model.Softmax, Features: 2, Classes: 2, Params: make([]float64, 6)}, Samples: 1}})
	require.ErrorContains(t, err, "update 1 is a softmax 2×0×2")
	_, err = fedavg.Average([]fedavg.Update{{Model: a, Samples: 0}})
	require.ErrorContains(t, err, "no samples")
	_, err = fedavg.Average(nil)
	require.Error(t, err)
}

func TestAverageOfIdenticalModelsIsTheSameBytes(t *testing.T) {
	m, err := model.New(model.MLP, 10, 8, 3, 42)
	require.NoError(t, err)
	avg, err := fedavg.Average([]fedavg.Update{{Model: m, Samples: 3}, {Model: m.Clone(), Samples: 5}, {Model: m.Clone(), Samples: 17}})
	require.NoError(t, err)
	require.Equal(t, m.Marshal(), avg.Marshal())
}

// TestGoldenAggregate pins the hash of a known aggregate: any change in the averaging order,
// rounding or encoding shows here, as it would split voters on different machines.
func TestGoldenAggregate(t *testing.T) {
	var updates []fedavg.Update
	for i := range 4 {
		m, err := model.New(model.MLP, 6, 5, 3, uint64(100+i))
		require.NoError(t, err)
		updates = append(updates, fedavg.Update{Model: m, Samples: uint64(10 * (i + 1))})
	}
	avg, err := fedavg.Average(updates)
	require.NoError(t, err)
	h := avg.Hash()
	require.Equal(t, goldenAggregate, hex.EncodeToString(h[:]))
}

const goldenAggregate = "01c2f7f72af1bb4e4fcdc95ba5ff72b251bda22aa6ab8ed29d0c87d437280641"
