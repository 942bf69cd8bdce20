package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/x/bridge/types"
)

// RegisterOrchestrator sets or rotates val's orchestrator account and eth key. sig must be
// eth's signature of types.RegistrationDigest(chain id, val, orch, eth): it proves possession
// of the key for this validator and orchestrator on this chain only. The orchestrator account
// and the eth key are each one validator's: an eth key stays its validator's also once retired
// (EthKeys), so evidence against it always names one validator. A rotation retires the old key
// and keeps the validator's attested nonce (one vote per validator per nonce); a first
// registration starts at the chain's last applied nonce.
func (k Keeper) RegisterOrchestrator(ctx context.Context, val sdk.ValAddress, orch sdk.AccAddress, eth common.Address, sig ethsig.Signature) error {
	valStr, err := k.valCodec.BytesToString(val)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidAddress, "validator: %v", err)
	}
	orchStr, err := k.addressCodec.BytesToString(orch)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidAddress, "orchestrator: %v", err)
	}
	if _, err := k.staking.GetValidator(ctx, val); errors.Is(err, stakingtypes.ErrNoValidatorFound) {
		return errorsmod.Wrapf(types.ErrNotValidator, "%s is not a validator: create it in x/staking before registering its orchestrator", valStr)
	} else if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := types.VerifyRegistration(sdkCtx.ChainID(), val, orch, eth, sig); err != nil {
		return err
	}

	holder, err := k.Orchestrators.Indexes.ByAccount.MatchExact(ctx, orch)
	switch {
	case err == nil && !holder.Equals(val):
		holderStr, _ := k.valCodec.BytesToString(holder)
		return errorsmod.Wrapf(types.ErrKeyInUse, "orchestrator %s is registered by validator %s: want an account no other validator uses", orchStr, holderStr)
	case err != nil && !errors.Is(err, collections.ErrNotFound):
		return err
	}
	rec, err := k.EthKeys.Get(ctx, eth.Bytes())
	switch {
	case err == nil && rec.Validator != valStr:
		state := "the key"
		if rec.Retired {
			state = "a retired key"
		}
		return errorsmod.Wrapf(types.ErrKeyInUse, "eth address %s is %s of validator %s: want a key no other validator ever registered", eth.Hex(), state, rec.Validator)
	case err != nil && !errors.Is(err, collections.ErrNotFound):
		return err
	}

	prev, err := k.Orchestrators.Get(ctx, val)
	first := errors.Is(err, collections.ErrNotFound)
	if err != nil && !first {
		return err
	}
	previousEth := ""
	if !first && prev.EthAddress != eth.Hex() {
		old, err := types.ParseEthAddress("registered eth address", prev.EthAddress)
		if err != nil {
			return err
		}
		if err := k.EthKeys.Set(ctx, old.Bytes(), types.EthKeyRecord{EthAddress: old.Hex(), Validator: valStr, Retired: true}); err != nil {
			return err
		}
		previousEth = old.Hex()
	}
	if err := k.EthKeys.Set(ctx, eth.Bytes(), types.EthKeyRecord{EthAddress: eth.Hex(), Validator: valStr}); err != nil {
		return err
	}
	if err := k.Orchestrators.Set(ctx, val, types.Orchestrator{
		Validator: valStr, Orchestrator: orchStr, EthAddress: eth.Hex(), RegisteredHeight: sdkCtx.BlockHeight(),
	}); err != nil {
		return err
	}

	// The orchestrator attests from the chain's last applied nonce on: older events are
	// final. A rotation keeps the validator's own nonce when it is ahead, so the new account
	// cannot vote a second time for a nonce the old one voted for.
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return err
	}
	start := bs.LastEventNonce
	if last, err := k.AttestedNonces.Get(ctx, val); err == nil {
		start = max(start, last)
	} else if !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	if err := k.AttestedNonces.Set(ctx, val, start); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventOrchestratorRegistered{
		Validator: valStr, Orchestrator: orchStr, EthAddress: eth.Hex(), PreviousEthAddress: previousEth,
	})
}

// orchestratorOf finds the validator whose orchestrator account is orch
// (types.ErrNotOrchestrator naming orch if none).
func (k Keeper) orchestratorOf(ctx context.Context, orch sdk.AccAddress) (sdk.ValAddress, types.Orchestrator, error) {
	val, err := k.Orchestrators.Indexes.ByAccount.MatchExact(ctx, orch)
	if errors.Is(err, collections.ErrNotFound) {
		orchStr, _ := k.addressCodec.BytesToString(orch)
		return nil, types.Orchestrator{}, errorsmod.Wrapf(types.ErrNotOrchestrator, "%s is no validator's orchestrator: the validator registers it with MsgRegisterOrchestrator", orchStr)
	} else if err != nil {
		return nil, types.Orchestrator{}, err
	}
	o, err := k.Orchestrators.Get(ctx, val)
	if err != nil {
		return nil, types.Orchestrator{}, err // the index names it: a miss is a broken store
	}
	return val, o, nil
}

// bondedValidator returns val from x/staking if it is bonded and not jailed
// (types.ErrValidatorNotBonded naming it and its status otherwise).
func (k Keeper) bondedValidator(ctx context.Context, val sdk.ValAddress) (stakingtypes.Validator, error) {
	v, err := k.staking.GetValidator(ctx, val)
	if errors.Is(err, stakingtypes.ErrNoValidatorFound) {
		valStr, _ := k.valCodec.BytesToString(val)
		return v, errorsmod.Wrapf(types.ErrValidatorNotBonded, "validator %s no longer exists: want a bonded validator", valStr)
	} else if err != nil {
		return v, err
	}
	if !v.IsBonded() || v.IsJailed() {
		jailed := ""
		if v.IsJailed() {
			jailed = ", jailed"
		}
		return v, errorsmod.Wrapf(types.ErrValidatorNotBonded, "validator %s is %s%s: want bonded and not jailed", v.OperatorAddress, v.Status, jailed)
	}
	return v, nil
}
