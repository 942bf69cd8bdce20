package keeper_test

import (
	"math/rand"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/keeper"
	"github.com/flockchain/flock/x/rewards/types"
)

// BenchmarkEpochSplit times the BeginBlock that closes an epoch over 100, 10k and 100k sink
// items (40 % arena tasks, 40 % alliances, 20 % models, random weights): asking the sinks,
// the split, one queued-credit write per item, the epoch record, and paying the first
// max_credits_per_block credits. Each iteration runs on a fresh cache of the same state,
// so every one closes the same epoch; the store is in memory, so disk is not counted.
func BenchmarkEpochSplit(b *testing.B) {
	for _, n := range []int{100, 10_000, 100_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			f := newFixture(b, nil)
			r := rand.New(rand.NewSource(1))
			sinks := map[string]*fakeSink{
				"arena":       newSink(types.CATEGORY_ARENA),
				"alliance":    newSink(types.CATEGORY_ALLIANCE),
				"marketplace": newSink(types.CATEGORY_MARKETPLACE),
			}
			for i := range n {
				name := [...]string{"arena", "arena", "alliance", "alliance", "marketplace"}[i%5]
				// 1 to ~10^9 FLOCK: weights of many sizes, none zero
				w := math.NewInt(1 + r.Int63n(1<<30)).Mul(F(1))
				sinks[name].items = append(sinks[name].items, item(uint64(i), w))
			}
			f.k.SetEmissionSinks(
				keeper.NamedSink{Module: "alliance", Sink: sinks["alliance"]},
				keeper.NamedSink{Module: "arena", Sink: sinks["arena"]},
				keeper.NamedSink{Module: "marketplace", Sink: sinks["marketplace"]},
			)
			f.fund(b, F(10_000))
			f.block(b, 0) // opens epoch 1
			boundary := f.ctx.WithBlockTime(f.ctx.BlockTime().Add(time.Hour)).WithBlockHeight(f.ctx.BlockHeight() + 1)
			params, err := f.k.Params.Get(f.ctx)
			require.NoError(b, err)

			b.ReportAllocs()
			var ctx sdk.Context
			for b.Loop() {
				ctx, _ = boundary.CacheContext()
				if err := f.k.BeginBlocker(ctx); err != nil {
					b.Fatal(err)
				}
			}

			// the block closed epoch 1 over every item and paid the first batch of credits
			rec, err := f.k.Epochs.Get(ctx, 1)
			require.NoError(b, err)
			require.Equal(b, uint64(n), rec.Items)
			require.Equal(b, F(1000), rec.Emitted)
			paid := min(n, int(params.MaxCreditsPerBlock))
			queued := 0
			require.NoError(b, f.k.PendingCredits.Walk(ctx, nil, func(uint64, types.PendingCredit) (bool, error) {
				queued++
				return false, nil
			}))
			require.Equal(b, n-paid, queued, "credits left queued after the first batch")
			require.NoError(b, f.k.CheckBalance(ctx))
		})
	}
}
