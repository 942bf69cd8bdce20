package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/baseclient"
)

func newClaimCmd() *cobra.Command {
	var (
		keys baseclient.KeySource
		at   target
		path string
	)
	cmd := &cobra.Command{
		Use:   "claim",
		Short: "Pay out settled leaves (withdrawals, rewards) from a proof file; anyone may send it, funds go to each leaf's account",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			claims, err := baseclient.ReadClaims(path)
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
			res, err := b.Claim(cmd.Context(), claims)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, s := range res.Skipped {
				fmt.Fprintf(out, "epoch %d index %d: already claimed, skipped\n", s.Epoch, s.Index)
			}
			for _, p := range res.Paid {
				fmt.Fprintf(out, "claimed epoch %s index %s: %s atto-FLOCK to %s\n", p.Epoch, p.Index, p.Amount, p.Account)
			}
			if r := res.Receipt; r != nil {
				fmt.Fprintf(out, "tx %s, block %s, gas %d\n", r.TxHash, r.BlockNumber, r.GasUsed)
			}
			return nil
		},
	}
	keyFlags(cmd, &keys)
	at.register(cmd)
	cmd.Flags().StringVar(&path, "proof", "", `proof JSON: {"epoch":1,"index":0,"account":"0x...","amount":"100","proof":["0x..."]} or a list of them`)
	return cmd
}
