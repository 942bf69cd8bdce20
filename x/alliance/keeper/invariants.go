package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// Owed is what the module account must hold: Σ over the alliances of pool + total_stake
// (an ended alliance has both at zero).
func (k Keeper) Owed(ctx context.Context) (math.Int, error) {
	sum := math.ZeroInt()
	err := k.Alliances.Walk(ctx, nil, func(_ uint64, a types.Alliance) (bool, error) {
		sum = sum.Add(a.Pool).Add(a.TotalStake)
		return false, nil
	})
	return sum, err
}

// CheckBalance compares the module account's balance with what the records owe.
func (k Keeper) CheckBalance(ctx context.Context) error {
	owed, err := k.Owed(ctx)
	if err != nil {
		return err
	}
	held := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.denom).Amount
	if !held.Equal(owed) {
		return types.ErrBalanceMismatch.Wrapf("module account holds %s%s, records owe %s%s", held, k.denom, owed, k.denom)
	}
	return nil
}

// CheckIdleStake checks that every alliance's idle_stake is the sum of the stakes of its idle
// participants (README "Emission"). It reads every participant: for invariant checks and
// tests, not for blocks.
func (k Keeper) CheckIdleStake(ctx context.Context) error {
	idle := map[uint64]math.Int{}
	var ids []uint64
	err := k.Participants.Walk(ctx, nil, func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		if _, ok := idle[p.AllianceId]; !ok {
			idle[p.AllianceId] = math.ZeroInt()
			ids = append(ids, p.AllianceId)
		}
		if p.Idle {
			idle[p.AllianceId] = idle[p.AllianceId].Add(p.Stake)
		}
		return false, nil
	})
	if err != nil {
		return err
	}
	return k.Alliances.Walk(ctx, nil, func(id uint64, a types.Alliance) (bool, error) {
		want, ok := idle[id]
		if !ok {
			want = math.ZeroInt()
		}
		if !a.IdleStake.Equal(want) {
			return true, types.ErrBalanceMismatch.Wrapf("alliance %d idle_stake %s: its idle participants hold %s", id, a.IdleStake, want)
		}
		return false, nil
	})
}

// IdleStakeInvariant is the registered invariant: idle_stake = Σ stakes of idle participants.
func IdleStakeInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckIdleStake(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "idle-stake", fmt.Sprintf("%v", err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "idle-stake", "idle stake matches"), false
	}
}

// BalanceInvariant is the registered invariant: escrow = stakes + pools.
func BalanceInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		err := k.CheckBalance(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "module-balance", fmt.Sprintf("%v", err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "module-balance", "balance matches"), false
	}
}
