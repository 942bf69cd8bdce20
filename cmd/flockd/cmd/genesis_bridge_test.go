package cmd_test

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/cmd/flockd/cmd"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// flockd runs one flockd command in process and returns its output.
func flockd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := cmd.NewRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := svrcmd.Execute(root, "", app.DefaultNodeHome)
	return out.String(), err
}

func mustFlockd(t *testing.T, args ...string) string {
	t.Helper()
	out, err := flockd(t, args...)
	require.NoError(t, err, "flockd %s: %s", strings.Join(args, " "), out)
	return out
}

// The localnet's genesis flow with two validators: registrations signed offline and checked,
// valset 1 written for deploy, the deployment recorded and the genesis still valid; and the
// refusals on the way.
func TestGenesisBridgeCommands(t *testing.T) {
	dir := t.TempDir()
	homes := []string{filepath.Join(dir, "val0"), filepath.Join(dir, "val1")}
	kr := []string{"--keyring-backend", "test", "--keyring-dir", homes[0]}
	const chainID = "flock-cmdtest-1"
	for i, h := range homes {
		mustFlockd(t, "init", "val"+string(rune('0'+i)), "--chain-id", chainID, "--home", h)
	}
	keys := []string{"val0", "val1", "orch0", "orch1"}
	for _, k := range keys {
		mustFlockd(t, append([]string{"keys", "add", k}, kr...)...)
	}
	addr := func(k string) string {
		return strings.TrimSpace(mustFlockd(t, append([]string{"keys", "show", k, "-a"}, kr...)...))
	}
	for _, k := range keys {
		mustFlockd(t, "genesis", "add-genesis-account", addr(k), "1000000000000000000000aflock", "--home", homes[0])
	}
	genesis := filepath.Join(homes[0], "config", "genesis.json")
	gentxs := filepath.Join(homes[0], "config", "gentx")
	require.NoError(t, os.MkdirAll(gentxs, 0o755))
	blob, err := os.ReadFile(genesis)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(homes[1], "config", "genesis.json"), blob, 0o644))
	// unequal bonds: 300 and 100 FLOCK
	for i, bond := range []string{"300000000000000000000aflock", "100000000000000000000aflock"} {
		mustFlockd(t, append([]string{"genesis", "gentx", keys[i], bond, "--chain-id", chainID, "--home", homes[i],
			"--output-document", filepath.Join(gentxs, keys[i]+".json")}, kr...)...)
	}
	mustFlockd(t, "genesis", "collect-gentxs", "--home", homes[0])
	mustFlockd(t, "genesis", "back-supply", "--home", homes[0])

	ethFiles, ethAddrs := make([]string, 2), make([]common.Address, 2)
	for i := range ethFiles {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i)}))
		require.NoError(t, err)
		ethAddrs[i] = crypto.PubkeyToAddress(key.PublicKey)
		ethFiles[i] = filepath.Join(dir, "eth"+string(rune('0'+i))+".hex")
		require.NoError(t, os.WriteFile(ethFiles[i], []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600))
	}
	add := func(val, orch, ethFile string) (string, error) {
		return flockd(t, append([]string{"genesis", "add-orchestrator", val, orch, "--eth-key-hex-file", ethFile, "--home", homes[0]}, kr...)...)
	}
	// no keys registered yet: no valset Base would accept
	_, err = flockd(t, "genesis", "bridge-valset", "--out", filepath.Join(dir, "none.json"), "--home", homes[0])
	require.ErrorContains(t, err, "cover 0.00 %")
	_, err = add("val0", "orch0", ethFiles[0])
	require.NoError(t, err)
	// the same eth key for another validator, an account that is no validator
	_, err = add("val1", "orch1", ethFiles[0])
	require.ErrorContains(t, err, "key already registered")
	_, err = add("orch1", "orch1", ethFiles[1])
	require.ErrorContains(t, err, "not a genesis validator")
	// val0 alone holds 3/4 of the power: valset 1 can be made already, val1 makes it whole
	_, err = add("val1", "orch1", ethFiles[1])
	require.NoError(t, err)

	valsetFile := filepath.Join(dir, "valset.json")
	out := mustFlockd(t, "genesis", "bridge-valset", "--out", valsetFile, "--home", homes[0])
	require.Contains(t, out, "bridge valset 1")
	vs, err := baseclient.ReadValset(valsetFile)
	require.NoError(t, err, "deploy reads what bridge-valset writes")
	require.Len(t, vs.Members, 2)
	powers := map[common.Address]uint64{}
	for _, m := range vs.Members {
		powers[m.Address] = m.Power
	}
	require.Equal(t, map[common.Address]uint64{ethAddrs[0]: 3 << 30, ethAddrs[1]: 1 << 30}, powers, "normalised against the 400 FLOCK bonded")

	// a deployment of that valset, and one of another
	a := baseclient.Addresses{ChainID: 845399, Token: common.HexToAddress("0x77575c213890192f976f8911803fd9e7eacdecb2"),
		Bridge: common.HexToAddress("0xb6891fee85d9e0b5c3577b22ec5669bd492f65aa"), BridgeID: crypto.Keccak256Hash([]byte(chainID)),
		ValsetNonce: 1, ValsetCheckpoint: vs.Checkpoint(), DeployBlock: 9, Locked: "1"}
	addresses := filepath.Join(dir, "addresses.json")
	require.NoError(t, a.Write(addresses))
	_, err = flockd(t, "genesis", "bridge-base", "--addresses", addresses, "--home", homes[0])
	require.ErrorContains(t, err, "genesis backing", "the lock must be the genesis backing")
	a.Locked = ""
	a.ValsetCheckpoint = common.HexToHash("0x01")
	require.NoError(t, a.Write(addresses))
	_, err = flockd(t, "genesis", "bridge-base", "--addresses", addresses, "--home", homes[0])
	require.ErrorIs(t, err, bridgetypes.ErrInvalidGenesis)
	a.ValsetCheckpoint = vs.Checkpoint()
	require.NoError(t, a.Write(addresses))
	out = mustFlockd(t, "genesis", "bridge-base", "--addresses", addresses, "--home", homes[0])
	require.Contains(t, out, "orchestrators read Base from block 9")
	mustFlockd(t, "genesis", "validate", genesis)
}
