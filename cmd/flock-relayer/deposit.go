package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/cosmos/btcutil/bech32"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/contracts/bindings"
)

// checkRecipient applies the contract's rule (lowercase bech32, prefix flock, 20 or 32 bytes)
// for a clear message; the bridge's own isValidRecipient has the last word before anything is
// sent. btcutil accepts an all-uppercase string, which the contract refuses, hence the case test.
func checkRecipient(s string) error {
	if s != strings.ToLower(s) {
		return fmt.Errorf("recipient %q must be lowercase (the bridge refuses upper-case bech32)", s)
	}
	hrp, data, err := bech32.Decode(s, 90)
	if err != nil {
		return fmt.Errorf("recipient %q is not a bech32 address: %v", s, err)
	}
	if hrp != "flock" {
		return fmt.Errorf("recipient %q has prefix %q, want flock", s, hrp)
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || (len(b) != 20 && len(b) != 32) {
		return fmt.Errorf("recipient %q is not a 20- or 32-byte account address", s)
	}
	return nil
}

func newDepositCmd() *cobra.Command {
	var (
		keys                                    keyFlags
		rpcURL, bridge, addresses, amount, rcpt string
		timeout                                 time.Duration
	)
	cmd := &cobra.Command{
		Use:   "deposit",
		Short: "Lock FLOCK in the bridge for a flock1... account on the Flock chain (approves first if needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkRecipient(rcpt); err != nil {
				return err
			}
			value, err := parseAmount(amount)
			if err != nil {
				return err
			}
			c, err := dial(rpcURL, timeout)
			if err != nil {
				return err
			}
			defer c.close()
			bridgeAddr, _, err := bridgeAddress(bridge, addresses, c)
			if err != nil {
				return err
			}
			key, err := keys.load(c.chainID.Uint64())
			if err != nil {
				return err
			}
			opts := c.transactor(key)
			br, err := bindings.NewFlockBridge(bridgeAddr, c.client)
			if err != nil {
				return err
			}
			tokenAddr, err := br.Token(&bind.CallOpts{})
			if err != nil {
				return fmt.Errorf("%s is not a FlockBridge: %w", bridgeAddr, err)
			}
			// exactly the contract's checks, before the approval is sent
			if ok, err := br.IsValidRecipient(&bind.CallOpts{}, rcpt); err != nil {
				return fmt.Errorf("bridge %s: %w", bridgeAddr, err)
			} else if !ok {
				return fmt.Errorf("recipient %q: the bridge refuses it (not a lowercase flock1 address of a 20- or 32-byte account with a valid checksum)", rcpt)
			}
			if min, err := br.MinDeposit(&bind.CallOpts{}); err != nil {
				return fmt.Errorf("bridge %s: %w", bridgeAddr, err)
			} else if value.Cmp(min) < 0 {
				return fmt.Errorf("amount %s atto-FLOCK is below the bridge's minimum deposit of %s", value, min)
			}
			tok, err := bindings.NewFlockToken(tokenAddr, c.client)
			if err != nil {
				return err
			}
			bal, err := tok.BalanceOf(&bind.CallOpts{}, opts.From)
			if err != nil {
				return fmt.Errorf("token %s: %w", tokenAddr, err)
			}
			if bal.Cmp(value) < 0 {
				return fmt.Errorf("%s holds %s atto-FLOCK, less than %s", opts.From, bal, value)
			}
			allowance, err := tok.Allowance(&bind.CallOpts{}, opts.From, bridgeAddr)
			if err != nil {
				return fmt.Errorf("token %s: %w", tokenAddr, err)
			}
			if allowance.Cmp(value) < 0 {
				if _, err := c.send("approve", func() (*types.Transaction, error) { return tok.Approve(opts, bridgeAddr, value) }); err != nil {
					return err
				}
			}
			r, err := c.send("deposit", func() (*types.Transaction, error) { return br.Deposit(opts, value, rcpt) })
			if err != nil {
				return err
			}
			for _, l := range r.Logs {
				if ev, err := br.ParseDeposited(*l); err == nil {
					fmt.Fprintf(cmd.OutOrStdout(), "deposited %s atto-FLOCK for %s: event nonce %s, tx %s, block %s\n",
						ev.Amount, ev.Recipient, ev.EventNonce, r.TxHash, r.BlockNumber)
					return nil
				}
			}
			return fmt.Errorf("deposit mined in tx %s but no Deposited event found", r.TxHash)
		},
	}
	keys.register(cmd)
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "JSON-RPC URL of the Base node")
	f.StringVar(&bridge, "bridge", "", "FlockBridge address")
	f.StringVar(&addresses, "addresses", "", "addresses JSON written by deploy (instead of --bridge)")
	f.StringVar(&amount, "amount", "", "amount in atto-FLOCK, or whole FLOCK with a 'flock' suffix (e.g. 10flock)")
	f.StringVar(&rcpt, "recipient", "", "flock1... account on the Flock chain")
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the RPC and for each transaction")
	return cmd
}
