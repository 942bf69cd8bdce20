package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// Escrowed is what the module account must hold: for live tasks (open or in validation) the
// creator stake, bonus, emission and participants' self stakes; for settling tasks the
// creator stake, the pool and the self stakes less what the settlement already paid or
// returned; the delegators' parts of finalised rewards not yet drawn; plus every delegation
// not yet withdrawn.
func (k Keeper) Escrowed(ctx context.Context) (math.Int, error) {
	total := math.ZeroInt()
	held := map[uint64]bool{}      // tasks whose participants' stakes are still held; lookups only
	finalized := map[uint64]bool{} // tasks whose delegators may still draw their parts
	if err := k.Tasks.Walk(ctx, nil, func(id uint64, t types.Task) (bool, error) {
		switch t.Status {
		case types.TASK_STATUS_FINALIZED:
			finalized[id] = true
		case types.TASK_STATUS_OPEN, types.TASK_STATUS_VALIDATION:
			held[id] = true
			total = total.Add(t.CreatorStake).Add(t.Bonus).Add(t.Emission)
		case types.TASK_STATUS_SETTLING:
			s, err := k.Settlements.Get(ctx, id)
			if err != nil {
				return true, fmt.Errorf("settling task %d: %w", id, err)
			}
			held[id] = true
			total = total.Add(t.CreatorStake).Add(s.Pool).Sub(s.Paid).Sub(s.Returned)
		}
		return false, nil
	}); err != nil {
		return total, err
	}
	if err := k.Participants.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		if held[key.K1()] {
			total = total.Add(p.SelfStake)
		}
		return false, nil
	}); err != nil {
		return total, err
	}
	if err := k.ParticipantResults.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress], r types.ParticipantResult) (bool, error) {
		if finalized[key.K1()] { // owed to delegators, not yet drawn
			total = total.Add(r.Reward.Sub(r.ToSelf).Sub(r.DelegatorsPaid))
		}
		return false, nil
	}); err != nil {
		return total, err
	}
	err := k.Delegations.Walk(ctx, nil, func(_ collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], a math.Int) (bool, error) {
		total = total.Add(a)
		return false, nil
	})
	return total, err
}

// CheckBalance verifies that money is conserved: the module account holds exactly Escrowed.
func (k Keeper) CheckBalance(ctx context.Context) error {
	want, err := k.Escrowed(ctx)
	if err != nil {
		return err
	}
	have := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.denom).Amount
	if !have.Equal(want) {
		return types.ErrBalanceMismatch.Wrapf("arena account holds %s%s, its records sum to %s", have, k.denom, want)
	}
	return nil
}

// BalanceInvariant is the x/arena invariant for the invariant registry.
func BalanceInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckBalance(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "module balance", fmt.Sprint(err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "module balance", "escrow matches its records"), false
	}
}
