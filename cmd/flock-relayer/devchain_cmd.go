package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/devchain"
)

func newDevchainCmd() *cobra.Command {
	var cfg devchain.Config
	cmd := &cobra.Command{
		Use:   "devchain",
		Short: "Run an embedded Base-like dev chain on loopback until interrupted",
		Long: `Runs go-ethereum's simulated backend as a dev chain standing in for Base: JSON-RPC over
HTTP and WebSocket on loopback, chain id 845399, Prague rules (Osaka and later off, for
Base-like gas), a block every --block-time, and prefunded dev keys printed at start. State is
in memory: a restart begins from genesis. To pass the bridge's delays (an hour at least), move
the clock as with anvil: evm_increaseTime(seconds) seals a block that much later, evm_mine
seals one now.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := devchain.Start(cfg)
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), c.Describe())
			<-cmd.Context().Done() // Ctrl-C or SIGTERM
			return c.Close()
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Host, "host", "127.0.0.1", "loopback address to listen on")
	f.IntVar(&cfg.HTTPPort, "http-port", 8545, "JSON-RPC HTTP port (0: none)")
	f.IntVar(&cfg.WSPort, "ws-port", 8546, "JSON-RPC WebSocket port (0: none)")
	f.Uint64Var(&cfg.ChainID, "chain-id", devchain.ChainID, "chain id")
	f.DurationVar(&cfg.BlockTime, "block-time", time.Second, "time between blocks")
	f.IntVar(&cfg.DevKeys, "dev-keys", 10, "number of prefunded dev keys")
	return cmd
}
