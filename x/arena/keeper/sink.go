package keeper

import (
	"context"
	"slices"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// EmissionSink makes arena tasks earn x/rewards emission: every live task (open or in
// validation), weighted by its participants' effective stake × seconds since the last epoch
// boundary (README "Emission"). A credit grows the task's emission, of which the task keeps
// the working stake's share at settlement.
type EmissionSink struct{ k Keeper }

// NewEmissionSink returns the sink x/rewards calls at epoch boundaries.
func NewEmissionSink(k Keeper) EmissionSink { return EmissionSink{k} }

var _ rewardstypes.EmissionSink = EmissionSink{}

// EmissionCategory: arena tasks share the arena part of the emission, linearly by weight.
func (EmissionSink) EmissionCategory() rewardstypes.Category { return rewardstypes.CATEGORY_ARENA }

// EmissionItems lists live tasks by id, each weighted by ⌊∫ s dt⌋ over the window that ends
// now (aflock·seconds of effective stake s = s_self + ε·s_delegated, from the task's
// EpochStake integral), and starts each task's next window. O(live tasks): no participant is
// read. Live tasks are bounded by what their creators escrow (min_task_stake each).
func (s EmissionSink) EmissionItems(ctx context.Context) ([]rewardstypes.EmissionItem, error) {
	params, err := s.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	var ids []uint64
	for _, st := range []types.TaskStatus{types.TASK_STATUS_OPEN, types.TASK_STATUS_VALIDATION} {
		if err := s.k.Tasks.Indexes.Status.Walk(ctx, collections.NewPrefixedPairRange[int32, uint64](int32(st)),
			func(_ int32, id uint64) (bool, error) {
				ids = append(ids, id)
				return false, nil
			}); err != nil {
			return nil, err
		}
	}
	slices.Sort(ids)
	now := unixNow(ctx)
	items := make([]rewardstypes.EmissionItem, 0, len(ids))
	for _, id := range ids {
		t, err := s.k.GetTask(ctx, id)
		if err != nil {
			return nil, err
		}
		weight := t.EpochStake.At(now).EffectiveSeconds(params.DelegationWeight)
		t.EpochStake = t.EpochStake.Restart(now)
		if err := s.k.Tasks.Set(ctx, id, t); err != nil {
			return nil, err
		}
		items = append(items, rewardstypes.EmissionItem{ID: id, Weight: weight})
	}
	return items, nil
}

// CreditEmission adds a credit to a live task's reward pool; a task that ended since the
// boundary refuses it, and x/rewards keeps the amount.
func (s EmissionSink) CreditEmission(ctx context.Context, epoch, id uint64, amount math.Int) error {
	t, err := s.k.GetTask(ctx, id)
	if err != nil {
		return err
	}
	if t.Status != types.TASK_STATUS_OPEN && t.Status != types.TASK_STATUS_VALIDATION {
		return types.ErrTaskNotActive.Wrapf("task %d is %s and takes no more emission", id, t.Status)
	}
	t.Emission = t.Emission.Add(amount)
	if err := s.k.Tasks.Set(ctx, id, t); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventEmissionCredited{TaskId: id, Epoch: epoch, Amount: amount})
}
