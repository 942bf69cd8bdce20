package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/flockchain/flock/x/arena/types"
)

// commitRecord is what commit-scores (or commit-model) keeps in the client's home so that
// reveal-scores (reveal-model) can reveal exactly what was committed. It never goes on chain:
// the salt is what keeps the scores (the model) secret until the reveal.
type commitRecord struct {
	ChainID   string             `json:"chain_id"`
	TaskID    uint64             `json:"task_id"`
	Validator string             `json:"validator,omitempty"`
	Trainer   string             `json:"trainer,omitempty"`
	Salt      string             `json:"salt"`
	Scores    []types.ScoreEntry `json:"scores,omitempty"`
	ModelHash string             `json:"model_hash,omitempty"`
	ModelURI  string             `json:"model_uri,omitempty"`
	// Commitment is what was sent, hex.
	Commitment string `json:"commitment"`
}

// owner is the validator or trainer that committed.
func (r commitRecord) owner() string { return r.Validator + r.Trainer }

// recordPath is <home>/arena/commits/<chain-id>/<task>-<validator>.json.
func recordPath(home, chainID string, taskID uint64, validator string) string {
	return filepath.Join(home, "arena", "commits", chainID, fmt.Sprintf("%d-%s.json", taskID, validator))
}

// modelRecordPath is <home>/arena/commits/<chain-id>/model-<task>-<trainer>.json.
func modelRecordPath(home, chainID string, taskID uint64, trainer string) string {
	return filepath.Join(home, "arena", "commits", chainID, fmt.Sprintf("model-%d-%s.json", taskID, trainer))
}

// saveRecord writes a record, readable by its owner only. A record it replaces (the chain
// takes a new commitment until the commit phase ends) is kept next to it as .prev.json, in
// case the new commitment never lands on chain.
func saveRecord(path string, r commitRecord) (prev string, err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", err
	}
	bz, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(path); err == nil {
		prev = path[:len(path)-len(".json")] + ".prev.json"
		if err := os.Rename(path, prev); err != nil {
			return "", err
		}
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(bz, '\n'), 0o600); err != nil {
		return "", err
	}
	return prev, os.Rename(tmp, path)
}

// loadRecord reads the record of a task and its committer and checks it is theirs; commitCmd
// and revealFlags name what to do when there is none.
func loadRecord(path, chainID string, taskID uint64, who, commitCmd, revealFlags string) (commitRecord, error) {
	var r commitRecord
	bz, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return r, fmt.Errorf("no commitment of %s to task %d on %s is stored at %s: commit with `%s` first, or give %s", who, taskID, chainID, path, commitCmd, revealFlags)
	} else if err != nil {
		return r, err
	}
	if err := json.Unmarshal(bz, &r); err != nil {
		return r, fmt.Errorf("%s: %w", path, err)
	}
	if r.ChainID != chainID || r.TaskID != taskID || r.owner() != who {
		return r, fmt.Errorf("%s holds a commitment of %s to task %d on %s, not of %s to task %d on %s",
			path, r.owner(), r.TaskID, r.ChainID, who, taskID, chainID)
	}
	return r, nil
}
