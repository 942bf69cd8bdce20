package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/baseclient"
)

func newDepositCmd() *cobra.Command {
	var (
		keys              baseclient.KeySource
		at                target
		amount, recipient string
	)
	cmd := &cobra.Command{
		Use:   "deposit",
		Short: "Lock FLOCK in the bridge for a flock1... account on the Flock chain (approves first if needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := baseclient.CheckRecipient(recipient); err != nil {
				return err
			}
			value, err := baseclient.ParseAmount(amount)
			if err != nil {
				return err
			}
			t, err := at.parse()
			if err != nil {
				return err
			}
			b, err := baseclient.OpenBridge(cmd.Context(), t, keys, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer b.Close()
			d, err := b.Deposit(cmd.Context(), value, recipient)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deposited %s atto-FLOCK for %s: event nonce %s, tx %s, block %s\n",
				d.Event.Amount, d.Event.Recipient, d.Event.EventNonce, d.Receipt.TxHash, d.Receipt.BlockNumber)
			return nil
		},
	}
	keyFlags(cmd, &keys)
	at.register(cmd)
	f := cmd.Flags()
	f.StringVar(&amount, "amount", "", "amount in atto-FLOCK, or whole FLOCK with a 'flock' suffix (e.g. 10flock)")
	f.StringVar(&recipient, "recipient", "", "flock1... account on the Flock chain")
	return cmd
}
