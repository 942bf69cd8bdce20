package types

import (
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// Bounds on params, so governance cannot set a value that stalls or floods the chain.
const (
	MinEpochDuration = time.Second
	MaxEpochDuration = 366 * 24 * time.Hour
	// MaxCatchUpEpochs is how many missed epochs BeginBlock closes, one per block, before the
	// schedule restarts at the current block: a halt or an old genesis epoch start cannot
	// make the chain pay an epoch every block for long.
	MaxCatchUpEpochs   = 10
	MaxCreditsPerBlock = 100_000
)

var (
	// MaxDecay keeps the emission reaching zero within a bounded number of decay steps.
	MaxDecay = math.LegacyNewDecWithPrec(999, 3)
	// MaxEpochEmission is a billion FLOCK, FLOCK's whole supply.
	MaxEpochEmission = fixedpoint.One.MulRaw(1_000_000_000)
)

// DefaultParams follows FLock's schedule: 1074 FLOCK a day, ×0.9 every 30 emissions, 10 % of
// the rest after alliances to the marketplace, arena tasks weighted by √stake, no claim fee.
func DefaultParams() Params {
	return Params{
		EpochDuration:      24 * time.Hour,
		EpochEmission:      fixedpoint.One.MulRaw(1074),
		Decay:              math.LegacyNewDecWithPrec(9, 1),
		DecayInterval:      30,
		MarketplaceShare:   math.LegacyNewDecWithPrec(1, 1),
		ClaimFee:           math.ZeroInt(),
		MaxCreditsPerBlock: 500,
	}
}

// Validate checks every param against its range and names the first one that is wrong.
func (p Params) Validate() error {
	if p.EpochDuration < MinEpochDuration || p.EpochDuration > MaxEpochDuration {
		return errorsmod.Wrapf(ErrInvalidParams, "epoch_duration %s must be between %s and %s", p.EpochDuration, MinEpochDuration, MaxEpochDuration)
	}
	if p.EpochEmission.IsNil() || p.EpochEmission.IsNegative() || p.EpochEmission.GT(MaxEpochEmission) {
		return errorsmod.Wrapf(ErrInvalidParams, "epoch_emission %s must be between 0 and %s aflock", intString(p.EpochEmission), MaxEpochEmission)
	}
	if p.Decay.IsNil() || !p.Decay.IsPositive() || p.Decay.GT(MaxDecay) {
		return errorsmod.Wrapf(ErrInvalidParams, "decay %s must be > 0 and at most %s (below 1)", decString(p.Decay), MaxDecay)
	}
	if p.DecayInterval == 0 {
		return errorsmod.Wrap(ErrInvalidParams, "decay_interval 0 must be at least 1 epoch")
	}
	if p.MarketplaceShare.IsNil() || p.MarketplaceShare.IsNegative() || p.MarketplaceShare.GT(math.LegacyOneDec()) {
		return errorsmod.Wrapf(ErrInvalidParams, "marketplace_share %s must be within [0, 1]", decString(p.MarketplaceShare))
	}
	if p.ClaimFee.IsNil() || p.ClaimFee.IsNegative() {
		return errorsmod.Wrapf(ErrInvalidParams, "claim_fee %s must be a non-negative amount of aflock", intString(p.ClaimFee))
	}
	if p.MaxCreditsPerBlock == 0 || p.MaxCreditsPerBlock > MaxCreditsPerBlock {
		return errorsmod.Wrapf(ErrInvalidParams, "max_credits_per_block %d must be between 1 and %d", p.MaxCreditsPerBlock, MaxCreditsPerBlock)
	}
	return nil
}

func intString(i math.Int) string {
	if i.IsNil() {
		return "<nil>"
	}
	return i.String()
}

func decString(d math.LegacyDec) string {
	if d.IsNil() {
		return "<nil>"
	}
	return d.String()
}
