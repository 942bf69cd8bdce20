package main

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/baseclient"
)

// keyFlags are the flags of a baseclient.KeySource.
func keyFlags(cmd *cobra.Command, k *baseclient.KeySource) {
	cmd.Flags().StringVar(&k.KeyFile, "key-file", "", "go-ethereum keystore (JSON) file of the sending account")
	cmd.Flags().StringVar(&k.PasswordFile, "password-file", "", "file holding the keystore password (default: empty password)")
	cmd.Flags().BoolVar(&k.Dev, "dev", false, "use the devchain's first prefunded key (only on chain id 845399)")
}

// rpcFlags are the flags of a connection: the RPC, how long to wait, the fee cap.
type rpcFlags struct {
	url          string
	timeout      time.Duration
	maxFeePerGas string
}

func (r *rpcFlags) register(cmd *cobra.Command, urlHelp string) {
	cmd.Flags().StringVar(&r.url, "rpc", "", urlHelp)
	cmd.Flags().DurationVar(&r.timeout, "timeout", 2*time.Minute, "how long to wait for the RPC and for each transaction")
	cmd.Flags().StringVar(&r.maxFeePerGas, "max-fee-per-gas", "", "most a transaction may pay per gas, in wei (default: what the node suggests)")
}

// target is the bridge a command acts on: the connection flags plus --bridge or --addresses.
type target struct {
	rpcFlags
	bridge, addresses string
}

func (t *target) register(cmd *cobra.Command) {
	t.rpcFlags.register(cmd, "JSON-RPC URL of the Base node")
	cmd.Flags().StringVar(&t.bridge, "bridge", "", "FlockBridge address")
	cmd.Flags().StringVar(&t.addresses, "addresses", "", "addresses JSON written by deploy (instead of --bridge)")
}

// feeCap is --max-fee-per-gas, nil when not given.
func (r *rpcFlags) feeCap() (*big.Int, error) {
	if r.maxFeePerGas == "" {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(r.maxFeePerGas, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("--max-fee-per-gas %q is not a positive number of wei", r.maxFeePerGas)
	}
	return v, nil
}

// dial connects with the flags' RPC, timeout and fee cap.
func (r *rpcFlags) dial(ctx context.Context) (*baseclient.Client, error) {
	cap, err := r.feeCap()
	if err != nil {
		return nil, err
	}
	c, err := baseclient.Dial(ctx, r.url, r.timeout)
	if err != nil {
		return nil, err
	}
	c.MaxFeePerGas = cap
	return c, nil
}

func (t *target) parse() (baseclient.Target, error) {
	cap, err := t.feeCap()
	return baseclient.Target{RPC: t.url, Bridge: t.bridge, Addresses: t.addresses, Timeout: t.timeout, MaxFeePerGas: cap}, err
}
