package types

import (
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

// DefaultGenesis is a bridge with default params, no backing (a chain that starts with no
// supply) and nothing in flight.
func DefaultGenesis() *GenesisState {
	return &GenesisState{
		Params:           DefaultParams(),
		Backing:          ZeroBacking(),
		NextWithdrawalId: 1,
		NextSettlementAt: time.Unix(0, 0).UTC(),
	}
}

// ZeroBacking is a ledger with every amount zero.
func ZeroBacking() Backing {
	z := math.ZeroInt()
	return Backing{GenesisBacking: z, Deposited: z, Funded: z, Burned: z, Reminted: z, Refunded: z, BurnedByChain: z}
}

// Expected is the supply the ledger accounts for: genesis backing + deposited + funded −
// burned + reminted − burned by other modules.
func (b Backing) Expected() math.Int {
	return b.GenesisBacking.Add(b.Deposited).Add(b.Funded).Sub(b.Burned).Add(b.Reminted).Sub(b.BurnedByChain)
}

// Validate checks every amount is set and non-negative.
func (b Backing) Validate() error {
	for _, f := range []struct {
		name string
		v    math.Int
	}{
		{"genesis_backing", b.GenesisBacking}, {"deposited", b.Deposited}, {"funded", b.Funded},
		{"burned", b.Burned}, {"reminted", b.Reminted}, {"refunded", b.Refunded}, {"burned_by_chain", b.BurnedByChain},
	} {
		if f.v.IsNil() || f.v.IsNegative() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "backing %s %s: want a non-negative amount", f.name, fmtInt(f.v))
		}
	}
	if b.Expected().IsNegative() {
		return errorsmod.Wrapf(ErrInvalidGenesis, "backing accounts for a negative supply %s", b.Expected())
	}
	return nil
}

// Validate checks what needs no other module: params, the ledger, each record's own form.
// Cross-checks against state (supply, validators) are InitGenesis's.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if err := gs.Backing.Validate(); err != nil {
		return err
	}
	if gs.NextWithdrawalId == 0 {
		return errorsmod.Wrap(ErrInvalidGenesis, "next_withdrawal_id 0: ids start at 1")
	}
	for _, w := range gs.Withdrawals {
		if w.Id == 0 || w.Id >= gs.NextWithdrawalId {
			return errorsmod.Wrapf(ErrInvalidGenesis, "withdrawal id %d: want within [1, next_withdrawal_id %d)", w.Id, gs.NextWithdrawalId)
		}
		if w.Amount.IsNil() || !w.Amount.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "withdrawal %d amount %s: want positive", w.Id, fmtInt(w.Amount))
		}
		if _, err := ParseCanonicalEthAddress("withdrawal base_recipient", w.BaseRecipient); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "withdrawal %d: %v", w.Id, err)
		}
	}
	for _, a := range gs.Attestations {
		if err := a.Event.Validate(); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "attestation: %v", err)
		}
		if a.Event.EventNonce != a.EventNonce {
			return errorsmod.Wrapf(ErrInvalidGenesis, "attestation for nonce %d holds event %d", a.EventNonce, a.Event.EventNonce)
		}
	}
	if err := validateOrchestratorGenesis(gs); err != nil {
		return err
	}
	return validateValsetGenesis(gs)
}
