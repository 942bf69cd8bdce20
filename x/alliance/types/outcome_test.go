package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

func TestJudge(t *testing.T) {
	require.Equal(t, types.UPDATE_STATUS_NO_VOTES, types.Judge(math.ZeroInt(), math.ZeroInt(), 0))
	require.Equal(t, types.UPDATE_STATUS_ACCEPTED, types.Judge(math.NewInt(5), math.NewInt(5), 2), "a tie is ≥ 0: accepted")
	require.Equal(t, types.UPDATE_STATUS_ACCEPTED, types.Judge(math.ZeroInt(), math.ZeroInt(), 1), "zero-stake votes still count as votes")
	require.Equal(t, types.UPDATE_STATUS_REJECTED, types.Judge(math.NewInt(4), math.NewInt(5), 2))
}

func TestRoundRewardAndSplit(t *testing.T) {
	require.Equal(t, math.NewInt(333), types.RoundReward(math.NewInt(1000), 3, 1))
	require.Equal(t, math.NewInt(500), types.RoundReward(math.NewInt(1000), 3, 2))
	require.Equal(t, math.NewInt(1000), types.RoundReward(math.NewInt(1000), 3, 3), "the last round pays the whole pool")
	require.True(t, types.RoundReward(math.NewInt(1000), 3, 4).IsZero())
	p, v := types.SplitReward(math.NewInt(1001), math.LegacyNewDecWithPrec(5, 1))
	require.Equal(t, math.NewInt(500), p)
	require.Equal(t, math.NewInt(501), v)
	p, v = types.SplitReward(math.NewInt(7), math.LegacyOneDec())
	require.Equal(t, math.NewInt(7), p)
	require.True(t, v.IsZero())
}

func TestSlashes(t *testing.T) {
	require.Equal(t, math.NewInt(3), types.Slash(math.NewInt(39), math.LegacyNewDecWithPrec(1, 1)), "⌊3.9⌋")
	require.Equal(t, math.NewInt(6), types.VoterSlash(math.NewInt(400), math.LegacyNewDecWithPrec(5, 2), 1, 3), "⌊400·0.05/3⌋")
	require.True(t, types.VoterSlash(math.NewInt(400), math.LegacyOneDec(), 0, 3).IsZero())
	require.True(t, types.VoterSlash(math.NewInt(400), math.LegacyOneDec(), 0, 0).IsZero())
	require.Equal(t, math.NewInt(400), types.VoterSlash(math.NewInt(400), math.LegacyOneDec(), 3, 3))
}

func TestSettleParticipant(t *testing.T) {
	p := types.DefaultParams() // slash_proposer 0.1, slash_voter 0.05, slash_absent 0.05
	pot := types.RoundPot{ProposerReward: math.NewInt(300), AcceptedStake: math.NewInt(3000), VoterReward: math.NewInt(200), VoterWeight: math.NewInt(8000)}
	s := math.NewInt(1000)
	for _, c := range []struct {
		name    string
		in      types.RoundInputs
		reward  int64
		slashed int64
		reasons []string
	}{
		{"accepted proposer", types.RoundInputs{Stake: s, Proposer: true, Update: types.UPDATE_STATUS_ACCEPTED}, 100, 0, nil},
		{"rejected proposer", types.RoundInputs{Stake: s, Proposer: true, Update: types.UPDATE_STATUS_REJECTED}, 0, 100, []string{"rejected update"}},
		{"no votes", types.RoundInputs{Stake: s, Proposer: true, Update: types.UPDATE_STATUS_NO_VOTES}, 0, 0, nil},
		{"absent proposer", types.RoundInputs{Stake: s, Proposer: true}, 0, 50, []string{"absent proposer"}},
		{"unrevealed update", types.RoundInputs{Stake: s, Proposer: true, Update: types.UPDATE_STATUS_UNREVEALED}, 0, 50, []string{"absent proposer"}},
		{"right voter", types.RoundInputs{Stake: s, Voter: true, ToJudge: 4, Revealed: true, Judged: 4, Matched: 4}, 100, 0, nil},
		{"half-wrong voter", types.RoundInputs{Stake: s, Voter: true, ToJudge: 4, Revealed: true, Judged: 4, Matched: 2}, 50, 25, []string{"verdicts against the outcome"}},
		{"absent voter", types.RoundInputs{Stake: s, Voter: true, ToJudge: 4}, 0, 50, []string{"absent voter"}},
		{"voter with nothing to judge", types.RoundInputs{Stake: s, Voter: true}, 0, 0, nil},
		{"both roles", types.RoundInputs{Stake: s, Proposer: true, Update: types.UPDATE_STATUS_ACCEPTED, Voter: true, ToJudge: 2, Revealed: true, Judged: 2, Matched: 2}, 100 + 50, 0, nil},
	} {
		out := types.SettleParticipant(c.in, pot, p)
		require.Equal(t, math.NewInt(c.reward), out.Reward, c.name)
		require.Equal(t, math.NewInt(c.slashed), out.Slashed, c.name)
		require.Equal(t, c.reasons, out.Reasons, c.name)
	}
	// slashes never exceed the stake
	p.SlashProposer, p.SlashVoter = math.LegacyOneDec(), math.LegacyOneDec()
	out := types.SettleParticipant(types.RoundInputs{Stake: s, Proposer: true, Update: types.UPDATE_STATUS_REJECTED, Voter: true, ToJudge: 1, Revealed: true, Judged: 1}, pot, p)
	require.Equal(t, s, out.Slashed)
}
