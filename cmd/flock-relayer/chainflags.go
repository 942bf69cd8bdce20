package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/chainclient"
)

// chainFlags are the flags of a connection to the Flock chain that signs with a keyring key,
// named alike in every flock-relayer command (and in --config files).
type chainFlags struct {
	grpc, chainID, keyringBackend, keyringDir, from, gasPrices string
}

func (f *chainFlags) register(cmd *cobra.Command, fromHelp string) {
	cmd.Flags().StringVar(&f.grpc, "chain-grpc", "127.0.0.1:9090", "gRPC address (host:port) of a flockd node")
	cmd.Flags().StringVar(&f.chainID, "chain-id", "", "chain id to sign for (default: the node's)")
	cmd.Flags().StringVar(&f.keyringBackend, "keyring-backend", "os", "keyring backend of --from: os, file or test (as flockd's --keyring-backend)")
	cmd.Flags().StringVar(&f.keyringDir, "keyring-dir", app.DefaultNodeHome, "folder holding the keyring (a flockd home)")
	cmd.Flags().StringVar(&f.from, "from", "", fromHelp)
	cmd.Flags().StringVar(&f.gasPrices, "gas-prices", app.DefaultMinGasPrice, "price paid per unit of gas, with its denom")
}

// dial opens the keyring and connects to the node as --from; the keyring is returned for
// commands that look up other keys in it.
func (f *chainFlags) dial() (*chainclient.Client, keyring.Keyring, error) {
	if f.from == "" {
		return nil, nil, fmt.Errorf("--from: name the keyring key that signs")
	}
	price, err := sdk.ParseCoinNormalized(f.gasPrices)
	if err != nil {
		return nil, nil, fmt.Errorf("--gas-prices %q: %w (e.g. %s)", f.gasPrices, err, app.DefaultMinGasPrice)
	}
	enc, err := chainclient.AppEncoding()
	if err != nil {
		return nil, nil, err
	}
	kr, err := chainclient.OpenKeyring(f.keyringBackend, f.keyringDir, enc, os.Stdin)
	if err != nil {
		return nil, nil, err
	}
	c, err := chainclient.Dial(chainclient.Config{GRPC: f.grpc, ChainID: f.chainID, Keyring: kr, KeyName: f.from,
		GasPrice: price.Amount, Denom: price.Denom}, enc)
	return c, kr, err
}
