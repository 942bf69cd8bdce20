// Command flock-worker is the reference AI node of the Flock chain: it makes and splits data,
// trains and evaluates models, and serves artifacts. The arena roles (trainer, validator)
// that drive the chain come next.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{
		Use:           "flock-worker",
		Short:         "Flock reference AI worker: data, training, evaluation, artifacts",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(dataCmd(), trainCmd(), evalCmd(), artifactsCmd())
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
