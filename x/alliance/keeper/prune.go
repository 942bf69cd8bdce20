package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// prune removes the round records of alliances that ended more than params.record_retention
// ago, oldest first, at most params.max_prune_per_block records per block: updates (with
// their hash index), votes, model reports, reporters, then rounds. The alliance (its final
// model hash, pool history, contributors count) and its participants (stakes, rewards,
// slashes, accepted-update counts: the Contributors query) stay for the marketplace. An
// alliance whose records are all gone is marked pruned. It never fails: an alliance whose
// pruning fails is logged, announced (EventSettlementFailed), its writes discarded, and
// tried again params.retry_delay later.
func (k Keeper) prune(ctx context.Context, params types.Params) {
	now := blockTime(ctx)
	cutoff := now.Add(-params.RecordRetention)
	var due []collections.Pair[time.Time, uint64]
	budget := params.MaxPrunePerBlock
	// at most one alliance per record of budget: each takes at least one unit
	err := k.Ended.Walk(ctx, new(collections.Range[collections.Pair[time.Time, uint64]]).EndInclusive(collections.Join(cutoff, ^uint64(0))),
		func(key collections.Pair[time.Time, uint64]) (bool, error) {
			due = append(due, key)
			return uint32(len(due)) >= budget, nil
		})
	if err != nil {
		k.logger(ctx).Error("ended alliances unreadable", "err", err)
		return
	}
	for _, key := range due {
		if budget == 0 {
			return
		}
		cache, write := sdk.UnwrapSDKContext(ctx).CacheContext()
		n, err := k.pruneAlliance(cache, key, budget)
		if err != nil {
			id := key.K2()
			k.logger(ctx).Error("alliance records could not be pruned; retrying later", "alliance", id, "err", err)
			// due again once the cutoff reaches it: retry_delay from now, not from its end
			// (which is already past the cutoff, so it would be due again next block)
			later := collections.Join(cutoff.Add(params.RetryDelay), id)
			moved := k.Ended.Remove(ctx, key)
			if moved == nil {
				moved = k.Ended.Set(ctx, later)
			}
			if moved != nil {
				k.logger(ctx).Error("alliance pruning could not be postponed", "alliance", id, "err", moved)
			}
			_ = events(ctx).EmitTypedEvent(&types.EventSettlementFailed{AllianceId: id, Error: "pruning: " + err.Error()})
			budget--
			continue
		}
		write()
		budget -= n
	}
}

// pruneAlliance removes up to budget records of one ended alliance, collection by
// collection; once none is left it marks the alliance pruned and drops it from Ended.
// Removed records are gone, so each block starts again from the first key: no cursor.
func (k Keeper) pruneAlliance(ctx context.Context, key collections.Pair[time.Time, uint64], budget uint32) (uint32, error) {
	id := key.K2()
	var used uint32
	steps := []func(limit int) (int, bool, error){
		func(limit int) (int, bool, error) {
			return removeChunk[collections.Triple[uint64, uint32, sdk.AccAddress], types.Update](ctx, k.Updates, k.Updates.Remove,
				collections.NewPrefixedTripleRange[uint64, uint32, sdk.AccAddress](id), limit)
		},
		func(limit int) (int, bool, error) {
			return removeChunk[collections.Triple[uint64, uint32, sdk.AccAddress], types.Vote](ctx, k.Votes, k.Votes.Remove,
				collections.NewPrefixedTripleRange[uint64, uint32, sdk.AccAddress](id), limit)
		},
		func(limit int) (int, bool, error) {
			return removeChunk[collections.Triple[uint64, uint32, []byte], math.Int](ctx, k.ModelReports, k.ModelReports.Remove,
				collections.NewPrefixedTripleRange[uint64, uint32, []byte](id), limit)
		},
		func(limit int) (int, bool, error) {
			return removeChunk[collections.Triple[uint64, uint32, sdk.AccAddress], collections.NoValue](ctx, keySetWalker[collections.Triple[uint64, uint32, sdk.AccAddress]]{k.Reporters}, k.Reporters.Remove,
				collections.NewPrefixedTripleRange[uint64, uint32, sdk.AccAddress](id), limit)
		},
		func(limit int) (int, bool, error) {
			return removeChunk[collections.Pair[uint64, uint32], types.Round](ctx, k.Rounds, k.Rounds.Remove,
				collections.NewPrefixedPairRange[uint64, uint32](id), limit)
		},
	}
	for _, step := range steps {
		n, done, err := step(int(budget - used))
		used += uint32(n)
		if err != nil {
			return used, err
		}
		if !done {
			return used, events(ctx).EmitTypedEvent(&types.EventRecordsPruned{AllianceId: id, Records: used})
		}
	}
	a, err := k.GetAlliance(ctx, id)
	if err != nil {
		return used, err
	}
	a.Pruned = true
	if err := k.Alliances.Set(ctx, id, a); err != nil {
		return used, err
	}
	if err := k.Ended.Remove(ctx, key); err != nil {
		return used, err
	}
	return max(used, 1), events(ctx).EmitTypedEvent(&types.EventRecordsPruned{AllianceId: id, Records: used, Done: true})
}

// removeChunk removes the first records of rng, at most limit (0: none); done tells that
// rng is empty afterwards.
func removeChunk[K, V any](ctx context.Context, m walker[K, V], remove func(context.Context, K) error, rng collections.Ranger[K], limit int) (int, bool, error) {
	if limit <= 0 {
		items, _, err := readChunk(ctx, m, rng, 1)
		return 0, len(items) == 0, err
	}
	items, done, err := readChunk(ctx, m, rng, limit)
	if err != nil {
		return 0, false, err
	}
	for _, it := range items {
		if err := remove(ctx, it.key); err != nil {
			return 0, false, err
		}
	}
	return len(items), done, nil
}

// keySetWalker lets a KeySet be read like a map of empty values.
type keySetWalker[K any] struct{ s collections.KeySet[K] }

func (w keySetWalker[K]) Walk(ctx context.Context, rng collections.Ranger[K], fn func(K, collections.NoValue) (bool, error)) error {
	return w.s.Walk(ctx, rng, func(key K) (bool, error) { return fn(key, collections.NoValue{}) })
}
