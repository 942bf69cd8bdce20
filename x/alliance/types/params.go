package types

import (
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// Bounds governance cannot cross.
const (
	MaxPhaseDuration = 30 * 24 * time.Hour
	// MaxStartDelay and MaxFillWindow bound how long an alliance may wait for participants.
	MaxStartDelay = 366 * 24 * time.Hour
	MaxFillWindow = 366 * 24 * time.Hour
	MaxRounds     = 1000
	// MaxParticipants bounds an alliance: every role check recomputes the round's shuffle
	// of n participants (O(n), no store read), and a vote's bitmaps hold n bits.
	MaxParticipants = 10_000
	// MinSettleWork and MaxSettleWork bound max_settle_work_per_block.
	MinSettleWork = 100
	MaxSettleWork = 1_000_000
	// MaxAlliancesPerBlock bounds the deadlines handled in one EndBlock.
	MaxAlliancesPerBlock = 100
	// MaxMetricDecimals keeps a metric a plain LegacyDec.
	MaxMetricDecimals = 18
	// DefaultSettleWork keeps a block's settlement work small (BenchmarkSettleRound).
	DefaultSettleWork = 2_000
	// MaxRecordRetention bounds record_retention (0 prunes as soon as an alliance ends).
	MaxRecordRetention = 10 * 366 * 24 * time.Hour
	// MaxPrunePerBlock bounds max_prune_per_block (a record removed is one or two deletes).
	MaxPrunePerBlock = 100_000
	// MinRetryDelay and MaxRetryDelay bound retry_delay: a failing alliance is retried no
	// more often than every block second and at least once a day.
	MinRetryDelay = time.Second
	MaxRetryDelay = 24 * time.Hour
)

var flock = fixedpoint.One

// DefaultParams: 100 FLOCK of reward deposit at least, 10 FLOCK of stake at least, half of
// a round's reward to the proposers, 10 % slashed from a rejected update's proposer.
func DefaultParams() Params {
	return Params{
		MinRewardDeposit:      flock.MulRaw(100),
		MinStake:              flock.MulRaw(10),
		MinPhaseDuration:      time.Minute,
		MaxPhaseDuration:      7 * 24 * time.Hour,
		MaxStartDelay:         30 * 24 * time.Hour,
		FillWindow:            7 * 24 * time.Hour,
		MaxRounds:             100,
		MaxParticipants:       1000,
		ProposerShare:         math.LegacyNewDecWithPrec(5, 1),
		SlashProposer:         math.LegacyNewDecWithPrec(1, 1),
		SlashVoter:            math.LegacyNewDecWithPrec(5, 2),
		SlashAbsent:           math.LegacyNewDecWithPrec(5, 2),
		MaxAlliancesPerBlock:  5,
		MaxSettleWorkPerBlock: DefaultSettleWork,
		MetricDecimals:        9,
		RecordRetention:       30 * 24 * time.Hour,
		MaxPrunePerBlock:      500,
		RetryDelay:            10 * time.Minute,
	}
}

func decIn(name string, d, lo, hi math.LegacyDec) error {
	if d.IsNil() || d.LT(lo) || d.GT(hi) {
		return errorsmod.Wrapf(ErrInvalidParams, "%s %s must be within [%s, %s]", name, decString(d), lo, hi)
	}
	return nil
}

func decString(d math.LegacyDec) string {
	if d.IsNil() {
		return "<nil>"
	}
	return d.String()
}

// Validate checks every param and names the first that is wrong.
func (p Params) Validate() error {
	for _, s := range []struct {
		name string
		v    math.Int
	}{{"min_reward_deposit", p.MinRewardDeposit}, {"min_stake", p.MinStake}} {
		if s.v.IsNil() || !s.v.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidParams, "%s %v must be positive", s.name, s.v)
		}
	}
	if p.MinPhaseDuration < time.Second || p.MinPhaseDuration > p.MaxPhaseDuration || p.MaxPhaseDuration > MaxPhaseDuration {
		return errorsmod.Wrapf(ErrInvalidParams, "phase bounds [%s, %s] must satisfy 1s ≤ min ≤ max ≤ %s", p.MinPhaseDuration, p.MaxPhaseDuration, MaxPhaseDuration)
	}
	if p.MaxStartDelay < 0 || p.MaxStartDelay > MaxStartDelay {
		return errorsmod.Wrapf(ErrInvalidParams, "max_start_delay %s must be within [0, %s]", p.MaxStartDelay, MaxStartDelay)
	}
	if p.FillWindow < time.Second || p.FillWindow > MaxFillWindow {
		return errorsmod.Wrapf(ErrInvalidParams, "fill_window %s must be within [1s, %s]", p.FillWindow, MaxFillWindow)
	}
	if p.MaxRounds == 0 || p.MaxRounds > MaxRounds {
		return errorsmod.Wrapf(ErrInvalidParams, "max_rounds %d must be within [1, %d]", p.MaxRounds, MaxRounds)
	}
	if p.MaxParticipants < 2 || p.MaxParticipants > MaxParticipants {
		return errorsmod.Wrapf(ErrInvalidParams, "max_participants %d must be within [2, %d]", p.MaxParticipants, MaxParticipants)
	}
	zero, one := math.LegacyZeroDec(), math.LegacyOneDec()
	for _, d := range []struct {
		name string
		v    math.LegacyDec
	}{{"proposer_share", p.ProposerShare}, {"slash_proposer", p.SlashProposer}, {"slash_voter", p.SlashVoter}, {"slash_absent", p.SlashAbsent}} {
		if err := decIn(d.name, d.v, zero, one); err != nil {
			return err
		}
	}
	if p.MaxAlliancesPerBlock == 0 || p.MaxAlliancesPerBlock > MaxAlliancesPerBlock {
		return errorsmod.Wrapf(ErrInvalidParams, "max_alliances_per_block %d must be within [1, %d]", p.MaxAlliancesPerBlock, MaxAlliancesPerBlock)
	}
	if p.MaxSettleWorkPerBlock < MinSettleWork || p.MaxSettleWorkPerBlock > MaxSettleWork {
		return errorsmod.Wrapf(ErrInvalidParams, "max_settle_work_per_block %d must be within [%d, %d]", p.MaxSettleWorkPerBlock, MinSettleWork, MaxSettleWork)
	}
	if p.MetricDecimals > MaxMetricDecimals {
		return errorsmod.Wrapf(ErrInvalidParams, "metric_decimals %d must be at most %d", p.MetricDecimals, MaxMetricDecimals)
	}
	if p.RecordRetention < 0 || p.RecordRetention > MaxRecordRetention {
		return errorsmod.Wrapf(ErrInvalidParams, "record_retention %s must be within [0, %s]", p.RecordRetention, MaxRecordRetention)
	}
	if p.MaxPrunePerBlock == 0 || p.MaxPrunePerBlock > MaxPrunePerBlock {
		return errorsmod.Wrapf(ErrInvalidParams, "max_prune_per_block %d must be within [1, %d]", p.MaxPrunePerBlock, MaxPrunePerBlock)
	}
	if p.RetryDelay < MinRetryDelay || p.RetryDelay > MaxRetryDelay {
		return errorsmod.Wrapf(ErrInvalidParams, "retry_delay %s must be within [%s, %s]", p.RetryDelay, MinRetryDelay, MaxRetryDelay)
	}
	return nil
}

// ClosingDuration is an alliance's closing phase: the one its creator asked for, or its
// vote_reveal_duration when it asked for 0 (reporting the final model is the same work as
// reporting the base model with a vote).
func ClosingDuration(asked, voteReveal time.Duration) time.Duration {
	if asked == 0 {
		return voteReveal
	}
	return asked
}
