package e2e

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/cmd/flockd/cmd"
)

// TestArenaTxCommands: `flockd tx arena` has every participant action, the hand-written
// commands and autocli's side by side, and every flag says what it is for.
func TestArenaTxCommands(t *testing.T) {
	root := cmd.NewRootCmd()
	arena, _, err := root.Find([]string{"tx", "arena"})
	require.NoError(t, err)
	var names []string
	for _, c := range arena.Commands() {
		names = append(names, c.Name())
		c.Flags().VisitAll(func(f *pflag.Flag) {
			require.NotEmpty(t, f.Usage, "tx arena %s --%s has no help", c.Name(), f.Name)
		})
	}
	sort.Strings(names)
	require.Equal(t, []string{"cancel-task", "commit-model", "commit-scores", "create-task", "delegate", "join", "open-validation",
		"reveal-model", "reveal-scores", "undelegate"}, names)

	create, _, err := root.Find([]string{"tx", "arena", "create-task"})
	require.NoError(t, err)
	for _, f := range []string{"submission-duration", "validation-duration", "reveal-duration"} {
		require.Equal(t, []string{"true"}, create.Flags().Lookup(f).Annotations[cobra.BashCompOneRequiredFlag], "--%s is required", f)
	}
	require.Equal(t, "0aflock", create.Flags().Lookup("reward-bonus").DefValue, "the bonus defaults to none, and says so")
	join, _, err := root.Find([]string{"tx", "arena", "join"})
	require.NoError(t, err)
	require.Contains(t, join.Use, "[trainer|validator]")
}

// TestArenaCLIRefusesBeforeSigning: malformed input is refused by the CLI itself, with the
// module's error, before it signs or reaches for a node (there is none at --node).
func TestArenaCLIRefusesBeforeSigning(t *testing.T) {
	keyring := t.TempDir()
	out, err := runCLI(t, t.TempDir(), "keys", "add", "v", "--keyring-backend", "test", "--keyring-dir", keyring, "--output", "json")
	require.NoError(t, err)
	var key struct{ Address string }
	require.NoError(t, json.Unmarshal([]byte(out), &key))
	hash := strings.Repeat("ab", 32)
	common := []string{"--from", "v", "--keyring-backend", "test", "--keyring-dir", keyring, "--chain-id", "flock-test-1",
		"--node", "tcp://127.0.0.1:1", "--yes"}

	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"commit-scores", "1", "--scores", "1=NaN"}, `score "NaN"`},
		{[]string{"commit-scores", "1", "--scores", "1=1e5"}, `score "1e5"`},
		{[]string{"commit-scores", "1", "--scores", "2=0.1,2=0.3"}, "submission 2 is scored twice"},
		{[]string{"commit-scores", "0", "--scores", "1=0.1"}, "task_id 0"},
		{[]string{"commit-scores", "1"}, `required flag(s) "scores" not set`},
		{[]string{"reveal-scores", "1", "--salt", "00"}, "give both --salt and --scores"},
		{[]string{"reveal-scores", "1", "--salt", "00", "--scores", "1=0.1"}, `salt "00"`},
		{[]string{"reveal-scores", "1"}, "commit with `commit-scores` first"},
		{[]string{"commit-model", "1", "--model-hash", "abc", "--model-uri", "u"}, `model_hash "abc"`},
		{[]string{"commit-model", "1", "--model-hash", hash, "--model-uri", " "}, "model_uri is empty"},
		{[]string{"commit-model", "1", "--model-uri", "u"}, "[model-hash model-file] is required"},
		{[]string{"commit-model", "1", "--model-hash", hash}, `required flag(s) "model-uri" not set`},
		{[]string{"commit-model", "1", "--model-file", "/no/such/model", "--model-uri", "u"}, "--model-file: open /no/such/model"},
		{[]string{"commit-model", "0", "--model-hash", hash, "--model-uri", "u"}, "task_id 0"},
		{[]string{"reveal-model", "1"}, "commit with `commit-model` first"},
		{[]string{"reveal-model", "1", "--salt", "00"}, "give --salt, --model-hash and --model-uri together"},
		{[]string{"reveal-model", "1", "--salt", "00", "--model-hash", hash, "--model-uri", "u"}, `salt "00"`},
		{[]string{"join", "1", "trainer", "0aflock", "1"}, "stake 0aflock must be positive"},
		{[]string{"join", "1", "creator", "1aflock", "1"}, `role "creator": want trainer or validator`},
		{[]string{"join", "1", "trainer", "1aflock", "1.5"}, "sigma 1.500000000000000000 must be within [0, 1]"},
		{[]string{"delegate", "1", strings.ToUpper(key.Address), "1aflock"}, "canonical lower-case spelling " + key.Address},
		{[]string{"create-task", "t", "u", hash, hash, "loss", "1aflock", "--submission-duration", "1h", "--validation-duration", "1h"},
			`required flag(s) "reveal-duration" not set`},
		{[]string{"create-task", "t", "u", "abc", hash, "loss", "1aflock", "--submission-duration", "1h", "--validation-duration", "1h", "--reveal-duration", "0s"},
			`train_data_hash "abc"`},
	} {
		_, err := runCLI(t, t.TempDir(), append(append([]string{"tx", "arena"}, tc.args...), common...)...)
		require.ErrorContains(t, err, tc.says, "%v", tc.args)
	}
}
