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
// creator stake, bonus, emission and participants' self stakes, plus every delegation not yet
// withdrawn.
func (k Keeper) Escrowed(ctx context.Context) (math.Int, error) {
	total := math.ZeroInt()
	live := map[uint64]bool{}
	if err := k.Tasks.Walk(ctx, nil, func(id uint64, t types.Task) (bool, error) {
		if t.Status == types.TASK_STATUS_OPEN || t.Status == types.TASK_STATUS_VALIDATION {
			live[id] = true
			total = total.Add(t.CreatorStake).Add(t.Bonus).Add(t.Emission)
		}
		return false, nil
	}); err != nil {
		return total, err
	}
	if err := k.Participants.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		if live[key.K1()] {
			total = total.Add(p.SelfStake)
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
