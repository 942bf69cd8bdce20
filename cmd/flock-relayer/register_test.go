package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/ethkey"
	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestRegister: `flock-relayer register` on a two-validator network — an identical
// registration sends nothing; a new eth key from `keys new` rotates it in one command (the
// chain id asked of the node); refused before signing, with the reason: a --from that operates
// no validator, another validator's eth key or orchestrator account, no eth key.
func TestRegister(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	n := bridgenet.New(t, bridgenet.Options{Validators: 2})
	dir := t.TempDir()
	v0, v1 := n.Validators[0], n.Validators[1]
	keystore := func(name string, v bridgenet.Validator) string {
		path := filepath.Join(dir, name)
		_, err := ethkey.Write(path, v.EthKey, "", ethkey.Light)
		require.NoError(t, err)
		return path
	}
	key0, key1 := keystore("eth0.json", v0), keystore("eth1.json", v1)
	register := func(from, orchestrator, ethKey string, extra ...string) (string, error) {
		args := append([]string{"register", orchestrator, "--chain-grpc", v0.GRPC, "--keyring-backend", "test",
			"--keyring-dir", v0.KeyringDir, "--from", from}, extra...)
		if ethKey != "" {
			args = append(args, "--eth-key-file", ethKey)
		}
		return run(t, args...)
	}

	out, err := register(v0.OperatorKey, bridgenet.OrchestratorKey, key0)
	require.NoError(t, err)
	require.Contains(t, out, "already has orchestrator "+v0.Orchestrator.String()+" with eth key "+v0.EthAddress.Hex()+": nothing sent")

	// a new eth key: the validator rotates to it
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("s3cret\n"), 0o600))
	fresh := filepath.Join(dir, "fresh.json")
	out, err = run(t, "keys", "new", "--out", fresh, "--password-file", pw, "--light-kdf")
	require.NoError(t, err)
	freshAddr := strings.TrimSpace(out)
	out, err = register(v0.OperatorKey, v0.Orchestrator.String(), fresh, "--eth-password-file", pw)
	require.NoError(t, err, out)
	require.Contains(t, out, "registered orchestrator "+v0.Orchestrator.String()+" with eth key "+freshAddr+" for validator "+v0.ValAddr.String())
	res, err := n.Client(0, bridgenet.OrchestratorKey).Bridge.Orchestrator(context.Background(), &types.QueryOrchestratorRequest{Key: v0.ValAddr.String()})
	require.NoError(t, err)
	require.Equal(t, freshAddr, res.Orchestrator.EthAddress, "the chain holds the new key")

	// refused before anything is signed for the chain
	_, err = register(bridgenet.OrchestratorKey, bridgenet.OrchestratorKey, key0)
	require.ErrorContains(t, err, "operates no validator")
	_, err = register(v0.OperatorKey, bridgenet.OrchestratorKey, key1)
	require.ErrorContains(t, err, "eth key "+v1.EthAddress.Hex()+" is registered by validator "+v1.ValAddr.String())
	_, err = register(v0.OperatorKey, v1.Orchestrator.String(), fresh, "--eth-password-file", pw)
	require.ErrorContains(t, err, "orchestrator account "+v1.Orchestrator.String()+" is registered by validator "+v1.ValAddr.String())
	_, err = register(v0.OperatorKey, bridgenet.OrchestratorKey, "")
	require.ErrorContains(t, err, "--eth-key-file")
	_, err = register(v0.OperatorKey, "nobody", key0)
	require.ErrorContains(t, err, `orchestrator "nobody" is neither a flock1… address nor a key in the keyring`)
	_, err = register(v0.OperatorKey, bridgenet.OrchestratorKey, fresh, "--eth-password-file", key0)
	require.ErrorContains(t, err, "--eth-key-file")
	_, err = register(v0.OperatorKey, bridgenet.OrchestratorKey, key0, "--gas-prices", "cheap")
	require.ErrorContains(t, err, "--gas-prices")
}
