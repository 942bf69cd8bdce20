package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/cmd/flockd/cmd"
	"github.com/flockchain/flock/testutil/network"
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

// TestAllianceTxCommands: `flockd tx alliance` has a command for every participant action,
// and every flag says what it is for.
func TestAllianceTxCommands(t *testing.T) {
	root := cmd.NewRootCmd()
	alliance, _, err := root.Find([]string{"tx", "alliance"})
	require.NoError(t, err)
	var names []string
	for _, c := range alliance.Commands() {
		names = append(names, c.Name())
		c.Flags().VisitAll(func(f *pflag.Flag) {
			require.NotEmpty(t, f.Usage, "tx alliance %s --%s has no help", c.Name(), f.Name)
		})
	}
	sort.Strings(names)
	require.Equal(t, []string{"commit-update", "commit-vote", "create-alliance", "join", "leave", "report-model", "reveal-vote",
		"submit-update"}, names)
	create, _, err := root.Find([]string{"tx", "alliance", "create-alliance"})
	require.NoError(t, err)
	for _, f := range []string{"update-commit-duration", "update-reveal-duration", "vote-commit-duration", "vote-reveal-duration"} {
		require.Equal(t, []string{"true"}, create.Flags().Lookup(f).Annotations[cobra.BashCompOneRequiredFlag], "--%s is required", f)
	}
	require.Nil(t, create.Flags().Lookup("closing-duration").Annotations[cobra.BashCompOneRequiredFlag], "--closing-duration is optional")
}

// TestAllianceCLIRefusesBeforeSigning: malformed input is refused by the CLI itself, with
// the module's error, before it signs or reaches for a node (there is none at --node), so
// no fee is spent on it.
func TestAllianceCLIRefusesBeforeSigning(t *testing.T) {
	keyring := t.TempDir()
	_, err := runCLI(t, t.TempDir(), "keys", "add", "v", "--keyring-backend", "test", "--keyring-dir", keyring, "--output", "json")
	require.NoError(t, err)
	common := []string{"--from", "v", "--keyring-backend", "test", "--keyring-dir", keyring, "--chain-id", "flock-test-1",
		"--node", "tcp://127.0.0.1:1", "--yes"}
	hash := strings.Repeat("ab", 32)
	salt := strings.Repeat("5a", 16)
	verdicts := func(body string) string {
		p := filepath.Join(t.TempDir(), "verdicts.json")
		require.NoError(t, os.WriteFile(p, []byte(body), 0o600))
		return p
	}
	proposer := sdk.AccAddress([]byte("proposer____________")).String()
	durations := []string{"--update-commit-duration", "1m", "--update-reveal-duration", "1m", "--vote-commit-duration", "1m", "--vote-reveal-duration", "1m"}
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"join", "0", "1aflock"}, "alliance id"},
		{[]string{"join", "1", "0aflock"}, "stake 0aflock"},
		{[]string{"join", "1", "ten"}, `stake "ten"`},
		{[]string{"commit-update", "1", "1", "abc", "10", hash, "--salt", salt}, `"abc"`},
		{[]string{"commit-update", "1", "1", hash, "10", hash, "--salt", "00"}, "salt"},
		{[]string{"commit-update", "1", "0", hash, "10", hash, "--salt", salt}, "round"},
		{[]string{"submit-update", "1", "1", "https://store/u", hash, "0", hash, salt}, "num_samples"},
		{[]string{"submit-update", "1", "1", "has blank", hash, "10", hash, salt}, "update_uri"},
		{[]string{"commit-vote", "1", "1", hash, verdicts(`[{"proposer": "` + proposer + `", "verdict": 2, "metric": "0.5"}]`), "--salt", salt}, "is 2: want +1 (accept) or -1 (reject)"},
		{[]string{"commit-vote", "1", "1", hash, verdicts(`not json`), "--salt", salt}, "want a JSON list"},
		{[]string{"commit-vote", "1", "1", hash, "/no/such/verdicts.json", "--salt", salt}, "no such file"},
		{[]string{"reveal-vote", "1", "1", hash, verdicts(`[{"proposer": "` + strings.ToUpper(proposer) + `", "verdict": 1, "metric": "0.5"}]`), salt}, "canonical"},
		{[]string{"report-model", "1", "xyz"}, `"xyz"`},
		{append([]string{"create-alliance", "t", "https://spec", hash, "2", "2", "4", "1aflock", "1aflock", "1.5"}, durations...), "proposer_ratio"},
		{append([]string{"create-alliance", "t", "https://spec", hash, "2", "2", "4", "1aflock", "1aflock", "1", "--closing-duration", "-1s"}, durations...), "closing_duration"},
		{[]string{"create-alliance", "t", "https://spec", hash, "2", "2", "4", "1aflock", "1aflock", "1"}, `required flag(s)`},
	} {
		_, err := runCLI(t, t.TempDir(), append(append([]string{"tx", "alliance"}, tc.args...), common...)...)
		require.ErrorContains(t, err, tc.says, "%v", tc.args)
	}
}

// TestAllianceThroughCLI: a two-participant alliance played entirely with typed commands —
// amounts in FLOCK, commitments computed by the CLI from the update's hash and a verdicts
// file, salts given with --salt — and followed through the queries: create, join, leave and
// join again, commit and submit updates, commit and reveal votes (a reveal with another
// salt is refused by the chain), report the final model; the alliance finishes with both
// updates accepted and both participants contributors.
func TestAllianceThroughCLI(t *testing.T) {
	cfg := network.DefaultConfig()
	var gs alliancetypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[alliancetypes.ModuleName], &gs)
	gs.Params.MinPhaseDuration = time.Second
	gs.Params.MinStake, gs.Params.MinRewardDeposit = app.Flock(1), app.Flock(1)
	cfg.GenesisState[alliancetypes.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)
	net := network.New(t, cfg)
	val := net.Validators[0]

	out, err := runCLI(t, t.TempDir(), "keys", "add", "carol", "--keyring-backend", "test", "--keyring-dir", val.ClientCtx.KeyringDir, "--output", "json")
	require.NoError(t, err)
	var key struct{ Address string }
	require.NoError(t, json.Unmarshal([]byte(out), &key))
	carol := key.Address
	me := val.Address.String()
	// the alliance's messages take more gas than a bank send: twice the gas, twice the fee
	fees := sdk.NewCoin(fee.Denom, fee.Amount.MulRaw(2))
	tx := func(from string, args ...string) {
		t.Helper()
		_, code, log := cliTx(t, net, append(args, "--from", from, "--fees", fees.String(), "--gas", "400000")...)
		require.Zero(t, code, "%v: %s", args, log)
	}
	tx(me, "tx", "bank", "send", me, carol, app.Flock(20).String()+app.BondDenom)
	// both participants' transactions of a phase go into the same block: one block per phase
	both := func(args func(who string) []string) {
		t.Helper()
		var hashes []string
		for _, who := range []string{me, carol} {
			resp := cliBroadcast(t, net, append(args(who), "--from", who, "--fees", fees.String(), "--gas", "400000")...)
			require.Zero(t, resp.Code, "%v: %s", args(who), resp.RawLog)
			hashes = append(hashes, resp.TxHash)
		}
		for _, h := range hashes {
			code, log := waitTx(t, net, h)
			require.Zero(t, code, log)
		}
	}

	sha := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	initial := sha("initial model")
	const phase = "8s" // at most two blocks of transactions per phase
	tx(me, "tx", "alliance", "create-alliance", "cli", "https://spec.example/model.json", initial, "1", "2", "4", "2flock", "10flock", "1",
		"--update-commit-duration", phase, "--update-reveal-duration", phase, "--vote-commit-duration", phase, "--vote-reveal-duration", phase,
		"--closing-duration", phase)
	type allianceView struct {
		Alliance struct {
			Status         string `json:"status"`
			Phase          string `json:"phase"`
			Pool           string `json:"pool"`
			ClosingDur     string `json:"closing_duration"`
			FinalModelHash string `json:"final_model_hash"`
		} `json:"alliance"`
	}
	var a allianceView
	cliQuery(t, net, &a, "query", "alliance", "alliance", "1")
	require.Equal(t, "ALLIANCE_STATUS_PENDING", a.Alliance.Status)
	require.Equal(t, app.Flock(10).String(), a.Alliance.Pool, "10flock deposited")
	require.Equal(t, phase, a.Alliance.ClosingDur)

	before := balance(t, net, sdk.MustAccAddressFromBech32(carol), app.BondDenom).Amount
	tx(carol, "tx", "alliance", "join", "1", "2.5flock")
	tx(carol, "tx", "alliance", "leave", "1")
	require.Equal(t, before.Sub(fees.Amount.MulRaw(2)).String(), balance(t, net, sdk.MustAccAddressFromBech32(carol), app.BondDenom).Amount.String(),
		"the stake came back")
	tx(carol, "tx", "alliance", "join", "1", "2.5flock")
	tx(me, "tx", "alliance", "join", "1", "3flock") // fills it: it starts at the end of this block
	var parts struct {
		Participants []struct {
			Address string `json:"address"`
			Stake   string `json:"stake"`
		} `json:"participants"`
	}
	cliQuery(t, net, &parts, "query", "alliance", "participants", "1")
	stakes := map[string]string{}
	for _, p := range parts.Participants {
		stakes[p.Address] = p.Stake
	}
	require.Equal(t, map[string]string{carol: app.Flock(5).QuoRaw(2).String(), me: app.Flock(3).String()}, stakes)

	waitPhase := func(want string) {
		t.Helper()
		require.Eventually(t, func() bool {
			cliQuery(t, net, &a, "query", "alliance", "alliance", "1")
			return a.Alliance.Phase == want
		}, 30*time.Second, 300*time.Millisecond, "alliance 1 never reached %s (at %s)", want, a.Alliance.Phase)
	}
	waitPhase("PHASE_UPDATE_COMMIT")
	var roles struct {
		Proposers []string `json:"proposers"`
		Voters    []string `json:"voters"`
	}
	cliQuery(t, net, &roles, "query", "alliance", "roles", "1", "1")
	require.ElementsMatch(t, []string{me, carol}, roles.Proposers, "proposer_ratio 1: everyone proposes")
	require.ElementsMatch(t, []string{me, carol}, roles.Voters)

	salt := map[string]string{me: strings.Repeat("a1", 16), carol: strings.Repeat("c2", 16)}
	update := map[string]string{me: sha("my update"), carol: sha("carol's update")}
	// a person passes the update file itself (hashed by the CLI) or its hash
	updateArg := map[string]string{me: filepath.Join(t.TempDir(), "update.bin"), carol: update[carol]}
	require.NoError(t, os.WriteFile(updateArg[me], []byte("my update"), 0o600))
	both(func(who string) []string {
		return []string{"tx", "alliance", "commit-update", "1", "1", updateArg[who], "120", initial, "--salt", salt[who]}
	})
	waitPhase("PHASE_UPDATE_REVEAL")
	both(func(who string) []string {
		return []string{"tx", "alliance", "submit-update", "1", "1", "https://store.example/" + update[who], updateArg[who], "120", initial, salt[who]}
	})
	waitPhase("PHASE_VOTE_COMMIT")
	file := map[string]string{}
	for who, other := range map[string]string{me: carol, carol: me} {
		file[who] = filepath.Join(t.TempDir(), "verdicts.json")
		require.NoError(t, os.WriteFile(file[who], []byte(fmt.Sprintf(`[{"proposer": %q, "verdict": 1, "metric": "0.4213"}]`, other)), 0o600))
	}
	// a metric with more decimals than the chain's metric_decimals (9) could never be revealed:
	// refused before signing, from the params the CLI reads of the node
	fine := filepath.Join(t.TempDir(), "fine.json")
	require.NoError(t, os.WriteFile(fine, []byte(fmt.Sprintf(`[{"proposer": %q, "verdict": 1, "metric": "0.1234567891"}]`, carol)), 0o600))
	_, err = runCLI(t, t.TempDir(), "tx", "alliance", "commit-vote", "1", "1", initial, fine, "--salt", salt[me], "--from", me,
		"--chain-id", net.Config.ChainID, "--node", val.RPCAddress, "--keyring-backend", "test", "--keyring-dir", val.ClientCtx.KeyringDir, "--yes")
	require.ErrorContains(t, err, "has 10 decimals, at most 9 allowed")
	both(func(who string) []string {
		return []string{"tx", "alliance", "commit-vote", "1", "1", initial, file[who], "--salt", salt[who]}
	})
	waitPhase("PHASE_VOTE_REVEAL")
	_, code, log := cliTx(t, net, "tx", "alliance", "reveal-vote", "1", "1", initial, file[me], salt[carol],
		"--from", me, "--fees", fees.String(), "--gas", "400000")
	require.Equal(t, alliancetypes.ErrCommitmentMismatch.ABCICode(), code, "another salt than committed: %s", log)
	both(func(who string) []string {
		return []string{"tx", "alliance", "reveal-vote", "1", "1", initial, file[who], salt[who]}
	})
	waitPhase("PHASE_CLOSING")
	final := sha("final model")
	both(func(who string) []string { return []string{"tx", "alliance", "report-model", "1", final} })
	require.Eventually(t, func() bool {
		cliQuery(t, net, &a, "query", "alliance", "alliance", "1")
		return a.Alliance.Status == "ALLIANCE_STATUS_FINISHED"
	}, 30*time.Second, 300*time.Millisecond)
	require.Equal(t, final, a.Alliance.FinalModelHash)

	var updates struct {
		Updates []struct {
			Proposer string `json:"proposer"`
			Status   string `json:"status"`
		} `json:"updates"`
	}
	cliQuery(t, net, &updates, "query", "alliance", "updates", "1", "1")
	require.Len(t, updates.Updates, 2)
	for _, u := range updates.Updates {
		require.Equal(t, "UPDATE_STATUS_ACCEPTED", u.Status, u.Proposer)
	}
	var contributors struct {
		Contributors []struct {
			Address         string `json:"address"`
			AcceptedUpdates uint32 `json:"accepted_updates"`
		} `json:"contributors"`
	}
	cliQuery(t, net, &contributors, "query", "alliance", "contributors", "1")
	require.Len(t, contributors.Contributors, 2)
	for _, c := range contributors.Contributors {
		require.Equal(t, uint32(1), c.AcceptedUpdates, c.Address)
	}
}
