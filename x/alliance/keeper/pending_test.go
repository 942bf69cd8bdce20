package keeper_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

func TestCreateRefusals(t *testing.T) {
	h := newHarness(t, []string{"creator"}, nil)
	for _, c := range []struct {
		name string
		edit func(*types.MsgCreateAlliance)
		err  error
		msg  string
	}{
		{"phase below the minimum", func(m *types.MsgCreateAlliance) { m.UpdateCommitDuration = time.Second }, types.ErrInvalidAlliance, "update_commit_duration 1s must be within [1m0s"},
		{"too many rounds", func(m *types.MsgCreateAlliance) { m.Rounds = 101 }, types.ErrInvalidAlliance, "rounds 101: at most 100"},
		{"too many participants", func(m *types.MsgCreateAlliance) { m.MaxParticipants = 1001 }, types.ErrInvalidAlliance, "max_participants 1001"},
		{"stake below the param", func(m *types.MsgCreateAlliance) { m.MinStake = aflock(flock(1)) }, types.ErrStakeTooLow, "below params.min_stake"},
		{"deposit below the param", func(m *types.MsgCreateAlliance) { m.RewardDeposit = aflock(flock(99)) }, types.ErrInvalidAmount, "below params.min_reward_deposit"},
		{"another denom", func(m *types.MsgCreateAlliance) { m.RewardDeposit = sdk.NewCoin("uatom", flock(1000)) }, types.ErrWrongDenom, "want aflock"},
		{"start too late", func(m *types.MsgCreateAlliance) { m.StartTime = h.ctx().BlockTime().Add(31 * 24 * time.Hour) }, types.ErrInvalidAlliance, "max_start_delay"},
		{"deposit beyond the balance", func(m *types.MsgCreateAlliance) { m.RewardDeposit = aflock(flock(200_000)) }, nil, "insufficient funds"},
	} {
		m := createMsg("creator", 2, "1")
		c.edit(m)
		_, err := h.ms.CreateAlliance(h.ctx(), m)
		if c.err != nil {
			require.ErrorIs(t, err, c.err, c.name)
		}
		require.ErrorContains(t, err, c.msg, c.name)
	}
	require.Equal(t, flock(100_000), h.balance("creator"), "nothing escrowed by a refused creation")
}

func TestJoinLeaveAndStart(t *testing.T) {
	h := newHarness(t, []string{"creator", "a", "b", "c", "d"}, nil)
	msg := createMsg("creator", 1, "1")
	msg.MaxParticipants = 3
	msg.MinParticipants = 3
	msg.StartTime = h.ctx().BlockTime().Add(time.Hour)
	id := h.create(msg)
	require.Equal(t, flock(99_000), h.balance("creator"))

	_, err := h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc("a"), AllianceId: id, Stake: aflock(flock(99))})
	require.ErrorIs(t, err, types.ErrStakeTooLow)
	require.ErrorContains(t, err, "below alliance 1's min_stake")
	_, err = h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc("a"), AllianceId: 9, Stake: aflock(flock(100))})
	require.ErrorIs(t, err, types.ErrUnknownAlliance)
	_, err = h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: strings.ToUpper(acc("a")), AllianceId: id, Stake: aflock(flock(100))})
	require.ErrorIs(t, err, types.ErrInvalidAddress)

	h.join(id, "a", 100)
	h.join(id, "b", 150)
	h.join(id, "c", 200)
	_, err = h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc("a"), AllianceId: id, Stake: aflock(flock(100))})
	require.ErrorIs(t, err, types.ErrAlreadyJoined)
	_, err = h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc("d"), AllianceId: id, Stake: aflock(flock(100))})
	require.ErrorIs(t, err, types.ErrAllianceFull)
	h.advance(time.Minute)

	// a leaves: c (the last, index 2) takes index 0; a's stake comes back
	_, err = h.ms.LeaveAlliance(h.ctx(), &types.MsgLeaveAlliance{Participant: acc("a"), AllianceId: id})
	require.NoError(t, err)
	require.Equal(t, flock(100_000), h.balance("a"))
	require.Equal(t, uint32(0), h.participant(id, "c").Index)
	require.Equal(t, uint32(1), h.participant(id, "b").Index)
	a := h.alliance(id)
	require.Equal(t, uint32(2), a.Participants)
	require.Equal(t, flock(350), a.TotalStake)
	_, err = h.ms.LeaveAlliance(h.ctx(), &types.MsgLeaveAlliance{Participant: acc("a"), AllianceId: id})
	require.ErrorIs(t, err, types.ErrNotParticipant)

	// the start time passes with two of three: it waits for the fill deadline
	h.advance(time.Hour)
	a = h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_PENDING, a.Status)
	require.Equal(t, a.FillDeadline, a.PhaseEnd)
	// d fills it after the start time: it starts at the end of d's block
	h.join(id, "d", 100)
	require.Equal(t, uint32(2), h.participant(id, "d").Index)
	h.advance(time.Second)
	a = h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_RUNNING, a.Status)
	require.Equal(t, uint32(1), a.Round)
	require.Equal(t, types.PHASE_UPDATE_COMMIT, a.Phase)
	require.Equal(t, h.ctx().BlockTime().Add(phase), a.PhaseEnd)

	_, err = h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc("a"), AllianceId: id, Stake: aflock(flock(100))})
	require.ErrorIs(t, err, types.ErrWrongPhase)
	require.ErrorContains(t, err, "joining is open only while it is pending")
	_, err = h.ms.LeaveAlliance(h.ctx(), &types.MsgLeaveAlliance{Participant: acc("b"), AllianceId: id})
	require.ErrorIs(t, err, types.ErrWrongPhase)
}

// TestCancelledWhenNeverFilled: past the fill deadline with too few participants, every
// stake and the deposit go back.
func TestCancelledWhenNeverFilled(t *testing.T) {
	h := newHarness(t, []string{"creator", "a"}, func(p *types.Params) { p.FillWindow = time.Hour })
	id := h.create(createMsg("creator", 3, "0.5"))
	h.join(id, "a", 500)
	h.advance(30 * time.Minute)
	require.Equal(t, types.ALLIANCE_STATUS_PENDING, h.alliance(id).Status)
	h.advance(30 * time.Minute) // the fill deadline: cancelled
	a := h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_CANCELLED, a.Status)
	require.Equal(t, types.PHASE_RETURNING, a.Phase)
	h.advance(time.Second) // refunds
	a = h.alliance(id)
	require.Equal(t, types.PHASE_UNSPECIFIED, a.Phase)
	require.NotNil(t, a.Ended)
	require.True(t, a.Pool.IsZero())
	require.True(t, a.TotalStake.IsZero())
	require.Equal(t, flock(100_000), h.balance("a"))
	require.Equal(t, flock(100_000), h.balance("creator"))
	_, err := h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc("a"), AllianceId: id, Stake: aflock(flock(100))})
	require.ErrorIs(t, err, types.ErrWrongPhase)
}
