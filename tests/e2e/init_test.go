package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/spf13/viper"
	"github.com/stretchr/testify/require"

	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/flockchain/flock/app"
)

// readNodeConfig loads config.toml and app.toml of a node home the way flockd start does.
func readNodeConfig(t *testing.T, home string) (*cmtcfg.Config, *viper.Viper) {
	t.Helper()
	v := viper.New()
	v.SetConfigFile(filepath.Join(home, "config", "config.toml"))
	require.NoError(t, v.ReadInConfig())
	cfg := cmtcfg.DefaultConfig()
	require.NoError(t, v.Unmarshal(cfg))

	appToml := viper.New()
	appToml.SetConfigFile(filepath.Join(home, "config", "app.toml"))
	require.NoError(t, appToml.ReadInConfig())
	return cfg, appToml
}

func TestInitWritesProductionDefaultsUnlessAskedForLocalnet(t *testing.T) {
	prod := t.TempDir()
	_, err := runCLI(t, prod, "init", "node", "--chain-id", "flock-1", "--home", prod)
	require.NoError(t, err)
	cfg, appToml := readNodeConfig(t, prod)
	require.Equal(t, 5*time.Second, cfg.Consensus.TimeoutCommit, "production blocks are not 1 s")
	require.Equal(t, "tcp://0.0.0.0:26656", cfg.P2P.ListenAddress)
	require.True(t, cfg.P2P.AddrBookStrict)
	require.Equal(t, app.DefaultMinGasPrice, appToml.GetString("minimum-gas-prices"))

	local := t.TempDir()
	_, err = runCLI(t, local, "init", "node", "--chain-id", "flock-local-1", "--home", local, "--localnet")
	require.NoError(t, err)
	cfg, _ = readNodeConfig(t, local)
	require.Equal(t, time.Second, cfg.Consensus.TimeoutCommit)
	require.Equal(t, "tcp://127.0.0.1:26656", cfg.P2P.ListenAddress, "a localnet listens on loopback only")
	require.False(t, cfg.P2P.AddrBookStrict)
	require.True(t, cfg.P2P.AllowDuplicateIP)
	require.Empty(t, cfg.RPC.PprofListenAddress)

	// both genesis files bond aflock and describe it, and pass `flockd genesis validate`
	for _, home := range []string{prod, local} {
		genFile := filepath.Join(home, "config", "genesis.json")
		appGenesis, err := genutiltypes.AppGenesisFromFile(genFile)
		require.NoError(t, err)
		require.Contains(t, string(appGenesis.AppState), `"bond_denom": "aflock"`)
		require.Contains(t, string(appGenesis.AppState), `"display": "flock"`)
		require.NotContains(t, string(appGenesis.AppState), `"mint"`)
		out, err := runCLI(t, home, "genesis", "validate", genFile, "--home", home)
		require.NoError(t, err, out)
	}
}

func TestGenesisValidateRejectsForeignBondDenom(t *testing.T) {
	home := t.TempDir()
	_, err := runCLI(t, home, "init", "node", "--chain-id", "flock-1", "--home", home)
	require.NoError(t, err)
	genFile := filepath.Join(home, "config", "genesis.json")
	bz, err := os.ReadFile(genFile)
	require.NoError(t, err)
	bz = []byte(replaceOnce(t, string(bz), `"bond_denom": "aflock"`, `"bond_denom": "stake"`))
	require.NoError(t, os.WriteFile(genFile, bz, 0o600))

	_, err = runCLI(t, home, "genesis", "validate", genFile, "--home", home)
	require.ErrorContains(t, err, `staking bond denom is "stake", expected "aflock"`)
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	require.Contains(t, s, old)
	return strings.Replace(s, old, new, 1)
}
