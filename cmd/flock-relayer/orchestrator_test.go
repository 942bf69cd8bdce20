package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The orchestrator refuses, before connecting to anything, what no default can stand for,
// and reads its flags from a TOML file whose keys are the flag names.
func TestOrchestratorFlagsAndConfig(t *testing.T) {
	dir := t.TempDir()
	_, err := run(t, "orchestrator", "--base-rpc", "http://127.0.0.1:1")
	require.ErrorContains(t, err, "--from")
	_, err = run(t, "orchestrator", "--from", "orch")
	require.ErrorContains(t, err, "--base-rpc")
	_, err = run(t, "orchestrator", "--from", "orch", "--base-rpc", "http://127.0.0.1:1", "--bridge", "0x12")
	require.ErrorContains(t, err, `--bridge "0x12" is not a Base address`)
	_, err = run(t, "orchestrator", "--from", "orch", "--base-rpc", "http://127.0.0.1:1", "--log-format", "xml")
	require.ErrorContains(t, err, `log format "xml"`)
	_, err = run(t, "orchestrator", "--from", "orch", "--base-rpc", "http://127.0.0.1:1")
	require.ErrorContains(t, err, "--eth-key-file")
	_, err = run(t, "orchestrator", "--from", "orch", "--base-rpc", "http://127.0.0.1:1", "--eth-key-file", filepath.Join(dir, "missing.json"))
	require.ErrorContains(t, err, "missing.json")

	cfg := filepath.Join(dir, "orchestrator.toml")
	require.NoError(t, os.WriteFile(cfg, []byte("from = \"orch\"\nbase_rpc = \"http://127.0.0.1:1\"\nconfirmatons = 12\n"), 0o600))
	_, err = run(t, "orchestrator", "--config", cfg)
	require.ErrorContains(t, err, `"confirmatons" is not a flag`)
	require.NoError(t, os.WriteFile(cfg, []byte("from = \"orch\"\nbridge = \"nope\"\n"), 0o600))
	_, err = run(t, "orchestrator", "--config", cfg, "--base-rpc", "http://127.0.0.1:1")
	require.ErrorContains(t, err, `--bridge "nope"`, "the file's values are checked as flags are")

	help, err := run(t, "orchestrator", "--help")
	require.NoError(t, err)
	for _, flag := range []string{"config", "chain-grpc", "chain-id", "keyring-backend", "keyring-dir", "from", "gas-prices",
		"base-rpc", "bridge", "metrics-addr", "log-format", "log-level", "confirmations", "max-block-range", "poll-interval",
		"max-events-per-tx", "max-gas-per-tx", "eth-key-file", "eth-password-file"} {
		require.True(t, strings.Contains(help, "--"+flag+" "), "flag --%s in help", flag)
	}
}
