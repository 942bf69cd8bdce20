package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// EmissionSink makes running alliances earn x/rewards emission (category ALLIANCE): each
// weighted by its participants' stake × seconds while it ran in the window that closes
// (README "Emission"). A credit joins the alliance's reward pool, which pays only the
// participants whose work was accepted or matched the outcome; idle stake is slashed into
// it, never paid from it.
type EmissionSink struct{ k Keeper }

// NewEmissionSink returns the sink x/rewards calls at epoch boundaries.
func NewEmissionSink(k Keeper) EmissionSink { return EmissionSink{k} }

var _ rewardstypes.EmissionSink = EmissionSink{}

// EmissionCategory: alliances share the alliance part of the emission, linearly by weight.
func (EmissionSink) EmissionCategory() rewardstypes.Category {
	return rewardstypes.CATEGORY_ALLIANCE
}

// EmissionItems lists the running alliances by id, each weighted by ∫ total_stake dt in
// aflock·seconds over the window that ends now (exact integers), and starts each one's
// next window. O(running alliances): no participant is read; running alliances are bounded
// by what their creators deposit (params.min_reward_deposit each).
func (s EmissionSink) EmissionItems(ctx context.Context) ([]rewardstypes.EmissionItem, error) {
	var ids []uint64
	if err := s.k.Alliances.Indexes.Status.Walk(ctx, collections.NewPrefixedPairRange[int32, uint64](int32(types.ALLIANCE_STATUS_RUNNING)),
		func(_ int32, id uint64) (bool, error) {
			ids = append(ids, id)
			return false, nil
		}); err != nil {
		return nil, err
	}
	now := blockTime(ctx).Unix()
	items := make([]rewardstypes.EmissionItem, 0, len(ids))
	for _, id := range ids {
		a, err := s.k.GetAlliance(ctx, id)
		if err != nil {
			return nil, err
		}
		accrue(&a, now)
		weight := a.EpochStakeSeconds
		a.EpochStakeSeconds = math.ZeroInt()
		if err := s.k.Alliances.Set(ctx, id, a); err != nil {
			return nil, err
		}
		items = append(items, rewardstypes.EmissionItem{ID: id, Weight: weight})
	}
	return items, nil
}

// CreditEmission adds a credit to a running alliance's reward pool; an alliance that ended
// since the boundary refuses it, and x/rewards keeps the amount.
func (s EmissionSink) CreditEmission(ctx context.Context, epoch, id uint64, amount math.Int) error {
	a, err := s.k.GetAlliance(ctx, id)
	if err != nil {
		return err
	}
	if a.Status != types.ALLIANCE_STATUS_RUNNING {
		return types.ErrAllianceNotActive.Wrapf("alliance %d is %s and takes no more emission", id, a.Status)
	}
	a.Emission = a.Emission.Add(amount)
	a.Pool = a.Pool.Add(amount)
	if err := s.k.Alliances.Set(ctx, id, a); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventEmissionCredited{AllianceId: id, Epoch: epoch, Amount: amount})
}
