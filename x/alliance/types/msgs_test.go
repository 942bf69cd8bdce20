package types_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

func coin(n int64) sdk.Coin { return sdk.NewInt64Coin("aflock", n) }

var h64 = strings.Repeat("ab", 32)

func validCreate() *types.MsgCreateAlliance {
	return &types.MsgCreateAlliance{
		Creator: addrOf(1), Title: "t", ModelSpecUri: "https://x/spec", InitialModelHash: h64, Rounds: 3,
		MinParticipants: 2, MaxParticipants: 5, MinStake: coin(10), UpdateCommitDuration: time.Minute,
		UpdateRevealDuration: time.Minute, VoteCommitDuration: time.Minute, VoteRevealDuration: time.Minute,
		ProposerRatio: "0.5", RewardDeposit: coin(100),
	}
}

func TestValidateBasic(t *testing.T) {
	require.NoError(t, validCreate().ValidateBasic())
	for _, c := range []struct {
		name string
		edit func(*types.MsgCreateAlliance)
		err  error
		msg  string
	}{
		{"upper-case creator", func(m *types.MsgCreateAlliance) { m.Creator = strings.ToUpper(m.Creator) }, types.ErrInvalidAddress, "canonical"},
		{"no title", func(m *types.MsgCreateAlliance) { m.Title = " " }, types.ErrInvalidAlliance, "title is empty"},
		{"uri with a blank", func(m *types.MsgCreateAlliance) { m.ModelSpecUri = "a b" }, types.ErrInvalidURI, "blank"},
		{"bad hash", func(m *types.MsgCreateAlliance) { m.InitialModelHash = "zz" }, types.ErrInvalidHash, `"zz"`},
		{"no rounds", func(m *types.MsgCreateAlliance) { m.Rounds = 0 }, types.ErrInvalidAlliance, "rounds 0"},
		{"one participant", func(m *types.MsgCreateAlliance) { m.MinParticipants = 1 }, types.ErrInvalidAlliance, "2 ≤ min"},
		{"min above max", func(m *types.MsgCreateAlliance) { m.MinParticipants = 6 }, types.ErrInvalidAlliance, "[6, 5]"},
		{"zero stake", func(m *types.MsgCreateAlliance) { m.MinStake = coin(0) }, types.ErrInvalidAmount, "min_stake"},
		{"zero deposit", func(m *types.MsgCreateAlliance) { m.RewardDeposit = coin(0) }, types.ErrInvalidAmount, "reward_deposit"},
		{"zero phase", func(m *types.MsgCreateAlliance) { m.VoteRevealDuration = 0 }, types.ErrInvalidAlliance, "vote_reveal_duration"},
		{"ratio 0", func(m *types.MsgCreateAlliance) { m.ProposerRatio = "0" }, types.ErrInvalidAlliance, "proposer_ratio"},
		{"ratio above 1", func(m *types.MsgCreateAlliance) { m.ProposerRatio = "1.01" }, types.ErrInvalidAlliance, "(0, 1]"},
	} {
		m := validCreate()
		c.edit(m)
		err := m.ValidateBasic()
		require.ErrorIs(t, err, c.err, c.name)
		require.ErrorContains(t, err, c.msg, c.name)
	}

	salt := strings.Repeat("00", 16)
	sub := &types.MsgSubmitUpdate{Proposer: addrOf(1), AllianceId: 1, Round: 1, UpdateUri: "u", UpdateHash: h64, NumSamples: 1, BaseModelHash: h64, Salt: salt}
	require.NoError(t, sub.ValidateBasic())
	bad := *sub
	bad.NumSamples = 0
	require.ErrorIs(t, bad.ValidateBasic(), types.ErrInvalidNumSamples)
	bad = *sub
	bad.Round = 0
	require.ErrorIs(t, bad.ValidateBasic(), types.ErrWrongRound)
	bad = *sub
	bad.Salt = "00"
	require.ErrorIs(t, bad.ValidateBasic(), types.ErrInvalidSalt)
	bad = *sub
	bad.AllianceId = 0
	require.ErrorIs(t, bad.ValidateBasic(), types.ErrUnknownAlliance)

	rv := &types.MsgRevealVote{Voter: addrOf(1), AllianceId: 1, Round: 1, Salt: salt, BaseModelHash: h64}
	require.ErrorIs(t, rv.ValidateBasic(), types.ErrInvalidVerdict, "no verdicts")
	rv.Verdicts = []types.VerdictEntry{{Proposer: addrOf(2), Verdict: 1, Metric: "0.1"}}
	require.NoError(t, rv.ValidateBasic())

	require.ErrorIs(t, (&types.MsgCommitUpdate{Proposer: addrOf(1), AllianceId: 1, Round: 1, Commitment: "ab"}).ValidateBasic(), types.ErrInvalidHash)
	require.ErrorIs(t, (&types.MsgCommitVote{Voter: addrOf(1), AllianceId: 1, Round: 1, Commitment: h64 + "00"}).ValidateBasic(), types.ErrInvalidHash)
	require.ErrorIs(t, (&types.MsgJoinAlliance{Participant: addrOf(1), AllianceId: 1, Stake: coin(0)}).ValidateBasic(), types.ErrInvalidAmount)
	require.ErrorIs(t, (&types.MsgLeaveAlliance{Participant: "x", AllianceId: 1}).ValidateBasic(), types.ErrInvalidAddress)
	require.ErrorIs(t, (&types.MsgReportModel{Participant: addrOf(1), AllianceId: 1, ModelHash: "x"}).ValidateBasic(), types.ErrInvalidHash)
	p := types.DefaultParams()
	p.MaxRounds = 0
	require.ErrorIs(t, (&types.MsgUpdateParams{Authority: addrOf(1), Params: p}).ValidateBasic(), types.ErrInvalidParams)
}

func TestParamsValidate(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	for _, c := range []struct {
		name string
		edit func(*types.Params)
		msg  string
	}{
		{"zero deposit", func(p *types.Params) { p.MinRewardDeposit = math.ZeroInt() }, "min_reward_deposit"},
		{"nil stake", func(p *types.Params) { p.MinStake = math.Int{} }, "min_stake"},
		{"sub-second phase", func(p *types.Params) { p.MinPhaseDuration = time.Millisecond }, "phase bounds"},
		{"min above max", func(p *types.Params) { p.MinPhaseDuration = 8 * 24 * time.Hour }, "phase bounds"},
		{"long start delay", func(p *types.Params) { p.MaxStartDelay = types.MaxStartDelay + 1 }, "max_start_delay"},
		{"no fill window", func(p *types.Params) { p.FillWindow = 0 }, "fill_window"},
		{"too many rounds", func(p *types.Params) { p.MaxRounds = types.MaxRounds + 1 }, "max_rounds"},
		{"one participant", func(p *types.Params) { p.MaxParticipants = 1 }, "max_participants"},
		{"too many participants", func(p *types.Params) { p.MaxParticipants = types.MaxParticipants + 1 }, "max_participants"},
		{"share above 1", func(p *types.Params) { p.ProposerShare = math.LegacyNewDec(2) }, "proposer_share"},
		{"negative slash", func(p *types.Params) { p.SlashVoter = math.LegacyNewDec(-1) }, "slash_voter"},
		{"nil slash", func(p *types.Params) { p.SlashAbsent = math.LegacyDec{} }, "slash_absent"},
		{"no alliances per block", func(p *types.Params) { p.MaxAlliancesPerBlock = 0 }, "max_alliances_per_block"},
		{"little work", func(p *types.Params) { p.MaxSettleWorkPerBlock = types.MinSettleWork - 1 }, "max_settle_work_per_block"},
		{"many decimals", func(p *types.Params) { p.MetricDecimals = 19 }, "metric_decimals"},
	} {
		p := types.DefaultParams()
		c.edit(&p)
		err := p.Validate()
		require.ErrorIs(t, err, types.ErrInvalidParams, c.name)
		require.ErrorContains(t, err, c.msg, c.name)
	}
}
