// Command flock-relayer is the off-chain side of the Flock bridge: the validators'
// orchestrator (orchestrator, register, keys), the embedded Base dev chain (devchain),
// contract deployment (deploy) and user helpers (deposit, claim). The commands parse flags
// and call the bridge/ libraries (oracle, baseclient, ...), where the logic lives.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	// every command's context ends at Ctrl-C or SIGTERM: waits for the RPC and for
	// transactions stop, and the devchain shuts down
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if err != nil {
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
	root.AddCommand(newDevchainCmd(), newDeployCmd(), newDepositCmd(), newClaimCmd(), newKeysCmd(), newRegisterCmd(), newOrchestratorCmd(), newRelayCmd())
	return root
}
