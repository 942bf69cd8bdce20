package main

import (
	"context"

	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/internal/cliamount"
)

// parseAmount reads an amount flag the way flockd's CLI does (internal/cliamount): 10flock,
// 2.5flock or 1000aflock, the FLOCK units taken from the chain's bank metadata over c.
func parseAmount(ctx context.Context, c *chainclient.Client, flag, s string) (sdk.Coin, error) {
	clientCtx := client.Context{}.WithGRPCClient(c.Conn()).WithCmdContext(ctx)
	return cliamount.Parse(clientCtx, "--"+flag, s)
}
