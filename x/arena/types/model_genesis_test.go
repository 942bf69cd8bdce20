package types_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

var carol = sdk.AccAddress(strings.Repeat("c", 20)).String()

// modelGenesis is a valid genesis with one open task in its model reveal window and three
// submissions: 1 revealed model A, 2 unrevealed, 3 revealed A after 1's commitment.
func modelGenesis() *types.GenesisState {
	gs := types.DefaultGenesis()
	gs.NextTaskId = 2
	end := time.Unix(1_700_000_000, 0).UTC()
	gs.Tasks = []types.Task{{Id: 1, Creator: alice, Status: types.TASK_STATUS_OPEN, CreatorStake: math.OneInt(), Bonus: math.ZeroInt(),
		Emission: math.ZeroInt(), SubmissionEnd: end, ModelRevealEnd: end.Add(time.Hour), OpenDeadline: end.Add(25 * time.Hour),
		Submissions: 3, NextSubmissionId: 4, ModelCommits: 4}}
	a := sha256.Sum256([]byte("A"))
	for _, tr := range []string{alice, bob, carol} {
		gs.Participants = append(gs.Participants, types.Participant{TaskId: 1, Address: tr, Role: types.ROLE_TRAINER,
			SelfStake: math.OneInt(), Delegated: math.ZeroInt(), Sigma: math.LegacyOneDec()})
	}
	gs.Submissions = []types.Submission{
		{TaskId: 1, Id: 1, Trainer: alice, Commitment: hash, CommitSeq: 2, ModelHash: hex.EncodeToString(a[:]), ModelUri: "u"},
		{TaskId: 1, Id: 2, Trainer: bob, Commitment: hash, CommitSeq: 1},
		{TaskId: 1, Id: 3, Trainer: carol, Commitment: hash, CommitSeq: 4, ModelHash: hex.EncodeToString(a[:]), ModelUri: "u", DuplicateOf: 1},
	}
	*gs = withStakeTimes(*gs)
	return gs
}

func TestGenesisValidatesModels(t *testing.T) {
	require.NoError(t, modelGenesis().Validate())
	for _, tc := range []struct {
		name string
		edit func(*types.GenesisState)
		says string
	}{
		{"reveal window after the open deadline", func(gs *types.GenesisState) { gs.Tasks[0].ModelRevealEnd = gs.Tasks[0].OpenDeadline.Add(time.Second) },
			"task 1: model_reveal_end"},
		{"reveal window before submission end", func(gs *types.GenesisState) { gs.Tasks[0].ModelRevealEnd = gs.Tasks[0].SubmissionEnd.Add(-time.Second) },
			"task 1: model_reveal_end"},
		{"no commitment", func(gs *types.GenesisState) { gs.Submissions[1].Commitment = "" }, `submission 2 of task 1: commitment ""`},
		{"commit_seq 0", func(gs *types.GenesisState) { gs.Submissions[1].CommitSeq = 0 }, "commit_seq 0 must be unique within [1, model_commits 4]"},
		{"commit_seq beyond the task's count", func(gs *types.GenesisState) { gs.Submissions[1].CommitSeq = 5 }, "commit_seq 5"},
		{"commit_seq twice", func(gs *types.GenesisState) { gs.Submissions[1].CommitSeq = 2 }, "submission 2 of task 1: commit_seq 2"},
		{"submission id twice", func(gs *types.GenesisState) { gs.Submissions[2].Id = 1 }, "submission 1 of task 1 appears twice"},
		{"URI without a model", func(gs *types.GenesisState) { gs.Submissions[1].ModelUri = "u" }, "submission 2 of task 1 has a URI or duplicate_of but no revealed model"},
		{"upper-case model hash", func(gs *types.GenesisState) {
			gs.Submissions[0].ModelHash = strings.ToUpper(gs.Submissions[0].ModelHash)
		}, "want a lower-case sha256 and a URI"},
		{"model without a URI", func(gs *types.GenesisState) { gs.Submissions[0].ModelUri = "" }, "submission 1 of task 1: model"},
		{"the earliest commitment marked a duplicate", func(gs *types.GenesisState) { gs.Submissions[0].DuplicateOf = 3 },
			"submission 1 of task 1 has the earliest commitment of model"},
		{"a later commitment not marked", func(gs *types.GenesisState) { gs.Submissions[2].DuplicateOf = 0 },
			"submission 3 of task 1 reveals model"},
		{"a duplicate of an unrevealed submission", func(gs *types.GenesisState) { gs.Submissions[2].DuplicateOf = 2 },
			"duplicate_of 2 must name an earlier commitment of it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gs := modelGenesis()
			tc.edit(gs)
			err := gs.Validate()
			require.ErrorIs(t, err, types.ErrInvalidGenesis)
			require.ErrorContains(t, err, tc.says)
		})
	}
}
