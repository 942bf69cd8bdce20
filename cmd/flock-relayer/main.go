// Command flock-relayer is the off-chain side of the Flock bridge. This first version runs the
// embedded Base dev chain (devchain), deploys the contracts (deploy) and has user helpers
// (deposit, claim); the orchestrator and relay roles of DESIGN §10 come with x/bridge.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "flock-relayer: error:", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "flock-relayer",
		Short: "Flock bridge tools: Base dev chain, contract deployment, deposits and claims",
		// errors are printed once by main, without usage or a stack trace
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newDevchainCmd(), newDeployCmd(), newDepositCmd(), newClaimCmd())
	return root
}
