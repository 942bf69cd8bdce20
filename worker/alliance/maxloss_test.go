package alliance_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/alliance"
	"github.com/flockchain/flock/worker/model"
)

// TestRound1MaxLoss measures the voter's loss bound where the relative rule is weakest: round
// 1, the global model random. On the benchmark problem's 10 seeds every participant proposes
// an honest update (one local epoch) and, in a second count, random weights at initialisation
// scale (N(0, 1/d)); the other five judge each with k = 2 and equal stakes (accepted when at
// least as many accept as reject). Without the bound every poisoned update passes; with the
// default factor none does, and at least 90 % of the honest updates are accepted.
func TestRound1MaxLoss(t *testing.T) {
	factors := []float64{0, 1, alliance.DefaultMaxLossFactor, 1.1, 1.2}
	honest, poison := make([]int, len(factors)), make([]int, len(factors))
	updates := 0
	for seed := uint64(1); seed <= 10; seed++ {
		parts, _ := scenario(t, seed)
		d := parts[0].Features()
		global, err := model.New(model.Softmax, d, 0, 10, seed)
		require.NoError(t, err)
		h := alliance.HashHex(global)
		train := model.DefaultTrainConfig()
		train.Epochs = alliance.DefaultLocalEpochs
		judges := make([]*alliance.Judge, len(parts))
		for v := range parts {
			judges[v], err = alliance.NewJudge(global, h, parts[v], alliance.DefaultTolerance)
			require.NoError(t, err)
		}
		for p := range parts {
			train.Seed = seed*1000 + uint64(p)
			prop, err := alliance.Propose(global, h, parts[p], train)
			require.NoError(t, err)
			bad := alliance.RandomWeights(global, 1/math.Sqrt(float64(d)), seed<<8|uint64(p))
			updates++
			for i, f := range factors {
				var yes, no [2]int
				for v, j := range judges {
					if v == p {
						continue
					}
					j.MaxLoss = alliance.MaxLossFor(f, 10)
					for k, m := range []*model.Model{prop.Model, bad} {
						verdict, err := j.JudgeModel(m)
						require.NoError(t, err)
						if verdict.Accept {
							yes[k]++
						} else {
							no[k]++
						}
					}
				}
				if yes[0] >= no[0] {
					honest[i]++
				}
				if yes[1] >= no[1] {
					poison[i]++
				}
			}
		}
	}
	for i, f := range factors {
		t.Logf("max-loss %.2f × ln(10): honest updates accepted %d / %d, poisoned %d / %d", f, honest[i], updates, poison[i], updates)
	}
	require.Greater(t, poison[0], updates/2, "without the bound random init-scale weights pass round 1")
	require.Zero(t, poison[2], "the default bound rejects them all")
	require.GreaterOrEqual(t, 10*honest[2], 9*updates, "and keeps at least 90 %% of the honest updates")
}
