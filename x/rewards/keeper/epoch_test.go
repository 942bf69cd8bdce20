package keeper_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/keeper"
	"github.com/flockchain/flock/x/rewards/types"
)

func TestFirstBlockOpensEpochOne(t *testing.T) {
	f := newFixture(t, nil)
	res, err := f.query.CurrentEpoch(f.ctx, &types.QueryCurrentEpochRequest{})
	require.NoError(t, err)
	require.False(t, res.Started)
	require.Equal(t, F(1000), res.NextEmission)

	f.block(t, time.Second)
	res, err = f.query.CurrentEpoch(f.ctx, &types.QueryCurrentEpochRequest{})
	require.NoError(t, err)
	require.True(t, res.Started)
	require.Equal(t, uint64(1), res.Number)
	require.Equal(t, t0.Add(time.Second), res.Start)
	require.Equal(t, t0.Add(time.Second+time.Hour), res.NextBoundary)
}

// TestEpochEmissionSplitsOverSinks: alliances, marketplace and arena sinks share an epoch as
// the x/rewards README says, coins reach each sink's module account, and each sink hears of
// each credit.
func TestEpochEmissionSplitsOverSinks(t *testing.T) {
	f := newFixture(t, nil)
	alliance := newSink(types.CATEGORY_ALLIANCE, item(1, F(1_000)))
	arena := newSink(types.CATEGORY_ARENA, item(4, F(1_000)), item(9, F(2_000)))
	market := newSink(types.CATEGORY_MARKETPLACE, item(2, math.NewInt(30)), item(3, math.NewInt(70)))
	f.k.SetEmissionSinks(
		keeper.NamedSink{Module: "alliance", Sink: alliance},
		keeper.NamedSink{Module: "arena", Sink: arena},
		keeper.NamedSink{Module: "marketplace", Sink: market},
	)
	f.fund(t, F(10_000))
	f.block(t, 0)              // opens epoch 1
	f.block(t, 30*time.Minute) // inside epoch 1: nothing happens
	require.Empty(t, eventsOf(f.ctx, "flock.rewards.v1.EventEpochEmission"))
	f.block(t, 30*time.Minute) // reaches the boundary

	rec := f.record(t, 1)
	require.Equal(t, F(1000), rec.Scheduled)
	require.Equal(t, F(1000), rec.Emitted)
	// alliances: 1000 · 1000/(1000+3000) = 250; marketplace 10 % of 1000 = 100; arena the rest
	require.Equal(t, F(250), rec.Alliances)
	require.Equal(t, F(100), rec.Marketplace)
	require.Equal(t, F(650).SubRaw(1), rec.Arena, "arena: the rest, less 1 aflock of rounding")
	require.Equal(t, math.OneInt(), rec.Unallocated)
	require.Equal(t, uint64(5), rec.Items)
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventEpochEmission"), 1)
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventEmissionCredit"), 5)

	require.Equal(t, F(250), alliance.credited[1])
	require.Equal(t, F(30), market.credited[2])
	require.Equal(t, F(70), market.credited[3])
	// arena linearly by weight (stake·seconds): 1000 : 2000, each rounded down
	require.Equal(t, F(650).QuoRaw(3), arena.credited[4])
	require.Equal(t, F(1300).QuoRaw(3), arena.credited[9])
	require.Equal(t, rec.Arena, arena.total())

	for name, s := range map[string]*fakeSink{"alliance": alliance, "arena": arena, "marketplace": market} {
		require.Equal(t, s.total(), f.bank.bal(modAddr(name)), "coins of %s reached its module account", name)
	}
	p := f.pool(t)
	require.Equal(t, F(9000).Add(rec.Unallocated), p.Pool)
	require.True(t, p.PendingCredits.IsZero())
}

func TestEmissionCappedByAlmostEmptyPool(t *testing.T) {
	f := newFixture(t, nil)
	arena := newSink(types.CATEGORY_ARENA, item(1, F(5)))
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "arena", Sink: arena})
	f.fund(t, F(40))
	f.block(t, 0)
	f.block(t, time.Hour)

	rec := f.record(t, 1)
	require.Equal(t, F(1000), rec.Scheduled)
	require.Equal(t, F(40), rec.Emitted, "never more than the pool holds")
	require.Equal(t, F(36), arena.credited[1], "the marketplace's 10 % stays in the pool")
	require.Equal(t, F(4), f.pool(t).Pool)
}

func TestNoEmissionFromEmptyPool(t *testing.T) {
	f := newFixture(t, nil)
	arena := newSink(types.CATEGORY_ARENA, item(1, F(5)))
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "arena", Sink: arena})
	f.block(t, 0)
	f.block(t, time.Hour)

	rec := f.record(t, 1)
	require.True(t, rec.Emitted.IsZero())
	require.Zero(t, rec.Items)
	require.Empty(t, arena.credited)
	require.Empty(t, eventsOf(f.ctx, "flock.rewards.v1.EventEmissionCredit"))
}

func TestNoWorkKeepsEmissionInThePool(t *testing.T) {
	f := newFixture(t, nil)
	f.fund(t, F(5000))
	f.block(t, 0)
	f.block(t, time.Hour)
	rec := f.record(t, 1)
	require.Equal(t, F(1000), rec.Emitted)
	require.Equal(t, F(1000), rec.Unallocated)
	require.Equal(t, F(5000), f.pool(t).Pool)
}

// TestLongGapCatchesUpOneEpochPerBlock: a block arriving 4.5 epochs late closes epoch 1; the
// following blocks close 2, 3 and 4, each once, on the decay schedule; epoch 5 waits for its
// boundary.
func TestLongGapCatchesUpOneEpochPerBlock(t *testing.T) {
	f := newFixture(t, nil)
	arena := newSink(types.CATEGORY_ARENA, item(1, F(5)))
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "arena", Sink: arena})
	f.fund(t, F(100_000))
	f.block(t, 0)
	f.block(t, 4*time.Hour+30*time.Minute)
	for range 6 {
		f.block(t, time.Second)
	}
	epochs, err := f.query.Epochs(f.ctx, &types.QueryEpochsRequest{})
	require.NoError(t, err)
	require.Len(t, epochs.Epochs, 4)
	// decay 0.5 every 2 emissions: 1000, 1000, 500, 500
	want := []int64{1000, 1000, 500, 500}
	total := math.ZeroInt()
	for i, rec := range epochs.Epochs {
		require.Equal(t, uint64(i+1), rec.Number)
		require.Equal(t, F(want[i]), rec.Emitted, "epoch %d", rec.Number)
		require.Equal(t, t0.Add(time.Duration(i)*time.Hour), rec.Start, "epochs keep their schedule")
		total = total.Add(rec.Emitted)
	}
	require.Equal(t, total.Sub(total.QuoRaw(10)), arena.credited[1], "each epoch paid once")
	cur, err := f.query.CurrentEpoch(f.ctx, &types.QueryCurrentEpochRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(5), cur.Number)
	require.Equal(t, F(250), cur.NextEmission)
}

func TestCreditsArePaidAtMostMaxPerBlock(t *testing.T) {
	f := newFixture(t, func(p *types.Params) { p.MaxCreditsPerBlock = 2 })
	arena := newSink(types.CATEGORY_ARENA)
	for id := uint64(1); id <= 5; id++ {
		arena.items = append(arena.items, item(id, F(1)))
	}
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "arena", Sink: arena})
	f.fund(t, F(10_000))
	f.block(t, 0)
	f.block(t, time.Hour)
	require.Len(t, arena.credited, 2)
	require.Equal(t, F(540), f.pool(t).PendingCredits, "3 of 5 credits of 180 FLOCK wait")
	f.block(t, time.Second)
	require.Len(t, arena.credited, 4)
	f.block(t, time.Second)
	require.Len(t, arena.credited, 5)
	require.True(t, f.pool(t).PendingCredits.IsZero())
	for id := uint64(1); id <= 5; id++ {
		require.Equal(t, F(180), arena.credited[id])
	}
}

func TestRefusedCreditReturnsToThePool(t *testing.T) {
	f := newFixture(t, func(p *types.Params) { p.MarketplaceShare = math.LegacyZeroDec() })
	arena := newSink(types.CATEGORY_ARENA, item(1, F(1)), item(2, F(1)))
	arena.refuse[2] = true
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "arena", Sink: arena})
	f.fund(t, F(10_000))
	f.block(t, 0)
	f.block(t, time.Hour)

	require.Equal(t, F(500), arena.credited[1])
	require.NotContains(t, arena.credited, uint64(2))
	require.Equal(t, F(500), f.bank.bal(modAddr("arena")), "the refused credit's coins never left")
	require.Equal(t, F(9500), f.pool(t).Pool)
	failed := eventsOf(f.ctx, "flock.rewards.v1.EventEmissionCreditFailed")
	require.Len(t, failed, 1)
}

func TestFailingSinkIsSkippedForTheEpoch(t *testing.T) {
	f := newFixture(t, func(p *types.Params) { p.MarketplaceShare = math.LegacyZeroDec() })
	broken := newSink(types.CATEGORY_ALLIANCE, item(1, F(100)))
	broken.listErr = errors.New("store corrupted")
	scribbled := sdk.AccAddress("scribbled___________")
	broken.onList = func(ctx context.Context) { // writes, then fails: nothing it wrote is kept
		require.NoError(t, f.bank.balances.Set(ctx, scribbled.String(), F(1)))
	}
	arena := newSink(types.CATEGORY_ARENA, item(1, F(1)))
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "alliance", Sink: broken}, keeper.NamedSink{Module: "arena", Sink: arena})
	f.fund(t, F(10_000))
	f.block(t, 0)
	f.block(t, time.Hour)
	require.Equal(t, F(1000), arena.credited[1], "the other sink is paid as if the broken one had no items")
	require.Empty(t, broken.credited)
	require.True(t, f.bank.bal(scribbled).IsZero(), "the failing sink's writes were discarded")
}

func TestQueries(t *testing.T) {
	f := newFixture(t, nil)
	f.k.SetEmissionSinks(keeper.NamedSink{Module: "arena", Sink: newSink(types.CATEGORY_ARENA)})
	sinks, err := f.query.Sinks(f.ctx, &types.QuerySinksRequest{})
	require.NoError(t, err)
	require.Equal(t, []types.SinkInfo{{Module: "arena", Category: types.CATEGORY_ARENA}}, sinks.Sinks)

	params, err := f.query.Params(f.ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, time.Hour, params.Params.EpochDuration)

	_, err = f.query.Epoch(f.ctx, &types.QueryEpochRequest{Number: 7})
	require.ErrorIs(t, err, types.ErrUnknownEpoch)
	require.ErrorContains(t, err, "epoch 7")

	_, err = f.query.Claimable(f.ctx, &types.QueryClaimableRequest{Address: "nope"})
	require.ErrorIs(t, err, types.ErrInvalidAddress)
	res, err := f.query.Claimable(f.ctx, &types.QueryClaimableRequest{Address: f.account("x", 0).String()})
	require.NoError(t, err)
	require.True(t, res.Amount.IsZero())
}

// TestFarBehindRestartsTheSchedule: an epoch start 1000 epochs in the past (an old genesis, a
// long halt) does not make the chain pay an epoch every block for 1000 blocks: it catches up
// MaxCatchUpEpochs epochs at most, then the schedule restarts at the current block.
func TestFarBehindRestartsTheSchedule(t *testing.T) {
	f := newFixture(t, nil)
	f.fund(t, F(100_000))
	f.block(t, 0)
	f.block(t, 1000*time.Hour)
	for range 50 {
		f.block(t, time.Second)
	}
	epochs, err := f.query.Epochs(f.ctx, &types.QueryEpochsRequest{})
	require.NoError(t, err)
	require.LessOrEqual(t, len(epochs.Epochs), types.MaxCatchUpEpochs+1, "closed epochs after a 1000-epoch gap")
	cur, err := f.query.CurrentEpoch(f.ctx, &types.QueryCurrentEpochRequest{})
	require.NoError(t, err)
	require.True(t, cur.Start.After(t0.Add(999*time.Hour)), "the schedule restarted near the current block, not 1000 epochs back: %s", cur.Start)
}
