package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/network"
	arenatypes "github.com/flockchain/flock/x/arena/types"
)

// TestArenaTaskThroughCLI drives one whole task through the CLI alone, as a person would:
// amounts in FLOCK, roles by name, the model committed by commit-model and the scores by
// commit-scores, each kept in its signer's home and revealed from there by reveal-model and
// reveal-scores, --gas auto on some messages;
// then reads the leaderboard and the claimable rewards.
func TestArenaTaskThroughCLI(t *testing.T) {
	net := network.New(t, arenaNetworkConfig())
	val := net.Validators[0]
	fees := sdk.NewCoin(app.BondDenom, fee.Amount.MulRaw(2)).String()
	tx := func(args ...string) {
		t.Helper()
		_, code, log := cliTx(t, net, append(args, "--fees", fees, "--gas", "400000")...)
		require.Zero(t, code, "%v: %s", args[:3], log)
	}
	// txAuto lets the CLI simulate the message for its gas (default adjustment 1)
	txAuto := func(args ...string) {
		t.Helper()
		_, code, log := cliTx(t, net, append(args, "--fees", fees, "--gas", "auto")...)
		require.Zero(t, code, "%v with --gas auto: %s", args[:3], log)
	}
	newKey := func(name string) sdk.AccAddress {
		out, err := runCLI(t, t.TempDir(), "keys", "add", name, "--keyring-backend", "test", "--keyring-dir", val.ClientCtx.KeyringDir, "--output", "json")
		require.NoError(t, err)
		var k struct{ Address string }
		require.NoError(t, json.Unmarshal([]byte(out), &k))
		a, err := sdk.AccAddressFromBech32(k.Address)
		require.NoError(t, err)
		tx("tx", "bank", "send", val.Address.String(), a.String(), sdk.NewCoin(app.BondDenom, app.Flock(100)).String())
		return a
	}
	trainer, scorer := newKey("trainer"), newKey("scorer")
	hash := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

	txAuto("tx", "arena", "create-task", "digits", "https://data/train.csv", hash("train"), hash("val"), "cross-entropy", "10flock",
		"--lower-is-better", "--submission-duration", "8s", "--validation-duration", "4s", "--reveal-duration", "6s",
		"--reward-bonus", "50flock", "--from", val.Address.String())
	const task = "1"
	txAuto("tx", "arena", "join", task, "trainer", "10flock", "1", "--from", trainer.String())
	tx("tx", "arena", "join", task, "Validator", "10000000000000000000aflock", "1", "--from", scorer.String())
	var parts struct {
		Participants []struct {
			Address   string `json:"address"`
			SelfStake string `json:"self_stake"`
		} `json:"participants"`
	}
	cliQuery(t, net, &parts, "query", "arena", "participants", task)
	require.Len(t, parts.Participants, 2)
	for _, p := range parts.Participants {
		require.Equal(t, app.Flock(10).String(), p.SelfStake, "10flock and 10·10^18 aflock are the same stake (%s)", p.Address)
	}
	// the model is committed, not shown: commit-model keeps the salt, hash and URI in the home
	trainerHome := t.TempDir()
	txAuto("tx", "arena", "commit-model", task, "--model-hash", hash("model"), "--model-uri", "https://models/m1",
		"--from", trainer.String(), "--home", trainerHome)
	var subs struct {
		Submissions []struct {
			ID        string `json:"id"`
			ModelHash string `json:"model_hash"`
		} `json:"submissions"`
	}
	cliQuery(t, net, &subs, "query", "arena", "submissions", task)
	require.Len(t, subs.Submissions, 1)
	require.Empty(t, subs.Submissions[0].ModelHash, "nothing is public before submissions close")

	var taskRes struct {
		Task struct {
			Status         string    `json:"status"`
			SubmissionEnd  time.Time `json:"submission_end"`
			ModelRevealEnd time.Time `json:"model_reveal_end"`
			ValidationEnd  time.Time `json:"validation_end"`
			RevealEnd      time.Time `json:"reveal_end"`
		} `json:"task"`
	}
	cliQuery(t, net, &taskRes, "query", "arena", "task", task)
	waitUntil(t, net, taskRes.Task.SubmissionEnd)
	txAuto("tx", "arena", "reveal-model", task, "--from", trainer.String(), "--home", trainerHome)
	cliQuery(t, net, &subs, "query", "arena", "submissions", task)
	require.Equal(t, hash("model"), subs.Submissions[0].ModelHash, "revealed from the record commit-model kept")
	waitUntil(t, net, taskRes.Task.ModelRevealEnd)
	txAuto("tx", "arena", "open-validation", task, "https://data/val.csv", "--from", val.Address.String())

	var assigned struct {
		SubmissionIDs []string `json:"submission_ids"`
	}
	cliQuery(t, net, &assigned, "query", "arena", "assignments", task, scorer.String())
	require.Equal(t, []string{"1"}, assigned.SubmissionIDs)

	// commit: the CLI picks the salt, computes the commitment and keeps both in the home
	home := t.TempDir()
	txAuto("tx", "arena", "commit-scores", task, "--scores", "1=0.42", "--from", scorer.String(), "--home", home)
	record := filepath.Join(home, "arena", "commits", net.Config.ChainID, task+"-"+scorer.String()+".json")
	var stored struct {
		Salt   string                  `json:"salt"`
		Scores []arenatypes.ScoreEntry `json:"scores"`
	}
	bz, err := os.ReadFile(record)
	require.NoError(t, err, "commit-scores keeps the salt and scores in the client's home")
	require.NoError(t, json.Unmarshal(bz, &stored))
	require.Len(t, stored.Salt, 64, "a fresh 32-byte salt")
	require.Equal(t, []arenatypes.ScoreEntry{{SubmissionId: 1, Score: "0.42"}}, stored.Scores)

	cliQuery(t, net, &taskRes, "query", "arena", "task", task)
	require.Equal(t, "TASK_STATUS_VALIDATION", taskRes.Task.Status)
	waitUntil(t, net, taskRes.Task.ValidationEnd)
	txAuto("tx", "arena", "reveal-scores", task, "--from", scorer.String(), "--home", home)
	waitUntil(t, net, taskRes.Task.RevealEnd)
	require.NoError(t, net.WaitForNextBlock())

	var board struct {
		Entries []struct {
			Trainer string `json:"trainer"`
			Rank    int    `json:"rank"`
			Score   string `json:"score"`
			Reward  string `json:"reward"`
		} `json:"entries"`
	}
	require.NoError(t, net.RetryForBlocks(func() error {
		cliQuery(t, net, &board, "query", "arena", "leaderboard", task)
		if len(board.Entries) == 0 {
			return fmt.Errorf("not finalised yet")
		}
		return nil
	}, 10))
	require.Equal(t, trainer.String(), board.Entries[0].Trainer)
	require.Equal(t, 1, board.Entries[0].Rank)
	require.Equal(t, "0.420000000000000000", board.Entries[0].Score, "the revealed score is the one committed")

	// results: accuracy only where there is one (a validator that revealed), absent for a trainer
	var results struct {
		Results []map[string]any `json:"results"`
	}
	cliQuery(t, net, &results, "query", "arena", "results", task)
	require.Len(t, results.Results, 2)
	for _, r := range results.Results {
		if r["address"] == trainer.String() {
			require.NotContains(t, r, "accuracy", "a trainer has no accuracy: %v", r)
		} else {
			require.Equal(t, "1.000000000000000000", r["accuracy"], "the only validator agrees with itself: %v", r)
		}
	}

	// equal stakes: each side gets half of the 50 FLOCK bonus (γ + (1−2γ)·½ = ½)
	half := app.Flock(25)
	for _, who := range []sdk.AccAddress{trainer, scorer} {
		var c struct {
			Amount string `json:"amount"`
		}
		cliQuery(t, net, &c, "query", "rewards", "claimable", who.String())
		amount, ok := math.NewIntFromString(c.Amount)
		require.True(t, ok, c.Amount)
		require.Equal(t, half.String(), amount.String(), "claimable of %s", who)
	}
}

// arenaNetworkConfig is a test network whose arena phases may last seconds and whose stakes
// are 10 FLOCK, so a whole task fits in a test.
func arenaNetworkConfig() network.Config {
	cfg := network.DefaultConfig()
	var gs arenatypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[arenatypes.ModuleName], &gs)
	gs.Params.MinPhaseDuration = time.Second
	gs.Params.MinTaskStake, gs.Params.MinTrainerStake, gs.Params.MinValidatorStake = app.Flock(10), app.Flock(10), app.Flock(10)
	cfg.GenesisState[arenatypes.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)
	return cfg
}

// waitUntil waits for the first block at or after deadline.
func waitUntil(t *testing.T, net *network.Network, deadline time.Time) {
	t.Helper()
	require.NoError(t, net.RetryForBlocks(func() error {
		var st struct {
			SyncInfo struct {
				LatestBlockTime time.Time `json:"latest_block_time"`
			} `json:"sync_info"`
		}
		out, err := runCLI(t, t.TempDir(), "status", "--node", net.Validators[0].RPCAddress)
		if err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			return err
		}
		if st.SyncInfo.LatestBlockTime.Before(deadline) {
			return fmt.Errorf("block time %s before %s", st.SyncInfo.LatestBlockTime, deadline)
		}
		return nil
	}, 60))
}
