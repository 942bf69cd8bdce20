package e2e

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/cmd/flockd/cmd"
	"github.com/flockchain/flock/testutil/network"
)

// runCLI runs `flockd args...` in process, as a user would from a shell, and returns stdout.
func runCLI(t *testing.T, home string, args ...string) (string, error) {
	t.Helper()
	root := cmd.NewRootCmd()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err := svrcmd.Execute(root, "FLOCKD", home)
	if err != nil {
		err = fmt.Errorf("%w (stderr: %s)", err, strings.TrimSpace(errOut.String()))
	}
	return out.String(), err
}

// txResponse is the part of a broadcast result the tests read.
type txResponse struct {
	Code   uint32 `json:"code"`
	TxHash string `json:"txhash"`
	RawLog string `json:"raw_log"`
}

// cliTx signs and broadcasts a transaction through the CLI against the network's first
// validator, waits until it is in a block, and returns the CheckTx response and the
// block's DeliverTx result code and log.
func cliTx(t *testing.T, net *network.Network, args ...string) (txResponse, uint32, string) {
	t.Helper()
	resp := cliBroadcast(t, net, args...)
	if resp.Code != 0 {
		return resp, resp.Code, resp.RawLog
	}
	code, log := waitTx(t, net, resp.TxHash)
	return resp, code, log
}

// cliBroadcast signs and broadcasts a transaction through the CLI (sync mode) without
// waiting for a block, so transactions of different signers can share one.
func cliBroadcast(t *testing.T, net *network.Network, args ...string) txResponse {
	t.Helper()
	val := net.Validators[0]
	args = append(args,
		"--chain-id", net.Config.ChainID,
		"--node", val.RPCAddress,
		"--keyring-backend", "test",
		"--keyring-dir", val.ClientCtx.KeyringDir,
		"--broadcast-mode", "sync",
		"--yes", "--output", "json",
	)
	out, err := runCLI(t, t.TempDir(), args...)
	require.NoError(t, err, out)
	var resp txResponse
	require.NoError(t, json.Unmarshal([]byte(out), &resp), out)
	return resp
}

// waitTx waits until a broadcast transaction is in a block and returns its DeliverTx code
// and log.
func waitTx(t *testing.T, net *network.Network, txHash string) (uint32, string) {
	t.Helper()
	hash, err := hex.DecodeString(txHash)
	require.NoError(t, err)
	var code uint32
	var log string
	require.NoError(t, net.RetryForBlocks(func() error {
		res, err := net.Validators[0].RPCClient.Tx(context.Background(), hash, false)
		if err != nil {
			return err
		}
		code, log = res.TxResult.Code, res.TxResult.Log
		return nil
	}, 10), "tx %s never landed", txHash)
	return code, log
}

// cliQuery runs a query command against the first validator and decodes its JSON output.
func cliQuery(t *testing.T, net *network.Network, into any, args ...string) {
	t.Helper()
	args = append(args, "--node", net.Validators[0].RPCAddress, "--output", "json")
	out, err := runCLI(t, t.TempDir(), args...)
	require.NoError(t, err, out)
	require.NoError(t, json.Unmarshal([]byte(out), into), out)
}

// balance returns an account's balance of denom, read through `flockd query bank balance`.
func balance(t *testing.T, net *network.Network, addr sdk.AccAddress, denom string) sdk.Coin {
	t.Helper()
	var res struct {
		Balance struct {
			Denom  string `json:"denom"`
			Amount string `json:"amount"`
		} `json:"balance"`
	}
	cliQuery(t, net, &res, "query", "bank", "balance", addr.String(), denom)
	amount, ok := sdkmath.NewIntFromString(defaultZero(res.Balance.Amount))
	require.True(t, ok, "balance %q", res.Balance.Amount)
	return sdk.NewCoin(denom, amount)
}

func defaultZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}
