package types

import (
	"fmt"
	"strconv"
	"strings"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

// DefaultGenesis has default params and no tasks.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextTaskId: 1}
}

// Validate checks the genesis on its own — every record against the tasks, participants
// and submissions it refers to — so that nothing a settlement reads can be missing; the
// escrow balance is checked at InitGenesis. Lookups use maps keyed by canonical strings
// (never iterated).
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if gs.NextTaskId == 0 {
		return errorsmod.Wrap(ErrInvalidGenesis, "next_task_id 0: task ids start at 1")
	}
	tasks := make(map[uint64]Task, len(gs.Tasks))
	for _, t := range gs.Tasks {
		if t.Id == 0 || t.Id >= gs.NextTaskId {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task id %d must be within [1, next_task_id %d)", t.Id, gs.NextTaskId)
		}
		if _, dup := tasks[t.Id]; dup {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d appears twice", t.Id)
		}
		if _, ok := TaskStatus_name[int32(t.Status)]; !ok || t.Status == TASK_STATUS_UNSPECIFIED {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d has status %d", t.Id, t.Status)
		}
		if t.CreatorStake.IsNil() || t.Bonus.IsNil() || t.Emission.IsNil() || t.CreatorStake.IsNegative() || t.Bonus.IsNegative() || t.Emission.IsNegative() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d has a missing or negative amount", t.Id)
		}
		tasks[t.Id] = t
	}
	type member struct {
		task uint64
		addr string
	}
	roles := make(map[member]Role, len(gs.Participants))
	for _, p := range gs.Participants {
		key := member{p.TaskId, p.Address}
		switch {
		case tasks[p.TaskId].Id == 0:
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of unknown task %d", p.Address, p.TaskId)
		case roles[key] != ROLE_UNSPECIFIED:
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s appears twice in task %d", p.Address, p.TaskId)
		case p.Role != ROLE_TRAINER && p.Role != ROLE_VALIDATOR:
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d has role %s", p.Address, p.TaskId, p.Role)
		case p.SelfStake.IsNil() || !p.SelfStake.IsPositive() || p.Delegated.IsNil() || p.Delegated.IsNegative():
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d: stake must be positive, delegated non-negative", p.Address, p.TaskId)
		case p.Sigma.IsNil() || p.Sigma.IsNegative() || p.Sigma.GT(math.LegacyOneDec()):
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d: sigma %v must be within [0, 1]", p.Address, p.TaskId, p.Sigma)
		}
		roles[key] = p.Role
	}
	role := func(what string, task uint64, addr string, want Role) error {
		if got := roles[member{task, addr}]; got != want {
			return errorsmod.Wrapf(ErrInvalidGenesis, "%s: %s is not a %s of task %d", what, addr, want, task)
		}
		return nil
	}
	delegated := make(map[member]math.Int, len(gs.Participants))
	delegators := make(map[member]uint32, len(gs.Participants))
	for _, d := range gs.Delegations {
		delegators[member{d.TaskId, d.Participant}]++
		if d.Amount.IsNil() || !d.Amount.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "delegation of %s to %s in task %d: amount must be positive", d.Delegator, d.Participant, d.TaskId)
		}
		if tasks[d.TaskId].Id == 0 {
			return errorsmod.Wrapf(ErrInvalidGenesis, "delegation of %s to %s: unknown task %d", d.Delegator, d.Participant, d.TaskId)
		}
		key := member{d.TaskId, d.Participant}
		if prev, ok := delegated[key]; ok {
			delegated[key] = prev.Add(d.Amount)
		} else {
			delegated[key] = d.Amount
		}
	}
	for _, p := range gs.Participants {
		if n := delegators[member{p.TaskId, p.Address}]; n != p.Delegators {
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d counts %d delegators but holds %d delegations", p.Address, p.TaskId, p.Delegators, n)
		}
		if live := tasks[p.TaskId].Status; live == TASK_STATUS_FINALIZED || live == TASK_STATUS_CANCELLED {
			continue // delegations of ended tasks are withdrawn one by one
		}
		sum, ok := delegated[member{p.TaskId, p.Address}]
		if !ok {
			sum = math.ZeroInt()
		}
		if !sum.Equal(p.Delegated) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "participant %s of task %d: delegated %s but its delegations sum to %s", p.Address, p.TaskId, p.Delegated, sum)
		}
	}
	subs := make(map[[2]uint64]bool, len(gs.Submissions))
	for _, s := range gs.Submissions {
		if tasks[s.TaskId].Id == 0 || s.Id == 0 || s.Id >= tasks[s.TaskId].NextSubmissionId {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d: unknown task, or id outside [1, next_submission_id)", s.Id, s.TaskId)
		}
		if err := role("submission "+strconv.FormatUint(s.Id, 10), s.TaskId, s.Trainer, ROLE_TRAINER); err != nil {
			return err
		}
		subs[[2]uint64{s.TaskId, s.Id}] = true
	}
	for _, a := range gs.Assignments {
		if !subs[[2]uint64{a.TaskId, a.SubmissionId}] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "assignment of unknown submission %d of task %d", a.SubmissionId, a.TaskId)
		}
		if err := role("assignment", a.TaskId, a.Validator, ROLE_VALIDATOR); err != nil {
			return err
		}
	}
	for _, c := range gs.Commitments {
		if err := role("commitment", c.TaskId, c.Validator, ROLE_VALIDATOR); err != nil {
			return err
		}
	}
	for _, sc := range gs.Scores {
		if !subs[[2]uint64{sc.TaskId, sc.SubmissionId}] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "score of unknown submission %d of task %d", sc.SubmissionId, sc.TaskId)
		}
		if err := role("score", sc.TaskId, sc.Validator, ROLE_VALIDATOR); err != nil {
			return err
		}
		if _, err := math.LegacyNewDecFromStr(sc.Score); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "score %q of submission %d of task %d: %v", sc.Score, sc.SubmissionId, sc.TaskId, err)
		}
	}
	for _, tl := range gs.Tallies {
		if err := role("tally", tl.TaskId, tl.Validator, ROLE_VALIDATOR); err != nil {
			return err
		}
		if tl.Tally.AccuracySum.IsNil() || tl.Tally.Scores > tl.Tally.Assigned {
			return errorsmod.Wrapf(ErrInvalidGenesis, "tally of %s in task %d: %d scores of %d assigned", tl.Validator, tl.TaskId, tl.Tally.Scores, tl.Tally.Assigned)
		}
	}
	settling := make(map[uint64]bool, len(gs.Settlements))
	for _, st := range gs.Settlements {
		settling[st.TaskId] = true
		if tasks[st.TaskId].Status != TASK_STATUS_SETTLING {
			return errorsmod.Wrapf(ErrInvalidGenesis, "settlement of task %d, which is not settling", st.TaskId)
		}
		if err := st.Params.Validate(); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "settlement of task %d: %v", st.TaskId, err)
		}
	}
	for _, t := range gs.Tasks {
		if t.Status == TASK_STATUS_SETTLING && !settling[t.Id] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d is settling with no settlement record", t.Id)
		}
	}
	for _, r := range gs.Ranking {
		if !subs[[2]uint64{r.TaskId, r.Submission.SubmissionId}] || tasks[r.TaskId].Status != TASK_STATUS_SETTLING {
			return errorsmod.Wrapf(ErrInvalidGenesis, "ranked submission %d of task %d: unknown, or the task is not settling", r.Submission.SubmissionId, r.TaskId)
		}
	}
	if err := validateModels(gs.Tasks, gs.Submissions); err != nil {
		return err
	}
	return validateStakeTimes(gs) // emission weights (genesis_stake.go)
}

// validateModels checks the model commit-reveal state: each task's reveal window lies between
// submission_end and open_deadline; each submission has a commitment, a commit sequence
// number unique in its task and within the task's model_commits, and either no model yet or a
// URI and a lower-case sha256; of the submissions that revealed one hash, the one with the
// earliest commitment counts and every other names an earlier one as duplicate_of.
func validateModels(tasks []Task, subs []Submission) error {
	type key struct{ task, n uint64 }
	commits := make(map[uint64]uint64, len(tasks))
	for _, t := range tasks {
		if t.ModelRevealEnd.Before(t.SubmissionEnd) || t.OpenDeadline.Before(t.ModelRevealEnd) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "task %d: model_reveal_end %s must lie within [submission_end %s, open_deadline %s]",
				t.Id, t.ModelRevealEnd, t.SubmissionEnd, t.OpenDeadline)
		}
		commits[t.Id] = t.ModelCommits
	}
	byID := make(map[key]Submission, len(subs))
	seqs := make(map[key]bool, len(subs))
	earliest := map[string]Submission{} // task id and model hash → the earliest commitment revealing it
	for _, s := range subs {
		if byID[key{s.TaskId, s.Id}].Id != 0 {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d appears twice", s.Id, s.TaskId)
		}
		byID[key{s.TaskId, s.Id}] = s
		if _, err := DecodeHash("commitment", s.Commitment); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d: %v", s.Id, s.TaskId, err)
		}
		if s.CommitSeq == 0 || s.CommitSeq > commits[s.TaskId] || seqs[key{s.TaskId, s.CommitSeq}] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d: commit_seq %d must be unique within [1, model_commits %d]",
				s.Id, s.TaskId, s.CommitSeq, commits[s.TaskId])
		}
		seqs[key{s.TaskId, s.CommitSeq}] = true
		if s.ModelHash == "" {
			if s.ModelUri != "" || s.DuplicateOf != 0 {
				return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d has a URI or duplicate_of but no revealed model", s.Id, s.TaskId)
			}
			continue
		}
		if _, err := DecodeHash("model_hash", s.ModelHash); err != nil || strings.ToLower(s.ModelHash) != s.ModelHash || s.ModelUri == "" {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d: model %q at %q: want a lower-case sha256 and a URI", s.Id, s.TaskId, s.ModelHash, s.ModelUri)
		}
		h := fmt.Sprintf("%d/%s", s.TaskId, s.ModelHash)
		if e, ok := earliest[h]; !ok || s.CommitSeq < e.CommitSeq {
			earliest[h] = s
		}
	}
	for _, s := range subs {
		if s.ModelHash == "" {
			continue
		}
		first := earliest[fmt.Sprintf("%d/%s", s.TaskId, s.ModelHash)]
		if first.Id == s.Id {
			if s.DuplicateOf != 0 {
				return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d has the earliest commitment of model %s but is marked a duplicate of %d",
					s.Id, s.TaskId, s.ModelHash, s.DuplicateOf)
			}
			continue
		}
		if d, ok := byID[key{s.TaskId, s.DuplicateOf}]; !ok || d.ModelHash != s.ModelHash || d.CommitSeq >= s.CommitSeq {
			return errorsmod.Wrapf(ErrInvalidGenesis, "submission %d of task %d reveals model %s after submission %d's earlier commitment: duplicate_of %d must name an earlier commitment of it",
				s.Id, s.TaskId, s.ModelHash, first.Id, s.DuplicateOf)
		}
	}
	return nil
}
