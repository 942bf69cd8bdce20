// Command flock-worker is the reference AI node of the Flock chain: it makes and splits data,
// trains and evaluates models, serves artifacts, and plays AI Arena roles (training node,
// validator) against a flockd node.
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
	root := &cobra.Command{
		Use:           "flock-worker",
		Short:         "Flock reference AI worker: data, training, evaluation, artifacts, AI Arena roles",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(dataCmd(), trainCmd(), evalCmd(), artifactsCmd(), arenaCmd(), allianceCmd())
	// every command's context ends at Ctrl-C or SIGTERM, so waits and calls stop cleanly
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := root.ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
