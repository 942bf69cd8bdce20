package cmd

import (
	"fmt"
	"path/filepath"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/types/module"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"

	"github.com/flockchain/flock/app"
)

// flagLocalnet selects the single-machine node profile in `flockd init`.
const flagLocalnet = "localnet"

// initCmd is the SDK's init command with one addition: --localnet writes 1 s blocks and
// relaxed peer rules. Without it the node gets production defaults.
func initCmd(basics module.BasicManager) *cobra.Command {
	cmd := genutilcli.InitCmd(basics, app.DefaultNodeHome)
	sdkRunE := cmd.RunE
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := sdkRunE(cmd, args); err != nil {
			return err
		}
		localnet, err := cmd.Flags().GetBool(flagLocalnet)
		if err != nil {
			return err
		}
		if localnet {
			cfg := server.GetServerContextFromCmd(cmd).Config
			applyLocalnetConfig(cfg)
			cmtcfg.WriteConfigFile(filepath.Join(cfg.RootDir, "config", "config.toml"), cfg)
		}
		_, err = fmt.Fprintln(cmd.ErrOrStderr(), describeBlockTime(localnet))
		return err
	}
	cmd.Flags().Bool(flagLocalnet, false, "write a single-machine profile: 1 s blocks, several nodes per IP (never for a public network)")
	return cmd
}
