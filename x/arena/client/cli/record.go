package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/flockchain/flock/x/arena/types"
)

// commitRecord is what commit-scores keeps in the client's home so that reveal-scores can
// reveal exactly what was committed. It never goes on chain: the salt is what keeps the
// scores secret until the reveal phase.
type commitRecord struct {
	ChainID    string             `json:"chain_id"`
	TaskID     uint64             `json:"task_id"`
	Validator  string             `json:"validator"`
	Salt       string             `json:"salt"`
	Scores     []types.ScoreEntry `json:"scores"`
	Commitment string             `json:"commitment"`
}

// recordPath is <home>/arena/commits/<chain-id>/<task>-<validator>.json.
func recordPath(home, chainID string, taskID uint64, validator string) string {
	return filepath.Join(home, "arena", "commits", chainID, fmt.Sprintf("%d-%s.json", taskID, validator))
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

// loadRecord reads the record of a task and validator and checks it is theirs.
func loadRecord(path, chainID string, taskID uint64, validator string) (commitRecord, error) {
	var r commitRecord
	bz, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return r, fmt.Errorf("no commitment of %s to task %d on %s is stored at %s: commit with `commit-scores` first, or give --salt and --scores", validator, taskID, chainID, path)
	} else if err != nil {
		return r, err
	}
	if err := json.Unmarshal(bz, &r); err != nil {
		return r, fmt.Errorf("%s: %w", path, err)
	}
	if r.ChainID != chainID || r.TaskID != taskID || r.Validator != validator {
		return r, fmt.Errorf("%s holds a commitment of %s to task %d on %s, not of %s to task %d on %s",
			path, r.Validator, r.TaskID, r.ChainID, validator, taskID, chainID)
	}
	return r, nil
}
