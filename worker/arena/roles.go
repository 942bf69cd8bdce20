// Package arena plays AI Arena roles against a flockd node: a training node (join, fetch and
// verify the training data, train, commit to the model, then upload and reveal it) and a validator (join, wait for
// validation, fetch and verify the validation set and each assigned model, score them by
// loss, commit, then reveal). Nothing is sent when a check fails.
package arena

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"time"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
	arenatypes "github.com/flockchain/flock/x/arena/types"
)

// Worker plays roles with one chain key and one artifact server.
type Worker struct {
	Chain     *chainclient.Client
	Artifacts *artifacts.Client
	HTTP      *http.Client
	Log       io.Writer
	Poll      time.Duration
}

func (w *Worker) logf(format string, args ...any) {
	if w.Log != nil {
		fmt.Fprintf(w.Log, format+"\n", args...)
	}
}

// task reads a task from the chain.
func (w *Worker) task(ctx context.Context, id uint64) (arenatypes.Task, error) {
	res, err := w.Chain.Arena.Task(ctx, &arenatypes.QueryTaskRequest{TaskId: id})
	if err != nil {
		return arenatypes.Task{}, fmt.Errorf("task %d: %w", id, err)
	}
	return res.Task, nil
}

// fetchDataset downloads a CSV and checks it hashes to what the task committed.
func (w *Worker) fetchDataset(ctx context.Context, uri, wantHash string) (*dataset.Dataset, error) {
	b, err := artifacts.Fetch(ctx, w.HTTP, uri, wantHash)
	if err != nil {
		return nil, fmt.Errorf("data at %s: %w", uri, err)
	}
	return dataset.LoadCSV(bytes.NewReader(b))
}

// TrainerConfig is what a training node stakes and how it trains.
type TrainerConfig struct {
	TaskID uint64
	Stake  sdk.Coin
	Sigma  math.LegacyDec
	Kind   model.Kind
	Hidden int
	Train  model.TrainConfig
	// Data, if set, is the node's own training data; otherwise the task's is used.
	Data *dataset.Dataset
}

// Trainer joins the task as a training node, trains on its data, commits to the model's hash
// with a fresh salt while submissions are open, waits for them to close, uploads the model
// (so nobody can fetch it before it is committed out of reach) and reveals its hash and URI.
// It returns the submission id. The salt lives in memory only; it is logged so that a worker
// stopped before the reveal can be stood in for by `flockd tx arena reveal-model --salt`.
func (w *Worker) Trainer(ctx context.Context, cfg TrainerConfig) (uint64, error) {
	task, err := w.task(ctx, cfg.TaskID)
	if err != nil {
		return 0, err
	}
	if task.Status != arenatypes.TASK_STATUS_OPEN {
		return 0, fmt.Errorf("task %d is %s, not open for submissions", task.Id, task.Status)
	}
	data := cfg.Data
	if data == nil {
		if data, err = w.fetchDataset(ctx, task.TrainDataUri, task.TrainDataHash); err != nil {
			return 0, err
		}
		w.logf("task %d: training data verified (%d rows)", task.Id, data.Rows())
	}
	m, err := model.New(cfg.Kind, data.Features(), cfg.Hidden, data.Classes, cfg.Train.Seed)
	if err != nil {
		return 0, err
	}
	train := cfg.Train
	train.Progress = func(epoch int, loss float64) { w.logf("task %d: epoch %d loss %.5f", task.Id, epoch, loss) }
	if err := model.Train(m, data, train); err != nil {
		return 0, err
	}
	artifact := m.Marshal()
	name := artifacts.Hash(artifact)
	hash, _ := hex.DecodeString(name)
	me := w.Chain.Address().String()
	res, err := w.Chain.Send(ctx, &arenatypes.MsgJoinTask{Participant: me, TaskId: task.Id,
		Role: arenatypes.ROLE_TRAINER, Stake: cfg.Stake, Sigma: cfg.Sigma})
	if err != nil {
		return 0, fmt.Errorf("joining task %d: %w", task.Id, err)
	}
	w.logf("task %d: joined as trainer in tx %s", task.Id, res.Hash)
	salt := make([]byte, 32)
	if _, err := rand.Read(salt); err != nil {
		return 0, err
	}
	res, err = w.Chain.Send(ctx, &arenatypes.MsgCommitModel{Trainer: me, TaskId: task.Id,
		Commitment: hex.EncodeToString(arenatypes.ModelCommitment(task.Id, me, hash, salt))})
	if err != nil {
		return 0, fmt.Errorf("committing to a model for task %d: %w", task.Id, err)
	}
	w.logf("task %d: model %s committed with salt %x in tx %s", task.Id, name, salt, res.Hash)
	subs, err := w.Chain.Arena.Submissions(ctx, &arenatypes.QuerySubmissionsRequest{TaskId: task.Id})
	if err != nil {
		return 0, err
	}
	var id uint64
	for _, s := range subs.Submissions {
		if s.Trainer == me {
			id = s.Id
		}
	}
	if id == 0 {
		return 0, fmt.Errorf("submission to task %d not found after the tx", task.Id)
	}
	if _, err := w.waitFor(ctx, task.Id, "submissions to close", func(t arenatypes.Task, now time.Time) bool {
		return !now.Before(t.SubmissionEnd)
	}); err != nil {
		return id, err
	}
	if uploaded, err := w.Artifacts.Put(ctx, artifact); err != nil {
		return id, err
	} else if uploaded != name {
		return id, fmt.Errorf("the artifact store named the model %s, not its sha256 %s", uploaded, name)
	}
	w.logf("task %d: model uploaded as %s", task.Id, name)
	res, err = w.Chain.Send(ctx, &arenatypes.MsgRevealModel{Trainer: me, TaskId: task.Id,
		ModelUri: w.Artifacts.URI(name), ModelHash: name, Salt: hex.EncodeToString(salt)})
	if err != nil {
		return id, fmt.Errorf("revealing the model of task %d: %w", task.Id, err)
	}
	w.logf("task %d: model revealed in tx %s", task.Id, res.Hash)
	return id, nil
}

// JoinAsValidator stakes on the task as a validator of AI work.
func (w *Worker) JoinAsValidator(ctx context.Context, taskID uint64, stake sdk.Coin, sigma math.LegacyDec) error {
	res, err := w.Chain.Send(ctx, &arenatypes.MsgJoinTask{Participant: w.Chain.Address().String(), TaskId: taskID,
		Role: arenatypes.ROLE_VALIDATOR, Stake: stake, Sigma: sigma})
	if err != nil {
		return fmt.Errorf("joining task %d: %w", taskID, err)
	}
	w.logf("task %d: joined as validator in tx %s", taskID, res.Hash)
	return nil
}

// waitFor polls the task until cond holds.
func (w *Worker) waitFor(ctx context.Context, id uint64, what string, cond func(arenatypes.Task, time.Time) bool) (arenatypes.Task, error) {
	w.logf("task %d: waiting for %s", id, what)
	for {
		t, err := w.task(ctx, id)
		if err != nil {
			return t, err
		}
		if t.Status == arenatypes.TASK_STATUS_CANCELLED || t.Status == arenatypes.TASK_STATUS_FINALIZED {
			return t, fmt.Errorf("task %d is %s", id, t.Status)
		}
		now, err := w.Chain.BlockTime(ctx)
		if err != nil {
			return t, err
		}
		if cond(t, now) {
			return t, nil
		}
		select {
		case <-ctx.Done():
			return t, ctx.Err()
		case <-time.After(w.Poll):
		}
	}
}

// Validate scores the assigned submissions once validation opens: loss on the validation
// set (checked against the task's hash), committed, then revealed in the reveal phase. A
// model that cannot be fetched, verified or evaluated is left unscored and the reason logged;
// no score is ever made up.
func (w *Worker) Validate(ctx context.Context, taskID uint64) error {
	task, err := w.waitFor(ctx, taskID, "validation to open", func(t arenatypes.Task, _ time.Time) bool {
		return t.Status == arenatypes.TASK_STATUS_VALIDATION
	})
	if err != nil {
		return err
	}
	val, err := w.fetchDataset(ctx, task.ValidationDataUri, task.ValidationDataHash)
	if err != nil {
		return fmt.Errorf("task %d: %w", taskID, err)
	}
	w.logf("task %d: validation data verified (%d rows)", taskID, val.Rows())
	assigned, err := w.Chain.Arena.Assignments(ctx, &arenatypes.QueryAssignmentsRequest{TaskId: taskID, Validator: w.Chain.Address().String()})
	if err != nil {
		return err
	}
	subs, err := w.Chain.Arena.Submissions(ctx, &arenatypes.QuerySubmissionsRequest{TaskId: taskID})
	if err != nil {
		return err
	}
	byID := map[uint64]arenatypes.Submission{}
	for _, s := range subs.Submissions {
		byID[s.Id] = s
	}
	// score_decimals is a param: read it now, so the commitment holds scores the reveal can
	// carry (a score with more decimals than the chain allows is refused at reveal, after
	// the commitment, and the validator is slashed for not revealing)
	params, err := w.Chain.Arena.Params(ctx, &arenatypes.QueryParamsRequest{})
	if err != nil {
		return fmt.Errorf("task %d: reading the arena params: %w", taskID, err)
	}
	decimals := params.Params.ScoreDecimals
	var scores []arenatypes.ScoreEntry
	for _, id := range assigned.SubmissionIds {
		s := byID[id]
		b, err := artifacts.Fetch(ctx, w.HTTP, s.ModelUri, s.ModelHash)
		if err != nil {
			w.logf("task %d: submission %d left unscored: %v", taskID, id, err)
			continue
		}
		m, err := model.Unmarshal(b)
		if err != nil {
			w.logf("task %d: submission %d left unscored: %v", taskID, id, err)
			continue
		}
		loss, acc, err := model.Evaluate(m, val)
		if err != nil {
			w.logf("task %d: submission %d left unscored: %v", taskID, id, err)
			continue
		}
		score, err := FormatScore(loss, decimals)
		if err != nil {
			w.logf("task %d: submission %d left unscored: %v", taskID, id, err)
			continue
		}
		w.logf("task %d: submission %d loss %s accuracy %.3f", taskID, id, score, acc)
		scores = append(scores, arenatypes.ScoreEntry{SubmissionId: id, Score: score})
	}
	if len(scores) == 0 {
		// a reveal names at least one score; committing to nothing would end in a refused
		// reveal and the no-reveal slash, while an uncommitted validator is only unpaid
		return fmt.Errorf("task %d: none of the %d assigned submissions could be scored; nothing committed", taskID, len(assigned.SubmissionIds))
	}
	parsed, err := arenatypes.ParseScores(scores, decimals)
	if err != nil {
		return err
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	commitment := arenatypes.Commitment(taskID, w.Chain.Address().String(), salt, parsed)
	res, err := w.Chain.Send(ctx, &arenatypes.MsgCommitScores{Validator: w.Chain.Address().String(), TaskId: taskID, Commitment: hex.EncodeToString(commitment)})
	if err != nil {
		return fmt.Errorf("committing scores: %w", err)
	}
	w.logf("task %d: %d scores committed in tx %s", taskID, len(scores), res.Hash)
	if _, err := w.waitFor(ctx, taskID, "the reveal phase", func(t arenatypes.Task, now time.Time) bool {
		return t.ValidationEnd != nil && !now.Before(*t.ValidationEnd)
	}); err != nil {
		return err
	}
	res, err = w.Chain.Send(ctx, &arenatypes.MsgRevealScores{Validator: w.Chain.Address().String(), TaskId: taskID, Salt: hex.EncodeToString(salt), Scores: scores})
	if err != nil {
		return fmt.Errorf("revealing scores: %w", err)
	}
	w.logf("task %d: scores revealed in tx %s", taskID, res.Hash)
	return nil
}
