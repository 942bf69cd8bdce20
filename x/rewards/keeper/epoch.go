package keeper

import (
	"context"
	"errors"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// BeginBlocker runs the emission schedule. The first block opens epoch 1. A block whose time
// has reached the end of the epoch in progress closes it: the scheduled emission, capped by
// the pool, is split over the sinks' items and queued as credits. At most one epoch closes
// per block, and the next epoch starts where the last one ended, so a long gap between
// blocks is caught up one epoch per block: every epoch emits exactly once. Then at most
// max_credits_per_block queued credits are paid to their sinks.
func (k Keeper) BeginBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	state, err := k.Epoch.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return k.Epoch.Set(ctx, types.EpochState{Number: 1, Start: sdkCtx.BlockTime()})
	} else if err != nil {
		return err
	}
	if !sdkCtx.BlockTime().Before(state.Start.Add(params.EpochDuration)) {
		if err := k.closeEpoch(ctx, params, state); err != nil {
			return err
		}
	}
	return k.payPendingCredits(ctx, params.MaxCreditsPerBlock)
}

func (k Keeper) closeEpoch(ctx context.Context, params types.Params, state types.EpochState) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	scheduled := types.ScheduledEmission(params.EpochEmission, params.Decay, params.DecayInterval, state.Emissions)
	pool, err := getInt(ctx, k.Pool)
	if err != nil {
		return err
	}
	emitted := math.MinInt(scheduled, pool)

	split := types.SplitEmission(emitted, params.MarketplaceShare, k.collectItems(ctx))
	for _, c := range split.Credits {
		seq, err := k.PendingSeq.Next(ctx)
		if err != nil {
			return err
		}
		if err := k.PendingCredits.Set(ctx, seq, types.PendingCredit{Epoch: state.Number, Sink: c.Sink, ItemId: c.ID, Amount: c.Amount}); err != nil {
			return err
		}
	}
	allocated := emitted.Sub(split.Unallocated)
	if err := k.Pool.Set(ctx, pool.Sub(allocated)); err != nil {
		return err
	}
	if err := addInt(ctx, k.PendingTotal, allocated); err != nil {
		return err
	}

	end := state.Start.Add(params.EpochDuration)
	record := types.EpochRecord{
		Number:      state.Number,
		Start:       state.Start,
		End:         end,
		Height:      sdkCtx.BlockHeight(),
		Scheduled:   scheduled,
		Emitted:     emitted,
		Alliances:   split.Alliances,
		Marketplace: split.Marketplace,
		Arena:       split.Arena,
		Unallocated: split.Unallocated,
		Items:       uint64(len(split.Credits)),
	}
	if err := k.Epochs.Set(ctx, state.Number, record); err != nil {
		return err
	}
	next := end
	if !sdkCtx.BlockTime().Before(end.Add(time.Duration(types.MaxCatchUpEpochs) * params.EpochDuration)) {
		// more than MaxCatchUpEpochs behind (a long halt, a genesis epoch start far in the
		// past): the schedule restarts at this block instead of paying an epoch per block
		// until it has caught up
		next = sdkCtx.BlockTime()
	}
	if err := k.Epoch.Set(ctx, types.EpochState{Number: state.Number + 1, Start: next, Emissions: state.Emissions + 1}); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventEpochEmission{
		Epoch: state.Number, Scheduled: scheduled, Emitted: emitted,
		Alliances: split.Alliances, Marketplace: split.Marketplace, Arena: split.Arena, Unallocated: split.Unallocated,
	})
}

// collectItems asks every sink, in registration order, for its active items, each in a
// cached context (a sink restarts its stake·time window as it lists). A sink that fails is
// skipped for this epoch (its share stays in the pool, and nothing it wrote is kept) and the
// failure is logged: one broken module must not stop emission for the others.
func (k Keeper) collectItems(ctx context.Context) []types.SinkItem {
	var items []types.SinkItem
	for _, s := range k.sinks.sinks {
		cacheCtx, write := sdk.UnwrapSDKContext(ctx).CacheContext()
		list, err := s.Sink.EmissionItems(cacheCtx)
		if err != nil {
			k.logger(ctx).Error("emission sink failed to list its items; skipped this epoch", "sink", s.Module, "err", err)
			continue
		}
		write()
		category := s.Sink.EmissionCategory()
		for _, it := range list {
			items = append(items, types.SinkItem{Sink: s.Module, Category: category, ID: it.ID, Weight: it.Weight})
		}
	}
	return items
}

// payPendingCredits pays up to max queued credits, oldest first. Each credit moves its
// amount to the sink's module account and tells the sink, in a cached context: if either
// fails, nothing of it is written, the amount returns to the pool and an event says why.
func (k Keeper) payPendingCredits(ctx context.Context, max uint32) error {
	type queued struct {
		seq    uint64
		credit types.PendingCredit
	}
	batch := make([]queued, 0, max)
	iter, err := k.PendingCredits.Iterate(ctx, nil)
	if err != nil {
		return err
	}
	for ; iter.Valid() && uint32(len(batch)) < max; iter.Next() {
		kv, err := iter.KeyValue()
		if err != nil {
			iter.Close()
			return err
		}
		batch = append(batch, queued{kv.Key, kv.Value})
	}
	if err := iter.Close(); err != nil {
		return err
	}

	sdkCtx := sdk.UnwrapSDKContext(ctx)
	paid := math.ZeroInt()
	for _, q := range batch {
		pc := q.credit
		if err := k.PendingCredits.Remove(ctx, q.seq); err != nil {
			return err
		}
		paid = paid.Add(pc.Amount)

		cacheCtx, write := sdkCtx.CacheContext()
		err := k.deliverCredit(cacheCtx, pc)
		if err == nil {
			write()
			continue
		}
		k.logger(ctx).Error("emission credit refused; amount returned to the pool", "sink", pc.Sink, "item", pc.ItemId, "amount", pc.Amount, "err", err)
		if err := addInt(ctx, k.Pool, pc.Amount); err != nil {
			return err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventEmissionCreditFailed{
			Epoch: pc.Epoch, Sink: pc.Sink, ItemId: pc.ItemId, Amount: pc.Amount, Reason: err.Error(),
		}); err != nil {
			return err
		}
	}
	if paid.IsZero() {
		return nil
	}
	return addInt(ctx, k.PendingTotal, paid.Neg())
}

func (k Keeper) deliverCredit(ctx sdk.Context, pc types.PendingCredit) error {
	sink, ok := k.sink(pc.Sink)
	if !ok {
		return types.ErrInvalidPayout.Wrapf("no emission sink is registered for module %q", pc.Sink)
	}
	if err := k.bank.SendCoinsFromModuleToModule(ctx, types.ModuleName, pc.Sink, k.coins(pc.Amount)); err != nil {
		return err
	}
	if err := sink.CreditEmission(ctx, pc.Epoch, pc.ItemId, pc.Amount); err != nil {
		return err
	}
	return ctx.EventManager().EmitTypedEvent(&types.EventEmissionCredit{Epoch: pc.Epoch, Sink: pc.Sink, ItemId: pc.ItemId, Amount: pc.Amount})
}
