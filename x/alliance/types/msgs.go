package types

import (
	"time"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Every message checks what needs no state in ValidateBasic, which BaseApp runs before the
// ante handler: a malformed message is refused at CheckTx (and in a block) before any fee
// is deducted, and the CLI refuses it before signing. What depends on params, phases or
// roles is checked at execution.
var (
	_ sdk.HasValidateBasic = (*MsgCreateAlliance)(nil)
	_ sdk.HasValidateBasic = (*MsgJoinAlliance)(nil)
	_ sdk.HasValidateBasic = (*MsgLeaveAlliance)(nil)
	_ sdk.HasValidateBasic = (*MsgCommitUpdate)(nil)
	_ sdk.HasValidateBasic = (*MsgSubmitUpdate)(nil)
	_ sdk.HasValidateBasic = (*MsgCommitVote)(nil)
	_ sdk.HasValidateBasic = (*MsgRevealVote)(nil)
	_ sdk.HasValidateBasic = (*MsgReportModel)(nil)
	_ sdk.HasValidateBasic = (*MsgUpdateParams)(nil)
)

// ParseRatio reads a proposer ratio: a decimal in (0, 1].
func ParseRatio(s string) (math.LegacyDec, error) {
	d, err := math.LegacyNewDecFromStr(s)
	if err != nil || !d.IsPositive() || d.GT(math.LegacyOneDec()) {
		return math.LegacyDec{}, ErrInvalidAlliance.Wrapf("proposer_ratio %q: want a decimal in (0, 1]", s)
	}
	return d, nil
}

// ValidateBasic checks the texts, hash, counts, coins, durations and ratio of a new alliance.
func (msg *MsgCreateAlliance) ValidateBasic() error {
	if err := CheckAddress("creator", msg.Creator); err != nil {
		return err
	}
	if err := CheckText("title", msg.Title, MaxTitle, true); err != nil {
		return err
	}
	if err := CheckURI("model_spec_uri", msg.ModelSpecUri); err != nil {
		return err
	}
	if _, err := DecodeHash("initial_model_hash", msg.InitialModelHash); err != nil {
		return err
	}
	if msg.Rounds == 0 || msg.Rounds > MaxRounds {
		return ErrInvalidAlliance.Wrapf("rounds %d must be within [1, %d]", msg.Rounds, MaxRounds)
	}
	if msg.MinParticipants < 2 || msg.MinParticipants > msg.MaxParticipants || msg.MaxParticipants > MaxParticipants {
		return ErrInvalidAlliance.Wrapf("participants [%d, %d] must satisfy 2 ≤ min ≤ max ≤ %d", msg.MinParticipants, msg.MaxParticipants, MaxParticipants)
	}
	if err := CheckCoin("min_stake", msg.MinStake, true); err != nil {
		return err
	}
	if err := CheckCoin("reward_deposit", msg.RewardDeposit, true); err != nil {
		return err
	}
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{
		{"update_commit_duration", msg.UpdateCommitDuration}, {"update_reveal_duration", msg.UpdateRevealDuration},
		{"vote_commit_duration", msg.VoteCommitDuration}, {"vote_reveal_duration", msg.VoteRevealDuration},
	} {
		// the params narrow this further at execution; no params can allow more
		if ph.d <= 0 || ph.d > MaxPhaseDuration {
			return ErrInvalidAlliance.Wrapf("%s %s must be within (0, %s]", ph.name, ph.d, MaxPhaseDuration)
		}
	}
	if msg.ClosingDuration < 0 || msg.ClosingDuration > MaxPhaseDuration {
		return ErrInvalidAlliance.Wrapf("closing_duration %s must be within [0, %s] (0: the vote_reveal_duration)", msg.ClosingDuration, MaxPhaseDuration)
	}
	_, err := ParseRatio(msg.ProposerRatio)
	return err
}

// ValidateBasic checks the participant, the alliance id and the stake.
func (msg *MsgJoinAlliance) ValidateBasic() error {
	if err := CheckAddress("participant", msg.Participant); err != nil {
		return err
	}
	if err := CheckAllianceID(msg.AllianceId); err != nil {
		return err
	}
	return CheckCoin("stake", msg.Stake, true)
}

// ValidateBasic checks the participant and the alliance id.
func (msg *MsgLeaveAlliance) ValidateBasic() error {
	if err := CheckAddress("participant", msg.Participant); err != nil {
		return err
	}
	return CheckAllianceID(msg.AllianceId)
}

// ValidateBasic checks the proposer, alliance, round and that the commitment is a sha256.
func (msg *MsgCommitUpdate) ValidateBasic() error {
	if err := CheckAddress("proposer", msg.Proposer); err != nil {
		return err
	}
	if err := CheckAllianceID(msg.AllianceId); err != nil {
		return err
	}
	if err := CheckRound(msg.Round); err != nil {
		return err
	}
	_, err := DecodeHash("commitment", msg.Commitment)
	return err
}

// UpdateReveal is a decoded MsgSubmitUpdate.
type UpdateReveal struct {
	URI        string
	Hash       []byte
	NumSamples uint64
	BaseModel  []byte
	Salt       []byte
}

// ParseUpdateReveal checks and decodes what an update reveal carries.
func ParseUpdateReveal(msg *MsgSubmitUpdate) (UpdateReveal, error) {
	if err := CheckURI("update_uri", msg.UpdateUri); err != nil {
		return UpdateReveal{}, err
	}
	h, err := DecodeHash("update_hash", msg.UpdateHash)
	if err != nil {
		return UpdateReveal{}, err
	}
	if msg.NumSamples == 0 {
		return UpdateReveal{}, ErrInvalidNumSamples.Wrap("num_samples 0: an update is trained on at least one sample")
	}
	base, err := DecodeHash("base_model_hash", msg.BaseModelHash)
	if err != nil {
		return UpdateReveal{}, err
	}
	salt, err := DecodeSalt(msg.Salt)
	if err != nil {
		return UpdateReveal{}, err
	}
	return UpdateReveal{URI: msg.UpdateUri, Hash: h, NumSamples: msg.NumSamples, BaseModel: base, Salt: salt}, nil
}

// ValidateBasic checks the proposer, alliance, round and the reveal (ParseUpdateReveal).
func (msg *MsgSubmitUpdate) ValidateBasic() error {
	if err := CheckAddress("proposer", msg.Proposer); err != nil {
		return err
	}
	if err := CheckAllianceID(msg.AllianceId); err != nil {
		return err
	}
	if err := CheckRound(msg.Round); err != nil {
		return err
	}
	_, err := ParseUpdateReveal(msg)
	return err
}

// ValidateBasic checks the voter, alliance, round and that the commitment is a sha256.
func (msg *MsgCommitVote) ValidateBasic() error {
	if err := CheckAddress("voter", msg.Voter); err != nil {
		return err
	}
	if err := CheckAllianceID(msg.AllianceId); err != nil {
		return err
	}
	if err := CheckRound(msg.Round); err != nil {
		return err
	}
	_, err := DecodeHash("commitment", msg.Commitment)
	return err
}

// ValidateBasic checks the salt, the base model hash and every verdict with the most
// decimals any params allow (ParseVerdicts); the alliance's metric_decimals is checked at
// execution. A reveal names at least one verdict: a voter with nothing to judge commits nothing.
func (msg *MsgRevealVote) ValidateBasic() error {
	if err := CheckAddress("voter", msg.Voter); err != nil {
		return err
	}
	if err := CheckAllianceID(msg.AllianceId); err != nil {
		return err
	}
	if err := CheckRound(msg.Round); err != nil {
		return err
	}
	if _, err := DecodeSalt(msg.Salt); err != nil {
		return err
	}
	if _, err := DecodeHash("base_model_hash", msg.BaseModelHash); err != nil {
		return err
	}
	if len(msg.Verdicts) == 0 {
		return ErrInvalidVerdict.Wrap("no verdicts: a reveal judges every update of the round but the voter's own")
	}
	_, err := ParseVerdicts(msg.Verdicts, MaxMetricDecimals)
	return err
}

// ValidateBasic checks the participant, alliance and that the model hash is a sha256.
func (msg *MsgReportModel) ValidateBasic() error {
	if err := CheckAddress("participant", msg.Participant); err != nil {
		return err
	}
	if err := CheckAllianceID(msg.AllianceId); err != nil {
		return err
	}
	_, err := DecodeHash("model_hash", msg.ModelHash)
	return err
}

// ValidateBasic checks the authority's address and every param.
func (msg *MsgUpdateParams) ValidateBasic() error {
	if err := CheckAddress("authority", msg.Authority); err != nil {
		return err
	}
	return msg.Params.Validate()
}
