package types

import (
	"math/big"
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/internal/fixedpoint"
)

// Bounds on params, so governance cannot set a value that stalls or floods the chain.
const (
	MinSettlementInterval = time.Second
	MaxSettlementInterval = 30 * 24 * time.Hour
	// MaxWithdrawalsPerSettlement keeps a settlement's tree and its Base claims sane.
	MaxWithdrawalsPerSettlement = 100_000
	MaxValsetChangeBps          = 5_000
	MinConfirmWindow            = time.Minute
	MaxConfirmWindow            = 30 * 24 * time.Hour
	// MaxEventsPerAttestation keeps one MsgAttestEvents well below the block and tx size.
	MaxEventsPerAttestation = 1_000
	MaxPerBlock             = 100_000
	MaxJailDuration         = 365 * 24 * time.Hour
)

// MaxSlashFraction bounds each bridge slash: a quarter of a validator's stake.
var MaxSlashFraction = math.LegacyNewDecWithPrec(25, 2)

// DefaultParams: a bridge not yet pointed at a contract (base_chain_id 0: attestations and
// signing are refused until governance or genesis sets the contract), hourly settlements of up
// to 1,000 withdrawals and 1,000,000 FLOCK, a new valset on a 5 % power change, a day to
// confirm, 0.1 % slashed and 10 minutes jailed for an unsigned valset or settlement, 5 % for a
// bad signature.
func DefaultParams() Params {
	return Params{
		SettlementInterval:          time.Hour,
		MaxWithdrawalsPerSettlement: 1_000,
		MaxSettlementTotal:          fixedpoint.One.MulRaw(1_000_000),
		MinWithdrawal:               fixedpoint.One,
		ValsetChangeBps:             500,
		ConfirmWindow:               24 * time.Hour,
		SlashFractionUnsigned:       math.LegacyNewDecWithPrec(1, 3),
		SlashFractionBadSignature:   math.LegacyNewDecWithPrec(5, 2),
		MaxEventsPerAttestation:     100,
		MaxAppliedPerBlock:          200,
		MaxPrunedPerBlock:           500,
		MaxDeadlinesPerBlock:        20,
		MaxLeavesPerBlock:           500,
		AttestationRetention:        10_000,
		JailDuration:                10 * time.Minute,
	}
}

// Configured reports whether the params name a bridge: chain id, contract and bridge id set.
func (p Params) Configured() bool {
	return p.BaseChainId != 0 && p.BridgeContract != "" && p.BridgeId != ""
}

// Domain is the EIP-712 domain every valset and settlement signature is bound to. Call it on
// validated, configured params only.
func (p Params) Domain() (digest.Domain, error) {
	if !p.Configured() {
		return digest.Domain{}, errorsmod.Wrap(ErrBridgeNotConfigured, "base_chain_id, bridge_contract and bridge_id must be set by governance")
	}
	contract, err := ParseEthAddress("bridge_contract", p.BridgeContract)
	if err != nil {
		return digest.Domain{}, err
	}
	id, err := ParseHash("bridge_id", p.BridgeId)
	if err != nil {
		return digest.Domain{}, err
	}
	return digest.Domain{ChainID: new(big.Int).SetUint64(p.BaseChainId), Contract: contract, BridgeID: id}, nil
}

// Validate checks every param against its bounds. Errors name the param, the value and the range.
func (p Params) Validate() error {
	if p.BridgeContract != "" {
		if _, err := ParseCanonicalEthAddress("bridge_contract", p.BridgeContract); err != nil {
			return errorsmod.Wrap(ErrInvalidParams, err.Error())
		}
	}
	if p.TokenContract != "" {
		if _, err := ParseCanonicalEthAddress("token_contract", p.TokenContract); err != nil {
			return errorsmod.Wrap(ErrInvalidParams, err.Error())
		}
	}
	if p.BridgeId != "" {
		id, err := ParseHash("bridge_id", p.BridgeId)
		if err != nil {
			return errorsmod.Wrap(ErrInvalidParams, err.Error())
		}
		if id == (common.Hash{}) {
			return errorsmod.Wrap(ErrInvalidParams, "bridge_id is zero")
		}
	}
	if err := durationIn("settlement_interval", p.SettlementInterval, MinSettlementInterval, MaxSettlementInterval); err != nil {
		return err
	}
	if err := durationIn("confirm_window", p.ConfirmWindow, MinConfirmWindow, MaxConfirmWindow); err != nil {
		return err
	}
	if err := durationIn("jail_duration", p.JailDuration, 0, MaxJailDuration); err != nil {
		return err
	}
	if err := uintIn("max_withdrawals_per_settlement", uint64(p.MaxWithdrawalsPerSettlement), 1, MaxWithdrawalsPerSettlement); err != nil {
		return err
	}
	if err := uintIn("valset_change_bps", uint64(p.ValsetChangeBps), 1, MaxValsetChangeBps); err != nil {
		return err
	}
	if err := uintIn("max_events_per_attestation", uint64(p.MaxEventsPerAttestation), 1, MaxEventsPerAttestation); err != nil {
		return err
	}
	for _, b := range []struct {
		name string
		v    uint32
	}{
		{"max_applied_per_block", p.MaxAppliedPerBlock},
		{"max_pruned_per_block", p.MaxPrunedPerBlock},
		{"max_deadlines_per_block", p.MaxDeadlinesPerBlock},
		{"max_leaves_per_block", p.MaxLeavesPerBlock},
	} {
		if err := uintIn(b.name, uint64(b.v), 1, MaxPerBlock); err != nil {
			return err
		}
	}
	if p.AttestationRetention == 0 {
		return errorsmod.Wrap(ErrInvalidParams, "attestation_retention 0: want at least 1 nonce kept")
	}
	maxTotal := new(big.Int).Lsh(big.NewInt(1), 128) // FlockBridge stores totals as uint128
	if p.MaxSettlementTotal.IsNil() || !p.MaxSettlementTotal.IsPositive() || p.MaxSettlementTotal.BigInt().Cmp(maxTotal) >= 0 {
		return errorsmod.Wrapf(ErrInvalidParams, "max_settlement_total %s: want 0 < total < 2^128", fmtInt(p.MaxSettlementTotal))
	}
	if p.MinWithdrawal.IsNil() || !p.MinWithdrawal.IsPositive() || p.MinWithdrawal.GT(p.MaxSettlementTotal) {
		return errorsmod.Wrapf(ErrInvalidParams, "min_withdrawal %s: want 0 < min ≤ max_settlement_total %s", fmtInt(p.MinWithdrawal), p.MaxSettlementTotal)
	}
	for _, f := range []struct {
		name string
		v    math.LegacyDec
	}{
		{"slash_fraction_unsigned", p.SlashFractionUnsigned},
		{"slash_fraction_bad_signature", p.SlashFractionBadSignature},
	} {
		if f.v.IsNil() || f.v.IsNegative() || f.v.GT(MaxSlashFraction) {
			return errorsmod.Wrapf(ErrInvalidParams, "%s %v: want within [0, %s]", f.name, f.v, MaxSlashFraction)
		}
	}
	return nil
}

func durationIn(name string, d, lo, hi time.Duration) error {
	if d < lo || d > hi {
		return errorsmod.Wrapf(ErrInvalidParams, "%s %s: want within [%s, %s]", name, d, lo, hi)
	}
	return nil
}

func uintIn(name string, v, lo, hi uint64) error {
	if v < lo || v > hi {
		return errorsmod.Wrapf(ErrInvalidParams, "%s %d: want within [%d, %d]", name, v, lo, hi)
	}
	return nil
}
