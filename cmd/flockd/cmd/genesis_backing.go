package cmd

import (
	"fmt"

	"cosmossdk.io/math"
	"github.com/spf13/cobra"

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
			g, err := readGenesisFile(cmd)
			if err != nil {
				return err
			}
			backing, err := app.BackGenesisSupply(g.cdc, g.state, math.ZeroInt())
			if err != nil {
				return err
			}
			if err := g.write(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s%s\n", backing, app.BondDenom)
			return err
		},
	}
}
