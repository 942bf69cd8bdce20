package cmd

import (
	"fmt"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"

	serverconfig "github.com/cosmos/cosmos-sdk/server/config"

	"github.com/flockchain/flock/app"
)

const (
	// ProductionTimeoutCommit is the pause after a commit before the next height on a real
	// network: ~5-6 s blocks leave validators across continents time to gossip.
	ProductionTimeoutCommit = 5 * time.Second
	// LocalnetTimeoutCommit gives 1 s blocks on a single machine (flockd init --localnet).
	LocalnetTimeoutCommit = 1 * time.Second
)

// initAppConfig returns the app.toml template and defaults: a non-zero minimum gas price so
// a fresh validator is not open to free spam.
func initAppConfig() (string, interface{}) {
	cfg := serverconfig.DefaultConfig()
	cfg.MinGasPrices = app.DefaultMinGasPrice
	return serverconfig.DefaultConfigTemplate, cfg
}

// initCometBFTConfig returns the config.toml defaults for production nodes.
func initCometBFTConfig() *cmtcfg.Config {
	cfg := cmtcfg.DefaultConfig()
	cfg.Consensus.TimeoutCommit = ProductionTimeoutCommit
	return cfg
}

// applyLocalnetConfig turns a node config into one for a network on one machine: 1 s
// blocks, listening on loopback only, several nodes on one IP, non-routable peer addresses
// accepted, and no pprof listener (several nodes would fight over its port).
func applyLocalnetConfig(cfg *cmtcfg.Config) {
	cfg.Consensus.TimeoutCommit = LocalnetTimeoutCommit
	cfg.Consensus.TimeoutPropose = 2 * time.Second
	cfg.P2P.ListenAddress = "tcp://127.0.0.1:26656"
	cfg.P2P.AllowDuplicateIP = true
	cfg.P2P.AddrBookStrict = false
	cfg.RPC.PprofListenAddress = ""
}

// describeBlockTime is shown by `flockd init` so the operator knows which profile it wrote.
func describeBlockTime(localnet bool) string {
	if localnet {
		return fmt.Sprintf("localnet profile: timeout_commit %s (about 1 s blocks)", LocalnetTimeoutCommit)
	}
	return fmt.Sprintf("production profile: timeout_commit %s", ProductionTimeoutCommit)
}
