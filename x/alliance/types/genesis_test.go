package types_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

func validGenesis() *types.GenesisState {
	gs := types.DefaultGenesis()
	gs.NextAllianceId = 1
	gs.Alliances = []types.Alliance{{
		Id: 1, Creator: addrOf(9), Title: "t", ModelSpecUri: "u", InitialModelHash: h64, Rounds: 2, MinParticipants: 2,
		MaxParticipants: 3, MinStake: math.NewInt(10), StartTime: time.Unix(0, 0), FillDeadline: time.Unix(1, 0),
		ProposerRatio: math.LegacyOneDec(), Status: types.ALLIANCE_STATUS_PENDING, Participants: 2, NextIndex: 2,
		TotalStake: math.NewInt(30), Deposit: math.NewInt(100), Pool: math.NewInt(100), Emission: math.ZeroInt(),
		Paid: math.ZeroInt(), Slashed: math.ZeroInt(), EpochStakeSeconds: math.ZeroInt(), IdleStake: math.ZeroInt(),
		ClosingDuration: time.Minute,
	}}
	p := func(b byte, index uint32, stake int64) types.Participant {
		return types.Participant{AllianceId: 1, Address: addrOf(b), Index: index, Stake: math.NewInt(stake), JoinedStake: math.NewInt(stake),
			Rewarded: math.ZeroInt(), Slashed: math.ZeroInt()}
	}
	gs.Participants = []types.Participant{p(1, 0, 10), p(2, 1, 20)}
	return gs
}

func TestGenesisValidate(t *testing.T) {
	require.NoError(t, types.DefaultGenesis().Validate())
	require.NoError(t, validGenesis().Validate())
	for _, c := range []struct {
		name string
		edit func(*types.GenesisState)
		msg  string
	}{
		{"bad params", func(gs *types.GenesisState) { gs.Params.MaxRounds = 0 }, "max_rounds"},
		{"negative retention", func(gs *types.GenesisState) { gs.Params.RecordRetention = -time.Second }, "record_retention -1s must be within [0, 87840h0m0s]"},
		{"retention too long", func(gs *types.GenesisState) { gs.Params.RecordRetention = types.MaxRecordRetention + 1 }, "record_retention"},
		{"no pruning", func(gs *types.GenesisState) { gs.Params.MaxPrunePerBlock = 0 }, "max_prune_per_block 0 must be within [1, 100000]"},
		{"pruning unbounded", func(gs *types.GenesisState) { gs.Params.MaxPrunePerBlock = types.MaxPrunePerBlock + 1 }, "max_prune_per_block 100001"},
		{"no retry delay", func(gs *types.GenesisState) { gs.Params.RetryDelay = 0 }, "retry_delay 0s must be within [1s, 24h0m0s]"},
		{"retry delay too long", func(gs *types.GenesisState) { gs.Params.RetryDelay = 25 * time.Hour }, "retry_delay 25h0m0s"},
		{"id past the sequence", func(gs *types.GenesisState) { gs.NextAllianceId = 0 }, "next_alliance_id"},
		{"alliance twice", func(gs *types.GenesisState) {
			gs.NextAllianceId = 2
			gs.Alliances = append(gs.Alliances, gs.Alliances[0])
		}, "appears twice"},
		{"stake sum", func(gs *types.GenesisState) { gs.Alliances[0].TotalStake = math.NewInt(31) }, "total_stake 31"},
		{"index gap", func(gs *types.GenesisState) { gs.Participants[1].Index = 2 }, "index 2"},
		{"index twice", func(gs *types.GenesisState) { gs.Participants[1].Index = 0 }, "two participants with index 0"},
		{"count", func(gs *types.GenesisState) { gs.Alliances[0].Participants = 3; gs.Alliances[0].NextIndex = 3 }, "counts 3 participants"},
		{"participant twice", func(gs *types.GenesisState) { gs.Participants[1].Address = gs.Participants[0].Address }, "appears twice"},
		{"unknown alliance", func(gs *types.GenesisState) { gs.Participants[0].AllianceId = 7 }, "unknown alliance 7"},
		{"negative pool", func(gs *types.GenesisState) { gs.Alliances[0].Pool = math.NewInt(-1) }, "pool -1"},
		{"no status", func(gs *types.GenesisState) { gs.Alliances[0].Status = 0 }, "status 0"},
		{"ratio", func(gs *types.GenesisState) { gs.Alliances[0].ProposerRatio = math.LegacyZeroDec() }, "proposer_ratio"},
		{"vote of a stranger", func(gs *types.GenesisState) {
			gs.Votes = []types.Vote{{AllianceId: 1, Round: 1, Voter: addrOf(5)}}
		}, "not a participant"},
		{"settlement of a pending alliance", func(gs *types.GenesisState) {
			gs.Settlements = []types.Settlement{{AllianceId: 1}}
		}, "not settling"},
		{"idle stake sum", func(gs *types.GenesisState) { gs.Alliances[0].IdleStake = math.NewInt(10) }, "idle_stake 10: its idle participants' stakes sum to 0"},
		{"idle participant not counted", func(gs *types.GenesisState) { gs.Participants[1].Idle = true }, "idle_stake 0: its idle participants' stakes sum to 20"},
		{"idle above total", func(gs *types.GenesisState) { gs.Alliances[0].IdleStake = math.NewInt(31) }, "exceeds its total_stake"},
		{"idle and returned", func(gs *types.GenesisState) { gs.Participants[0].Idle, gs.Participants[0].Returned = true, true }, "idle with its stake returned"},
		{"no closing duration", func(gs *types.GenesisState) { gs.Alliances[0].ClosingDuration = 0 }, "closing_duration 0s"},
		{"pruned before its end", func(gs *types.GenesisState) { gs.Alliances[0].Pruned = true }, "pruned but has not ended"},
		{"records of a pruned alliance", func(gs *types.GenesisState) {
			end := time.Unix(5, 0)
			gs.Alliances[0].Status, gs.Alliances[0].Ended, gs.Alliances[0].Pruned = types.ALLIANCE_STATUS_FINISHED, &end, true
			gs.Rounds = []types.Round{{AllianceId: 1, Round: 1, Seed: make([]byte, 32)}}
		}, "round of alliance 1, whose records were pruned"},
		{"bad report hash", func(gs *types.GenesisState) {
			gs.ModelReports = []types.GenesisModelReport{{AllianceId: 1, Round: 1, ModelHash: "x", Stake: math.NewInt(1)}}
		}, "model_hash"},
	} {
		gs := validGenesis()
		c.edit(gs)
		err := gs.Validate()
		require.Error(t, err, c.name)
		require.ErrorContains(t, err, c.msg, c.name)
	}
}

// FuzzGenesisWorkingStake: whatever the idle flags, stakes, idle_stake, closing_duration
// and pruning marks, Validate never panics, and a genesis it accepts keeps the working-stake
// rule's records consistent: idle_stake is the idle participants' stakes, within
// total_stake; closing_duration is positive; a pruned alliance has ended.
func FuzzGenesisWorkingStake(f *testing.F) {
	f.Add(false, true, int64(20), int64(20), int64(60), false, false)
	f.Add(true, false, int64(10), int64(0), int64(0), true, true)
	f.Add(true, true, int64(30), int64(31), int64(-1), false, true)
	f.Fuzz(func(t *testing.T, idle0, idle1 bool, idleStake, total, closingSeconds int64, pruned, ended bool) {
		gs := validGenesis()
		a := &gs.Alliances[0]
		a.IdleStake, a.TotalStake = math.NewInt(idleStake), math.NewInt(total)
		a.ClosingDuration = time.Duration(closingSeconds) * time.Second
		a.Pruned = pruned
		if ended {
			end := time.Unix(9, 0)
			a.Ended, a.Status = &end, types.ALLIANCE_STATUS_FINISHED
		}
		gs.Participants[0].Idle, gs.Participants[1].Idle = idle0, idle1
		if gs.Validate() != nil {
			return
		}
		want := math.ZeroInt()
		for _, p := range gs.Participants {
			if p.Idle {
				want = want.Add(p.Stake)
			}
		}
		require.True(t, a.IdleStake.Equal(want))
		require.True(t, a.IdleStake.LTE(a.TotalStake))
		require.Positive(t, a.ClosingDuration)
		require.True(t, !a.Pruned || a.Ended != nil)
	})
}
