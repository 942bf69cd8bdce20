package keeper

import (
	"context"
	"errors"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// punish slashes validator v by fraction of its stake and jails it until jail_duration from
// now, through x/slashing with v's consensus address and its current consensus power (the
// infraction is now: a missed deadline or a bad signature found now). A validator already
// jailed stays jailed until its own release time. The burned stake is booked at once as
// burned_by_chain, so the backing ledger stays exact after the message, not only after the
// block. Emits EventValidatorPunished and returns what was slashed.
func (k Keeper) punish(ctx context.Context, p types.Params, v stakingtypes.Validator, fraction math.LegacyDec, reason string) (math.Int, error) {
	consAddr, err := v.GetConsAddr()
	if err != nil {
		return math.Int{}, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	before := v.Tokens
	if fraction.IsPositive() {
		// the stake behind the validator's tokens, bonded or not: ConsensusPower is 0 once a
		// jailed validator is unbonding, which would slash a bad signature found then by nothing
		power := v.PotentialConsensusPower(k.staking.PowerReduction(ctx))
		if err := k.slashing.Slash(ctx, consAddr, fraction, power, sdkCtx.BlockHeight()); err != nil {
			return math.Int{}, err
		}
	}
	if !v.IsJailed() {
		if err := k.slashing.Jail(ctx, consAddr); err != nil {
			return math.Int{}, err
		}
		if err := k.slashing.JailUntil(ctx, consAddr, sdkCtx.BlockTime().Add(p.JailDuration)); err != nil {
			return math.Int{}, err
		}
	}
	valAddr, err := k.valCodec.StringToBytes(v.OperatorAddress)
	if err != nil {
		return math.Int{}, err
	}
	after, err := k.staking.GetValidator(ctx, valAddr)
	if err != nil {
		return math.Int{}, err
	}
	slashed := before.Sub(after.Tokens)
	if err := k.reconcileSupply(ctx, p); err != nil {
		return math.Int{}, err
	}
	k.logger(ctx).Info("validator punished by the bridge", "validator", v.OperatorAddress, "reason", reason, "slashed", slashed)
	return slashed, sdkCtx.EventManager().EmitTypedEvent(&types.EventValidatorPunished{Validator: v.OperatorAddress, Reason: reason, Slashed: slashed})
}

// punishableValidator returns val from x/staking if the bridge can still punish it: it exists,
// is bonded and is not jailed. ok is false otherwise (a validator that left the bonded set or
// is already jailed for something else is not slashed again for a bridge duty it no longer has).
func (k Keeper) punishableValidator(ctx context.Context, val sdk.ValAddress) (stakingtypes.Validator, bool, error) {
	v, err := k.staking.GetValidator(ctx, val)
	if errors.Is(err, stakingtypes.ErrNoValidatorFound) {
		return v, false, nil
	} else if err != nil {
		return v, false, err
	}
	return v, v.IsBonded() && !v.IsJailed(), nil
}

// slashableValidator returns val from x/staking if its stake can be slashed for a bad
// signature: it exists and is not unbonded (x/staking refuses to slash an unbonded validator).
// A jailed or unbonding validator is still slashed: the signature is a fault whenever made.
func (k Keeper) slashableValidator(ctx context.Context, val sdk.ValAddress, valStr string) (stakingtypes.Validator, error) {
	v, err := k.staking.GetValidator(ctx, val)
	if errors.Is(err, stakingtypes.ErrNoValidatorFound) {
		return v, errorsmod.Wrapf(types.ErrNotValidator, "validator %s no longer exists: nothing to slash", valStr)
	} else if err != nil {
		return v, err
	}
	if v.IsUnbonded() {
		return v, errorsmod.Wrapf(types.ErrValidatorNotBonded, "validator %s is unbonded: x/staking cannot slash it; submit the evidence again if it bonds", valStr)
	}
	return v, nil
}
