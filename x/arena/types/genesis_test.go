package types_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

// TestGenesisValidateCrossChecks: a genesis whose records refer to what is not there is
// refused before any module reads it (a score by a non-participant once panicked EndBlock).
func TestGenesisValidateCrossChecks(t *testing.T) {
	tr, val, eve := "flock1trainer", "flock1validator", "flock1eve"
	valid := func() types.GenesisState {
		return withStakeTimes(types.GenesisState{
			Params: types.DefaultParams(), NextTaskId: 2,
			Tasks: []types.Task{{Id: 1, Status: types.TASK_STATUS_VALIDATION, CreatorStake: fl(3000), Bonus: math.ZeroInt(), Emission: math.ZeroInt(), NextSubmissionId: 2, ModelCommits: 1}},
			Participants: []types.Participant{
				{TaskId: 1, Address: tr, Role: types.ROLE_TRAINER, SelfStake: fl(3000), Delegated: fl(5), Sigma: d("1"), Delegators: 1},
				{TaskId: 1, Address: val, Role: types.ROLE_VALIDATOR, SelfStake: fl(3000), Delegated: math.ZeroInt(), Sigma: d("1")},
			},
			Delegations: []types.Delegation{{TaskId: 1, Participant: tr, Delegator: eve, Amount: fl(5)}},
			Submissions: []types.Submission{{TaskId: 1, Id: 1, Trainer: tr, Commitment: strings.Repeat("ab", 32), CommitSeq: 1}},
			Assignments: []types.GenesisAssignment{{TaskId: 1, Validator: val, SubmissionId: 1}},
			Commitments: []types.GenesisCommitment{{TaskId: 1, Validator: val, Commitment: "00"}},
			Scores:      []types.GenesisScore{{TaskId: 1, SubmissionId: 1, Validator: val, Score: "0.5"}},
			Tallies:     []types.GenesisTally{{TaskId: 1, Validator: val, Tally: types.ValidatorTally{AccuracySum: math.LegacyZeroDec(), Assigned: 1}}},
		})
	}
	require.NoError(t, valid().Validate())
	cases := []struct {
		name   string
		change func(*types.GenesisState)
		says   string
	}{
		{"next task id 0", func(g *types.GenesisState) { g.NextTaskId = 0 }, "next_task_id 0"},
		{"nil sigma", func(g *types.GenesisState) { g.Participants[0].Sigma = math.LegacyDec{} }, "sigma"},
		{"sigma above 1", func(g *types.GenesisState) { g.Participants[0].Sigma = d("1.5") }, "sigma"},
		{"negative delegation", func(g *types.GenesisState) { g.Delegations[0].Amount = fl(-5) }, "amount must be positive"},
		{"delegations do not sum to delegated", func(g *types.GenesisState) { g.Participants[0].Delegated = fl(6) }, "delegations sum to"},
		{"delegator count off", func(g *types.GenesisState) { g.Participants[0].Delegators = 2 }, "counts 2 delegators but holds 1"},
		{"score by a non-participant", func(g *types.GenesisState) { g.Scores[0].Validator = eve }, "score: flock1eve is not a ROLE_VALIDATOR"},
		{"score by a trainer", func(g *types.GenesisState) { g.Scores[0].Validator = tr }, "is not a ROLE_VALIDATOR"},
		{"score of an unknown submission", func(g *types.GenesisState) { g.Scores[0].SubmissionId = 9 }, "unknown submission 9"},
		{"submission by a validator", func(g *types.GenesisState) { g.Submissions[0].Trainer = val }, "is not a ROLE_TRAINER"},
		{"assignment to a stranger", func(g *types.GenesisState) { g.Assignments[0].Validator = eve }, "assignment"},
		{"participant twice", func(g *types.GenesisState) { g.Participants = append(g.Participants, g.Participants[1]) }, "appears twice"},
		{"settling without a record", func(g *types.GenesisState) { g.Tasks[0].Status = types.TASK_STATUS_SETTLING }, "no settlement record"},
		{"tally with more scores than assignments", func(g *types.GenesisState) { g.Tallies[0].Tally.Scores = 2 }, "2 scores of 1 assigned"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := valid()
			tc.change(&g)
			err := g.Validate()
			require.ErrorIs(t, err, types.ErrInvalidGenesis)
			require.ErrorContains(t, err, tc.says)
		})
	}
}
