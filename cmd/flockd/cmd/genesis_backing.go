package cmd

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"cosmossdk.io/math"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/flockchain/flock/app"
)

// backSupplyCmd writes x/bridge's genesis_backing: the FLOCK locked on Base behind the genesis
// supply. x/bridge refuses a genesis whose aflock supply differs from its backing, so this runs
// after the last add-genesis-account, and the same amount is locked in FlockBridge.
func backSupplyCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "back-supply",
		Short: "Set x/bridge genesis_backing to the genesis aflock supply (run after the last add-genesis-account)",
		Long: `Sets the bridge's genesis_backing to the aflock supply of the genesis file (the bank
supply if set, else the sum of balances) and prints it. Lock exactly that amount of FLOCK in
FlockBridge on Base: every aflock on the chain is backed by FLOCK locked there.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx := client.GetClientContextFromCmd(cmd)
			cfg := server.GetServerContextFromCmd(cmd).Config
			path := filepath.Join(cfg.RootDir, "config", "genesis.json")
			appGenesis, err := genutiltypes.AppGenesisFromFile(path)
			if err != nil {
				return fmt.Errorf("reading %s: %w", path, err)
			}
			var state map[string]json.RawMessage
			if err := json.Unmarshal(appGenesis.AppState, &state); err != nil {
				return fmt.Errorf("app state of %s: %w", path, err)
			}
			backing, err := app.BackGenesisSupply(clientCtx.Codec, state, math.ZeroInt())
			if err != nil {
				return err
			}
			if appGenesis.AppState, err = json.MarshalIndent(state, "", "  "); err != nil {
				return err
			}
			if err := genutil.ExportGenesisFile(appGenesis, path); err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s%s\n", backing, app.BondDenom)
			return err
		},
	}
}
