package e2e

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/cmd/flockd/cmd"
	"github.com/flockchain/flock/testutil/network"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// TestBridgeTxCommands: `flockd tx bridge` has every message — what a person does by hand
// (withdraw, cancel, register an orchestrator, show evidence) and what the orchestrator
// process normally sends (attestations, confirmations) — and every flag says what it is for.
func TestBridgeTxCommands(t *testing.T) {
	root := cmd.NewRootCmd()
	bridge, _, err := root.Find([]string{"tx", "bridge"})
	require.NoError(t, err)
	var names []string
	for _, c := range bridge.Commands() {
		names = append(names, c.Name())
		c.Flags().VisitAll(func(f *pflag.Flag) {
			require.NotEmpty(t, f.Usage, "tx bridge %s --%s has no help", c.Name(), f.Name)
		})
	}
	sort.Strings(names)
	require.Equal(t, []string{"attest-events", "cancel-withdraw", "confirm-settlement", "confirm-valset", "register-orchestrator",
		"submit-bad-signature-evidence", "withdraw"}, names)
}

// TestBridgeCLIRefusesBeforeSigning: malformed input is refused by the CLI itself before it
// signs or reaches for a node (there is none at --node).
func TestBridgeCLIRefusesBeforeSigning(t *testing.T) {
	keyring := t.TempDir()
	_, err := runCLI(t, t.TempDir(), "keys", "add", "v", "--keyring-backend", "test", "--keyring-dir", keyring, "--output", "json")
	require.NoError(t, err)
	common := []string{"--from", "v", "--keyring-backend", "test", "--keyring-dir", keyring, "--chain-id", "flock-test-1",
		"--node", "tcp://127.0.0.1:1", "--yes"}
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"withdraw", "0x1234", "1aflock"}, `base recipient "0x1234"`},
		{[]string{"withdraw", "0x0000000000000000000000000000000000000000", "1aflock"}, "base recipient is the zero address"},
		{[]string{"withdraw", "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", "0aflock"}, "amount 0aflock: want a positive amount"},
		{[]string{"withdraw", "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", "ten"}, `amount "ten"`},
		{[]string{"cancel-withdraw", "0"}, "withdrawal id 0"},
		{[]string{"register-orchestrator", "flock1notanaddress"}, "no eth key"},
	} {
		_, err := runCLI(t, t.TempDir(), append(append([]string{"tx", "bridge"}, tc.args...), common...)...)
		require.ErrorContains(t, err, tc.says, "%v", tc.args)
	}
}

// TestBridgeThroughCLI: on a network whose bridge is configured, a validator registers its
// orchestrator with the eth key in a file, and an account withdraws FLOCK to Base and takes it
// back, all with typed commands; the queries show each step.
func TestBridgeThroughCLI(t *testing.T) {
	cfg := network.DefaultConfig()
	var gs bridgetypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[bridgetypes.ModuleName], &gs)
	gs.Params.BaseChainId = 845399
	gs.Params.BridgeContract = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Hex()
	gs.Params.BridgeId = bridgetypes.HashString(crypto.Keccak256Hash([]byte("flock-test")))
	// no settlement is cut during the test: the withdrawal stays queued, so it can be cancelled
	gs.NextSettlementAt = time.Now().Add(time.Hour).UTC()
	cfg.GenesisState[bridgetypes.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)
	net := network.New(t, cfg)
	val := net.Validators[0]
	tx := func(args ...string) {
		t.Helper()
		_, code, log := cliTx(t, net, append(args, "--from", val.Address.String(), "--fees", fee.String(), "--gas", "200000")...)
		require.Zero(t, code, "%v: %s", args[:3], log)
	}

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	keyFile := filepath.Join(t.TempDir(), "eth.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600))
	orchestrator := sdk.AccAddress([]byte("orchestrator________"))
	tx("tx", "bridge", "register-orchestrator", orchestrator.String(), "--eth-key-hex-file", keyFile)
	var reg struct {
		Orchestrator struct {
			Validator    string `json:"validator"`
			Orchestrator string `json:"orchestrator"`
			EthAddress   string `json:"eth_address"`
		} `json:"orchestrator"`
	}
	cliQuery(t, net, &reg, "query", "bridge", "orchestrator", crypto.PubkeyToAddress(key.PublicKey).Hex())
	require.Equal(t, sdk.ValAddress(val.Address).String(), reg.Orchestrator.Validator)
	require.Equal(t, orchestrator.String(), reg.Orchestrator.Orchestrator)

	recipient := "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"
	before := balance(t, net, val.Address, app.BondDenom).Amount
	tx("tx", "bridge", "withdraw", recipient, "2.5flock")
	var queue struct {
		Withdrawals []struct {
			Id            string `json:"id"`
			BaseRecipient string `json:"base_recipient"`
			Amount        string `json:"amount"`
		} `json:"withdrawals"`
	}
	cliQuery(t, net, &queue, "query", "bridge", "withdrawals", "--sender", val.Address.String())
	require.Len(t, queue.Withdrawals, 1)
	require.Equal(t, recipient, queue.Withdrawals[0].BaseRecipient)
	require.Equal(t, app.Flock(5).QuoRaw(2).String(), queue.Withdrawals[0].Amount)
	var backing struct {
		Backing struct {
			Burned string `json:"burned"`
		} `json:"backing"`
	}
	cliQuery(t, net, &backing, "query", "bridge", "backing")
	require.Equal(t, app.Flock(5).QuoRaw(2).String(), backing.Backing.Burned)

	tx("tx", "bridge", "cancel-withdraw", queue.Withdrawals[0].Id)
	queue.Withdrawals = nil // an empty list is left out of the JSON
	cliQuery(t, net, &queue, "query", "bridge", "withdrawals", "--sender", val.Address.String())
	require.Empty(t, queue.Withdrawals)
	// back where it started, less the two transactions' fees
	require.Equal(t, before.Sub(fee.Amount.MulRaw(2)).String(), balance(t, net, val.Address, app.BondDenom).Amount.String())
}
