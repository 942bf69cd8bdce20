package types

import (
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// Bounds governance cannot cross.
const (
	MaxPhaseDuration           = 30 * 24 * time.Hour
	MaxValidatorsPerSubmission = 64
	// MaxScoreDecimals leaves two decimals of a LegacyDec's 18 for the median (a midpoint
	// adds one) and the spread (a midpoint of deviations adds another), so both stay exact.
	MaxScoreDecimals      = 16
	MaxSubmissionsPerTask = 10_000
	// MaxRewardedTrainers bounds the exact rank weights a^r·b^(m−1−r) to a few thousand
	// digits; past a hundred ranks a geometric share is dust anyway.
	MaxRewardedTrainers = 100
	// MinSettleWork and MaxSettleWork bound max_settle_work_per_block: enough for the
	// largest submission (MaxValidatorsPerSubmission scores) and small enough for a block.
	MinSettleWork = 100
	MaxSettleWork = 1_000_000
	// MaxDelegatorsPerParticipant bounds what governance may allow one participant to hold.
	MaxDelegatorsPerParticipant = 10_000
	// MinRetention and MaxRetention bound how long ended tasks are kept.
	MinRetention = time.Hour
	MaxRetention = 10 * 366 * 24 * time.Hour
	// MaxTasksPerBlock bounds the deadlines handled in one EndBlock (a cancellation releases
	// every stake of its task).
	MaxTasksPerBlock = 100
	// DefaultSettleWork keeps a block's settlement work well under 250 ms on a 2-core machine
	// (BenchmarkSettle).
	DefaultSettleWork = 2_000
)

var flock = fixedpoint.One

// Upper bounds of tolerance and min_scale: a spread wider than any score (|score| < 10^15)
// means nothing, and bounded operands keep every product in settlement small.
var (
	maxTolerance = math.LegacyNewDec(1000)
	maxMinScale  = math.LegacyNewDec(1_000_000_000_000_000)
)

// DefaultParams follow FLock's AI Arena: 3000 FLOCK to train, validate or create a task,
// phases of at most 30 days, 10 % of a pool guaranteed to each side.
func DefaultParams() Params {
	return Params{
		MinTaskStake:                flock.MulRaw(3000),
		MinTrainerStake:             flock.MulRaw(3000),
		MinValidatorStake:           flock.MulRaw(3000),
		MinPhaseDuration:            time.Minute,
		MaxPhaseDuration:            MaxPhaseDuration,
		OpenValidationWindow:        24 * time.Hour,
		Gamma:                       math.LegacyNewDecWithPrec(1, 1),
		RankDecay:                   math.LegacyNewDecWithPrec(8, 1),
		MaxRewardedTrainers:         10,
		ValidatorsPerSubmission:     3,
		Tolerance:                   math.LegacyNewDec(3),
		MinScale:                    math.LegacyNewDecWithPrec(1, 2),
		DelegationWeight:            math.LegacyNewDecWithPrec(5, 1),
		MinSigma:                    math.LegacyNewDecWithPrec(1, 1),
		MaxSigma:                    math.LegacyOneDec(),
		SlashNoReveal:               math.LegacyNewDecWithPrec(1, 1),
		SlashCreatorAbsent:          math.LegacyNewDecWithPrec(1, 1),
		MaxSubmissionsPerTask:       100,
		MaxTasksPerBlock:            5,
		ScoreDecimals:               9,
		MaxSettleWorkPerBlock:       DefaultSettleWork,
		SlashAbsent:                 math.LegacyNewDecWithPrec(1, 1),
		SubmissionFee:               flock.MulRaw(10),
		MinDelegation:               flock,
		MaxDelegatorsPerParticipant: 100,
		Retention:                   90 * 24 * time.Hour,
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
	}{{"min_task_stake", p.MinTaskStake}, {"min_trainer_stake", p.MinTrainerStake}, {"min_validator_stake", p.MinValidatorStake}} {
		if s.v.IsNil() || !s.v.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidParams, "%s %v must be positive", s.name, s.v)
		}
	}
	if p.MinPhaseDuration <= 0 || p.MinPhaseDuration > p.MaxPhaseDuration || p.MaxPhaseDuration > MaxPhaseDuration {
		return errorsmod.Wrapf(ErrInvalidParams, "phase bounds [%s, %s] must satisfy 0 < min ≤ max ≤ %s", p.MinPhaseDuration, p.MaxPhaseDuration, MaxPhaseDuration)
	}
	if p.OpenValidationWindow <= 0 || p.OpenValidationWindow > MaxPhaseDuration {
		return errorsmod.Wrapf(ErrInvalidParams, "open_validation_window %s must be within (0, %s]", p.OpenValidationWindow, MaxPhaseDuration)
	}
	zero, one, half := math.LegacyZeroDec(), math.LegacyOneDec(), math.LegacyNewDecWithPrec(5, 1)
	if err := decIn("gamma", p.Gamma, zero, half); err != nil {
		return err
	}
	if err := decIn("rank_decay", p.RankDecay, math.LegacyNewDecWithPrec(1, 2), one); err != nil {
		return err
	}
	if p.MaxRewardedTrainers == 0 || p.MaxRewardedTrainers > MaxRewardedTrainers {
		return errorsmod.Wrapf(ErrInvalidParams, "max_rewarded_trainers %d must be within [1, %d]", p.MaxRewardedTrainers, MaxRewardedTrainers)
	}
	if p.ValidatorsPerSubmission == 0 || p.ValidatorsPerSubmission > MaxValidatorsPerSubmission {
		return errorsmod.Wrapf(ErrInvalidParams, "validators_per_submission %d must be within [1, %d]", p.ValidatorsPerSubmission, MaxValidatorsPerSubmission)
	}
	if p.Tolerance.IsNil() || !p.Tolerance.IsPositive() || p.Tolerance.GT(maxTolerance) {
		return errorsmod.Wrapf(ErrInvalidParams, "tolerance %s must be within (0, %s]", decString(p.Tolerance), maxTolerance)
	}
	if p.MinScale.IsNil() || !p.MinScale.IsPositive() || p.MinScale.GT(maxMinScale) {
		return errorsmod.Wrapf(ErrInvalidParams, "min_scale %s must be within (0, %s]", decString(p.MinScale), maxMinScale)
	}
	if err := decIn("delegation_weight", p.DelegationWeight, zero, one); err != nil {
		return err
	}
	if err := decIn("min_sigma", p.MinSigma, zero, one); err != nil {
		return err
	}
	if err := decIn("max_sigma", p.MaxSigma, p.MinSigma, one); err != nil {
		return err
	}
	if err := decIn("slash_no_reveal", p.SlashNoReveal, zero, one); err != nil {
		return err
	}
	if err := decIn("slash_creator_absent", p.SlashCreatorAbsent, zero, one); err != nil {
		return err
	}
	if err := decIn("slash_absent", p.SlashAbsent, zero, one); err != nil {
		return err
	}
	if p.MaxSubmissionsPerTask == 0 || p.MaxSubmissionsPerTask > MaxSubmissionsPerTask {
		return errorsmod.Wrapf(ErrInvalidParams, "max_submissions_per_task %d must be within [1, %d]", p.MaxSubmissionsPerTask, MaxSubmissionsPerTask)
	}
	if p.MaxTasksPerBlock == 0 || p.MaxTasksPerBlock > MaxTasksPerBlock {
		return errorsmod.Wrapf(ErrInvalidParams, "max_tasks_per_block %d must be within [1, %d]", p.MaxTasksPerBlock, MaxTasksPerBlock)
	}
	if p.ScoreDecimals > MaxScoreDecimals {
		return errorsmod.Wrapf(ErrInvalidParams, "score_decimals %d must be at most %d", p.ScoreDecimals, MaxScoreDecimals)
	}
	if p.MinDelegation.IsNil() || !p.MinDelegation.IsPositive() {
		return errorsmod.Wrapf(ErrInvalidParams, "min_delegation %v must be positive", p.MinDelegation)
	}
	if p.MaxDelegatorsPerParticipant == 0 || p.MaxDelegatorsPerParticipant > MaxDelegatorsPerParticipant {
		return errorsmod.Wrapf(ErrInvalidParams, "max_delegators_per_participant %d must be within [1, %d]", p.MaxDelegatorsPerParticipant, MaxDelegatorsPerParticipant)
	}
	if p.Retention < MinRetention || p.Retention > MaxRetention {
		return errorsmod.Wrapf(ErrInvalidParams, "retention %s must be within [%s, %s]", p.Retention, MinRetention, MaxRetention)
	}
	if p.MaxSettleWorkPerBlock < MinSettleWork || p.MaxSettleWorkPerBlock > MaxSettleWork {
		return errorsmod.Wrapf(ErrInvalidParams, "max_settle_work_per_block %d must be within [%d, %d]", p.MaxSettleWorkPerBlock, MinSettleWork, MaxSettleWork)
	}
	if p.SubmissionFee.IsNil() || p.SubmissionFee.IsNegative() || p.SubmissionFee.GT(p.MinTrainerStake) {
		return errorsmod.Wrapf(ErrInvalidParams, "submission_fee %v must be within [0, min_trainer_stake %s]", p.SubmissionFee, p.MinTrainerStake)
	}
	return nil
}
