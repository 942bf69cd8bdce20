package types_test

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

func TestStakeTimeIntegrates(t *testing.T) {
	half := math.LegacyNewDecWithPrec(5, 1)
	st := types.NewStakeTime(100)
	st = st.Add(100, math.NewInt(30), math.ZeroInt()) // 30 self from t = 100
	st = st.Add(110, math.ZeroInt(), math.NewInt(7))  // 7 delegated from t = 110
	st = st.At(120)
	require.Equal(t, int64(120), st.Since)
	require.Equal(t, "600", st.SelfSeconds.String(), "30·20")
	require.Equal(t, "70", st.DelegatedSeconds.String(), "7·10")
	require.Equal(t, "635", st.EffectiveSeconds(half).String(), "600 + 0.5·70")
	require.Equal(t, "630", st.Add(120, math.ZeroInt(), math.NewInt(1)).At(121).EffectiveSeconds(math.LegacyNewDecWithPrec(1, 18)).String(),
		"self 30·21 = 630, delegated 70 + 8·1 = 78 at ε = 10⁻¹⁸: rounded down to 630")
	require.Equal(t, st, st.At(119), "time never runs back")
	r := st.Restart(130)
	require.True(t, r.SelfSeconds.IsZero() && r.DelegatedSeconds.IsZero())
	require.Equal(t, int64(130), r.Since)
	require.Equal(t, "300", r.At(140).SelfSeconds.String(), "same stakes in the new window")

	sum := types.NewStakeTime(0).Add(0, math.NewInt(5), math.ZeroInt()).Plus(st, 120)
	require.Equal(t, "1200", sum.SelfSeconds.String(), "5·120 + 600")
	require.Equal(t, "35", sum.Self.String())
	require.NoError(t, sum.Validate())
}

// TestStakeTimeTelescopes: however a stake history is cut into updates, the integral is the
// same as summing stake·duration by hand.
func TestStakeTimeTelescopes(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for range 200 {
		now := int64(1_700_000_000)
		st := types.NewStakeTime(now)
		want, stake := math.ZeroInt(), math.ZeroInt()
		for range 1 + r.Intn(20) {
			dt := r.Int63n(100_000)
			want = want.Add(stake.MulRaw(dt))
			now += dt
			add := math.NewInt(r.Int63())
			st = st.Add(now, add, math.ZeroInt())
			stake = stake.Add(add)
			if r.Intn(3) == 0 {
				st = st.At(now) // reads change nothing
			}
		}
		dt := r.Int63n(100_000)
		require.Equal(t, want.Add(stake.MulRaw(dt)).String(), st.At(now+dt).SelfSeconds.String())
	}
}

func TestKeptEmission(t *testing.T) {
	half := math.LegacyNewDecWithPrec(5, 1)
	clock := func(selfSec, delSec int64) types.StakeTime {
		st := types.NewStakeTime(0)
		st.SelfSeconds, st.DelegatedSeconds = math.NewInt(selfSec), math.NewInt(delSec)
		return st
	}
	cases := []struct {
		name         string
		e            int64
		working, all types.StakeTime
		want         int64
	}{
		{"all worked", 1000, clock(10, 4), clock(10, 4), 1000},
		{"nobody worked", 1000, clock(0, 0), clock(10, 4), 0},
		{"no stake at all", 1000, clock(0, 0), clock(0, 0), 0},
		{"a third, rounded down", 1000, clock(1, 0), clock(3, 0), 333},
		{"delegated at ε: (2 + 0.5·2)/(2 + 0.5·2 + 3) = 1/2", 1000, clock(2, 2), clock(5, 2), 500},
		{"exact, not from a rounded ratio: 999·1/7", 999, clock(1, 0), clock(7, 0), 142},
		{"zero emission", 0, clock(1, 0), clock(1, 0), 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, types.KeptEmission(math.NewInt(tc.e), tc.working, tc.all, half).Int64())
		})
	}
}

func TestGenesisValidateStakeTimes(t *testing.T) {
	valid := func() types.GenesisState {
		p := types.Participant{TaskId: 1, Address: sdk.AccAddress("trainer_____________").String(), Role: types.ROLE_TRAINER,
			SelfStake: math.NewInt(30), Delegated: math.NewInt(4), Delegators: 1, Sigma: math.LegacyOneDec(), Worked: true,
			StakeTime: types.NewStakeTime(100).Add(100, math.NewInt(30), math.NewInt(4))}
		task := types.Task{Id: 1, Status: types.TASK_STATUS_VALIDATION, CreatorStake: math.NewInt(1), Bonus: math.ZeroInt(), Emission: math.ZeroInt(),
			EpochStake: p.StakeTime, Stake: p.StakeTime, WorkingStake: p.StakeTime.At(150)}
		return types.GenesisState{Params: types.DefaultParams(), NextTaskId: 2, Tasks: []types.Task{task}, Participants: []types.Participant{p},
			Delegations: []types.Delegation{{TaskId: 1, Participant: p.Address, Delegator: sdk.AccAddress("delegator___________").String(), Amount: math.NewInt(4)}}}
	}
	gs := valid()
	require.NoError(t, gs.Validate())
	cases := []struct {
		name   string
		mutate func(gs *types.GenesisState)
		want   string
	}{
		{"missing integral", func(gs *types.GenesisState) { gs.Tasks[0].Stake = types.StakeTime{} }, "task 1 stake: stake time self <nil>"},
		{"negative seconds", func(gs *types.GenesisState) { gs.Tasks[0].EpochStake.SelfSeconds = math.NewInt(-1) }, "task 1 epoch_stake: stake time self_seconds -1"},
		{"participant's clock not its stake", func(gs *types.GenesisState) { gs.Participants[0].SelfStake = math.NewInt(31) },
			"stake time holds 30 self and 4 delegated, the record 31 and 4"},
		{"task's clock not its participants'", func(gs *types.GenesisState) { gs.Tasks[0].Stake.Delegated = math.NewInt(5) },
			"task 1 stake holds 30 self and 5 delegated stake, its participants 30 and 4"},
		{"working stake of a participant that did not work", func(gs *types.GenesisState) { gs.Participants[0].Worked = false },
			"task 1 working_stake holds 30 self and 4 delegated stake, its participants 0 and 0"},
		{"negative since", func(gs *types.GenesisState) { gs.Participants[0].StakeTime.Since = -1 }, "since -1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			gs := valid()
			tc.mutate(&gs)
			err := gs.Validate()
			require.ErrorIs(t, err, types.ErrInvalidGenesis)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// withStakeTimes gives a genesis the stake × time integrals its participants imply: each
// participant's stakes held since t = 0, every task's integrals their sums (nobody worked).
func withStakeTimes(gs types.GenesisState) types.GenesisState {
	for i := range gs.Tasks {
		t := &gs.Tasks[i]
		t.EpochStake, t.Stake, t.WorkingStake = types.NewStakeTime(0), types.NewStakeTime(0), types.NewStakeTime(0)
		for j := range gs.Participants {
			p := &gs.Participants[j]
			if p.TaskId != t.Id {
				continue
			}
			p.StakeTime = types.NewStakeTime(0).Add(0, p.SelfStake, p.Delegated)
			t.EpochStake = t.EpochStake.Plus(p.StakeTime, 0)
			t.Stake = t.Stake.Plus(p.StakeTime, 0)
		}
	}
	return gs
}
