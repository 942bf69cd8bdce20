package types

import (
	"strings"
	"time"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Bounds of a task's texts, in bytes.
const (
	MaxTitle       = 140
	MaxDescription = 4096
	MaxURI         = 512
	MaxMetric      = 64
)

// Every message checks what needs no state in ValidateBasic, which BaseApp runs before the
// ante handler: a malformed message is refused at CheckTx (and in a block) before any fee
// is deducted, and the CLI refuses it before signing. What depends on params or phases is
// checked at execution.
var (
	_ sdk.HasValidateBasic = (*MsgCreateTask)(nil)
	_ sdk.HasValidateBasic = (*MsgOpenValidation)(nil)
	_ sdk.HasValidateBasic = (*MsgCancelTask)(nil)
	_ sdk.HasValidateBasic = (*MsgJoinTask)(nil)
	_ sdk.HasValidateBasic = (*MsgDelegate)(nil)
	_ sdk.HasValidateBasic = (*MsgUndelegate)(nil)
	_ sdk.HasValidateBasic = (*MsgCommitModel)(nil)
	_ sdk.HasValidateBasic = (*MsgRevealModel)(nil)
	_ sdk.HasValidateBasic = (*MsgCommitScores)(nil)
	_ sdk.HasValidateBasic = (*MsgRevealScores)(nil)
	_ sdk.HasValidateBasic = (*MsgUpdateParams)(nil)
)

// ValidateBasic checks the texts, hashes, coins and phase durations of a new task.
func (msg *MsgCreateTask) ValidateBasic() error {
	if err := CheckAddress("creator", msg.Creator); err != nil {
		return err
	}
	for _, c := range []struct {
		field, v string
		max      int
		required bool
	}{
		{"title", msg.Title, MaxTitle, true}, {"description", msg.Description, MaxDescription, false},
		{"train_data_uri", msg.TrainDataUri, MaxURI, true}, {"metric", msg.Metric, MaxMetric, true},
	} {
		if err := CheckText(c.field, c.v, c.max, c.required); err != nil {
			return err
		}
	}
	if _, err := DecodeHash("train_data_hash", msg.TrainDataHash); err != nil {
		return err
	}
	if _, err := DecodeHash("validation_data_hash", msg.ValidationDataHash); err != nil {
		return err
	}
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"submission_duration", msg.SubmissionDuration}, {"validation_duration", msg.ValidationDuration}, {"reveal_duration", msg.RevealDuration}} {
		// the params narrow this further at execution; no params can allow more
		if ph.d <= 0 || ph.d > MaxPhaseDuration {
			return ErrInvalidTask.Wrapf("%s %s must be within (0, %s]", ph.name, ph.d, MaxPhaseDuration)
		}
	}
	if err := CheckCoin("stake", msg.Stake, true); err != nil {
		return err
	}
	return CheckCoin("reward_bonus", msg.RewardBonus, false)
}

// ValidateBasic checks the creator, the task id and the validation data URI.
func (msg *MsgOpenValidation) ValidateBasic() error {
	if err := CheckAddress("creator", msg.Creator); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	return CheckText("validation_data_uri", msg.ValidationDataUri, MaxURI, true)
}

// ValidateBasic checks the creator and the task id.
func (msg *MsgCancelTask) ValidateBasic() error {
	if err := CheckAddress("creator", msg.Creator); err != nil {
		return err
	}
	return CheckTaskID(msg.TaskId)
}

// ValidateBasic checks the role, the stake and that sigma is a share; its bounds are params.
func (msg *MsgJoinTask) ValidateBasic() error {
	if err := CheckAddress("participant", msg.Participant); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	if msg.Role != ROLE_TRAINER && msg.Role != ROLE_VALIDATOR {
		return ErrWrongRole.Wrapf("role %s: want %s or %s", msg.Role, ROLE_TRAINER, ROLE_VALIDATOR)
	}
	if err := CheckCoin("stake", msg.Stake, true); err != nil {
		return err
	}
	if msg.Sigma.IsNil() || msg.Sigma.IsNegative() || msg.Sigma.GT(math.LegacyOneDec()) {
		return ErrInvalidSigma.Wrapf("sigma %s must be within [0, 1]", decString(msg.Sigma))
	}
	return nil
}

// ValidateBasic checks both addresses and the amount.
func (msg *MsgDelegate) ValidateBasic() error {
	if err := CheckAddress("delegator", msg.Delegator); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	if err := CheckAddress("participant", msg.Participant); err != nil {
		return err
	}
	return CheckCoin("amount", msg.Amount, true)
}

// ValidateBasic checks both addresses and the task id.
func (msg *MsgUndelegate) ValidateBasic() error {
	if err := CheckAddress("delegator", msg.Delegator); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	return CheckAddress("participant", msg.Participant)
}

// ValidateBasic checks that the model commitment is a sha256.
func (msg *MsgCommitModel) ValidateBasic() error {
	if err := CheckAddress("trainer", msg.Trainer); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	_, err := DecodeHash("commitment", msg.Commitment)
	return err
}

// ValidateBasic checks the model's URI and hash and the salt (ParseModelReveal).
func (msg *MsgRevealModel) ValidateBasic() error {
	if err := CheckAddress("trainer", msg.Trainer); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	_, err := ParseModelReveal(msg.ModelUri, msg.ModelHash, msg.Salt)
	return err
}

// ValidateBasic checks that the commitment is a sha256.
func (msg *MsgCommitScores) ValidateBasic() error {
	if err := CheckAddress("validator", msg.Validator); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	_, err := DecodeHash("commitment", msg.Commitment)
	return err
}

// ValidateBasic checks the salt and every score with the most decimals any params allow
// (the task's score_decimals is checked at execution), and that no submission is scored
// twice. A reveal names at least one score: a validator that could score nothing commits
// nothing.
func (msg *MsgRevealScores) ValidateBasic() error {
	if err := CheckAddress("validator", msg.Validator); err != nil {
		return err
	}
	if err := CheckTaskID(msg.TaskId); err != nil {
		return err
	}
	if _, err := DecodeSalt(msg.Salt); err != nil {
		return err
	}
	switch n := len(msg.Scores); {
	case n == 0:
		return ErrInvalidScore.Wrap("no scores: a reveal names at least one submission")
	case n > MaxSubmissionsPerTask:
		return ErrInvalidScore.Wrapf("%d scores: a task has at most %d submissions", n, MaxSubmissionsPerTask)
	}
	for _, e := range msg.Scores {
		if e.SubmissionId == 0 {
			return ErrInvalidScore.Wrapf("submission 0 (score %q): submission ids start at 1", e.Score)
		}
	}
	_, err := ParseScores(msg.Scores, MaxScoreDecimals)
	return err
}

// ValidateBasic checks the authority's address and every param.
func (msg *MsgUpdateParams) ValidateBasic() error {
	if err := CheckAddress("authority", msg.Authority); err != nil {
		return err
	}
	return msg.Params.Validate()
}

// CheckAddress accepts an account address in its canonical spelling only. The bech32 codec
// also decodes the all-upper-case form to the same bytes, but messages and stored records
// compare and hash address strings (a task's creator, the commitment's validator), so a
// second spelling of one account would be a second identity.
func CheckAddress(field, s string) error {
	a, err := sdk.AccAddressFromBech32(s)
	if err != nil {
		return ErrInvalidAddress.Wrapf("%s %q: %v", field, s, err)
	}
	if canonical := a.String(); canonical != s {
		return ErrInvalidAddress.Wrapf("%s %q: want the canonical lower-case spelling %s", field, s, canonical)
	}
	return nil
}

// CheckTaskID refuses task id 0: tasks are numbered from 1.
func CheckTaskID(id uint64) error {
	if id == 0 {
		return ErrUnknownTask.Wrap("task_id 0: task ids start at 1")
	}
	return nil
}

// CheckText bounds a text field's length in bytes; a required one must not be blank.
func CheckText(field, s string, max int, required bool) error {
	if required && strings.TrimSpace(s) == "" {
		return ErrInvalidTask.Wrapf("%s is empty: want 1 to %d bytes", field, max)
	}
	if len(s) > max {
		return ErrInvalidTask.Wrapf("%s has %d bytes: want at most %d", field, len(s), max)
	}
	return nil
}

// CheckCoin accepts a well-formed coin: a valid denom and a positive (or, for optional
// amounts, non-negative) amount. Which denom the module escrows is checked at execution.
func CheckCoin(field string, c sdk.Coin, positive bool) error {
	if err := sdk.ValidateDenom(c.Denom); err != nil {
		return ErrWrongDenom.Wrapf("%s %q: %v", field, c.Denom, err)
	}
	switch {
	case c.Amount.IsNil():
		return ErrInvalidAmount.Wrapf("%s has no amount", field)
	case c.Amount.IsNegative(), positive && c.Amount.IsZero():
		want := "non-negative"
		if positive {
			want = "positive"
		}
		return ErrInvalidAmount.Wrapf("%s %s must be %s", field, c, want)
	}
	return nil
}
