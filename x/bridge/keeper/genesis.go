package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// InitGenesis loads gs. It refuses a genesis whose aflock supply is not exactly what the
// backing ledger accounts for: every aflock must be backed by FLOCK locked on Base.
func (k Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	supply := k.bank.GetSupply(ctx, k.denom).Amount
	if want := gs.Backing.Expected(); !supply.Equal(want) {
		return errorsmod.Wrapf(types.ErrBackingMismatch, "genesis supply of %s is %s but the bridge backing accounts for %s (genesis_backing %s + deposited %s + funded %s − burned %s + reminted %s): lock exactly the supply in FlockBridge and set genesis_backing to it",
			k.denom, supply, want, gs.Backing.GenesisBacking, gs.Backing.Deposited, gs.Backing.Funded, gs.Backing.Burned, gs.Backing.Reminted)
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	if err := k.BaseState.Set(ctx, gs.BaseState); err != nil {
		return err
	}
	if err := k.Backing.Set(ctx, gs.Backing); err != nil {
		return err
	}
	for _, o := range gs.Orchestrators {
		val, err := k.valCodec.StringToBytes(o.Validator)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "orchestrator of %q: %v", o.Validator, err)
		}
		if err := k.Orchestrators.Set(ctx, val, o); err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "orchestrator of %s: %v", o.Validator, err)
		}
	}
	for _, r := range gs.EthKeys {
		a, err := types.ParseEthAddress("eth key", r.EthAddress)
		if err != nil {
			return errorsmod.Wrap(types.ErrInvalidGenesis, err.Error())
		}
		if err := k.EthKeys.Set(ctx, a.Bytes(), r); err != nil {
			return err
		}
	}
	for _, n := range gs.AttestedNonces {
		val, err := k.valCodec.StringToBytes(n.Validator)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "attested nonce of %q: %v", n.Validator, err)
		}
		if err := k.AttestedNonces.Set(ctx, val, n.Nonce); err != nil {
			return err
		}
	}
	for _, a := range gs.Attestations {
		if err := k.Attestations.Set(ctx, collections.Join(a.EventNonce, a.ClaimHash), a); err != nil {
			return err
		}
	}
	for _, v := range gs.Votes {
		val, err := k.valCodec.StringToBytes(v.Validator)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "vote of %q: %v", v.Validator, err)
		}
		if err := k.Votes.Set(ctx, collections.Join3(v.EventNonce, v.ClaimHash, sdk.ValAddress(val))); err != nil {
			return err
		}
	}
	for _, f := range gs.FailedEvents {
		if err := k.FailedEvents.Set(ctx, f.EventNonce, f); err != nil {
			return err
		}
	}
	for _, w := range gs.Withdrawals {
		if err := k.Withdrawals.Set(ctx, w.Id, w); err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "withdrawal %d: %v", w.Id, err)
		}
	}
	if err := k.WithdrawalSeq.Set(ctx, gs.NextWithdrawalId); err != nil {
		return err
	}
	for _, s := range gs.Settlements {
		if err := k.Settlements.Set(ctx, s.Epoch, s); err != nil {
			return err
		}
	}
	for _, l := range gs.Leaves {
		if err := k.Leaves.Set(ctx, collections.Join(l.Epoch, l.Index), l); err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "leaf %d/%d: %v", l.Epoch, l.Index, err)
		}
	}
	if err := k.initSettlements(ctx, gs.Settlements); err != nil {
		return err
	}
	for _, v := range gs.Valsets {
		if err := k.Valsets.Set(ctx, v.Nonce, v); err != nil {
			return err
		}
	}
	for _, c := range gs.ValsetConfirmations {
		val, err := k.valCodec.StringToBytes(c.Confirmation.Validator)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "valset confirmation of %q: %v", c.Confirmation.Validator, err)
		}
		if err := k.ValsetConfirms.Set(ctx, collections.Join(c.Nonce, sdk.ValAddress(val)), c.Confirmation); err != nil {
			return err
		}
	}
	for _, c := range gs.SettlementConfirmations {
		val, err := k.valCodec.StringToBytes(c.Confirmation.Validator)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "settlement confirmation of %q: %v", c.Confirmation.Validator, err)
		}
		if err := k.SettlementConfirms.Set(ctx, collections.Join(c.Epoch, sdk.ValAddress(val)), c.Confirmation); err != nil {
			return err
		}
	}
	for _, d := range gs.Deadlines {
		if err := k.Deadlines.Set(ctx, deadlineKey(d), d); err != nil {
			return err
		}
	}
	for _, b := range gs.BadSignatures {
		h, err := types.ParseHash("bad signature digest", b.Digest)
		if err != nil {
			return errorsmod.Wrap(types.ErrInvalidGenesis, err.Error())
		}
		signer, err := types.ParseEthAddress("bad signature signer", b.EthAddress)
		if err != nil {
			return errorsmod.Wrap(types.ErrInvalidGenesis, err.Error())
		}
		if err := k.BadSignatures.Set(ctx, badSignatureKey(h, signer), b); err != nil {
			return err
		}
	}
	return k.NextSettlementAt.Set(ctx, gs.NextSettlementAt.UnixNano())
}

// deadlineKey orders deadlines by time, then kind and id.
func deadlineKey(d types.ConfirmDeadline) collections.Triple[int64, int32, uint64] {
	return collections.Join3(d.Deadline.UnixNano(), int32(d.Kind), d.Id)
}

// ExportGenesis writes the whole state.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if gs.BaseState, err = k.BaseState.Get(ctx); err != nil {
		return nil, err
	}
	if gs.Backing, err = k.Backing.Get(ctx); err != nil {
		return nil, err
	}
	if err := k.Orchestrators.Walk(ctx, nil, func(_ sdk.ValAddress, o types.Orchestrator) (bool, error) {
		gs.Orchestrators = append(gs.Orchestrators, o)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.EthKeys.Walk(ctx, nil, func(_ []byte, r types.EthKeyRecord) (bool, error) {
		gs.EthKeys = append(gs.EthKeys, r)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.AttestedNonces.Walk(ctx, nil, func(val sdk.ValAddress, n uint64) (bool, error) {
		s, err := k.valCodec.BytesToString(val)
		gs.AttestedNonces = append(gs.AttestedNonces, types.OrchestratorNonce{Validator: s, Nonce: n})
		return false, err
	}); err != nil {
		return nil, err
	}
	if err := k.Attestations.Walk(ctx, nil, func(_ collections.Pair[uint64, []byte], a types.Attestation) (bool, error) {
		gs.Attestations = append(gs.Attestations, a)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Votes.Walk(ctx, nil, func(key collections.Triple[uint64, []byte, sdk.ValAddress]) (bool, error) {
		s, err := k.valCodec.BytesToString(key.K3())
		gs.Votes = append(gs.Votes, types.AttestationVote{EventNonce: key.K1(), ClaimHash: key.K2(), Validator: s})
		return false, err
	}); err != nil {
		return nil, err
	}
	if err := k.FailedEvents.Walk(ctx, nil, func(_ uint64, f types.FailedEvent) (bool, error) {
		gs.FailedEvents = append(gs.FailedEvents, f)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Withdrawals.Walk(ctx, nil, func(_ uint64, w types.Withdrawal) (bool, error) {
		gs.Withdrawals = append(gs.Withdrawals, w)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.NextWithdrawalId, err = k.WithdrawalSeq.Peek(ctx); err != nil {
		return nil, err
	}
	if err := k.Settlements.Walk(ctx, nil, func(_ uint64, s types.Settlement) (bool, error) {
		gs.Settlements = append(gs.Settlements, s)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Leaves.Walk(ctx, nil, func(_ collections.Pair[uint64, uint64], l types.Leaf) (bool, error) {
		gs.Leaves = append(gs.Leaves, l)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Valsets.Walk(ctx, nil, func(_ uint64, v types.Valset) (bool, error) {
		gs.Valsets = append(gs.Valsets, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.ValsetConfirms.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.ValAddress], c types.Confirmation) (bool, error) {
		gs.ValsetConfirmations = append(gs.ValsetConfirmations, types.ValsetConfirmation{Nonce: key.K1(), Confirmation: c})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.SettlementConfirms.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.ValAddress], c types.Confirmation) (bool, error) {
		gs.SettlementConfirmations = append(gs.SettlementConfirmations, types.SettlementConfirmation{Epoch: key.K1(), Confirmation: c})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Deadlines.Walk(ctx, nil, func(_ collections.Triple[int64, int32, uint64], d types.ConfirmDeadline) (bool, error) {
		gs.Deadlines = append(gs.Deadlines, d)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.BadSignatures.Walk(ctx, nil, func(_ []byte, b types.BadSignatureRecord) (bool, error) {
		gs.BadSignatures = append(gs.BadSignatures, b)
		return false, nil
	}); err != nil {
		return nil, err
	}
	next, err := k.NextSettlementAt.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs.NextSettlementAt = time.Unix(0, next).UTC()
	return gs, nil
}
