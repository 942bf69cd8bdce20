package baseclient_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cosmos/btcutil/bech32"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
)

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{
		"1":       "1",
		"25flock": "25000000000000000000",
		"1000000": "1000000",
		"0042":    "42",
		"10flock": "10000000000000000000",
		"7aflock": "7",
	} {
		got, err := baseclient.ParseAmount(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got.String(), in)
	}
	for _, bad := range []string{"", "0", "-1", "flock", "1.5flock", "1e18", "0flock", "ten", "aflock", "0aflock", "1.5aflock"} {
		_, err := baseclient.ParseAmount(bad)
		require.ErrorContains(t, err, "not a positive integer", "%q", bad)
	}
}

func flockAddr(t *testing.T, hrp string, n int) string {
	conv, err := bech32.ConvertBits(crypto.Keccak256([]byte("r"))[:n], 8, 5, true)
	require.NoError(t, err)
	s, err := bech32.Encode(hrp, conv)
	require.NoError(t, err)
	return s
}

func TestCheckRecipient(t *testing.T) {
	require.NoError(t, baseclient.CheckRecipient(flockAddr(t, "flock", 20)))
	require.NoError(t, baseclient.CheckRecipient(flockAddr(t, "flock", 32)))
	for bad, why := range map[string]string{
		strings.ToUpper(flockAddr(t, "flock", 20)): "must be lowercase",
		flockAddr(t, "cosmos", 20):                 `prefix "cosmos"`,
		flockAddr(t, "flock", 19):                  "20- or 32-byte",
		"flock1notanaddress":                       "not a bech32 address",
	} {
		require.ErrorContains(t, baseclient.CheckRecipient(bad), why, bad)
	}
}

func TestKeySource(t *testing.T) {
	t.Setenv(baseclient.DevKeyEnv, "")
	_, err := baseclient.KeySource{}.Load(devchain.ChainID, nil)
	require.ErrorIs(t, err, baseclient.ErrNoKey)
	_, err = baseclient.KeySource{Dev: true}.Load(8453, nil)
	require.ErrorContains(t, err, "--dev is only for the devchain (chain id 845399), this RPC is chain 8453")
	k, err := baseclient.KeySource{Dev: true}.Load(devchain.ChainID, nil)
	require.NoError(t, err)
	require.Equal(t, devchain.DevKey(0).D, k.D)

	var warn strings.Builder
	t.Setenv(baseclient.DevKeyEnv, "0x"+common.Bytes2Hex(crypto.FromECDSA(devchain.DevKey(3))))
	k, err = baseclient.KeySource{}.Load(1, &warn)
	require.NoError(t, err)
	require.Equal(t, devchain.DevKey(3).D, k.D)
	require.Contains(t, warn.String(), "use --key-file outside development")
}

func TestAddressesRoundTripAndChainCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.json")
	a := baseclient.Addresses{ChainID: 7, Bridge: common.Address{0xb}, Token: common.Address{0xc}, ClaimDelay: 3600, MinDeposit: "1"}
	require.NoError(t, a.Write(path))
	got, err := baseclient.ReadAddresses(path)
	require.NoError(t, err)
	require.Equal(t, a, *got)

	addr, err := baseclient.BridgeAddress("", path, 7)
	require.NoError(t, err)
	require.Equal(t, common.Address{0xb}, addr)
	_, err = baseclient.BridgeAddress("", path, 8)
	require.ErrorContains(t, err, "is for chain 7, the RPC is chain 8")
	addr, err = baseclient.BridgeAddress("0x00000000000000000000000000000000000000dd", path, 7)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0xdd"), addr, "--bridge overrides the file")
	_, err = baseclient.BridgeAddress("0x12", "", 7)
	require.ErrorContains(t, err, `pass --bridge 0x... or --addresses FILE (got "0x12")`)
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// deployed starts a devchain over HTTP and deploys a bridge with the dev valset.
func deployed(t *testing.T) (*devchain.Chain, *baseclient.Addresses) {
	chain, err := devchain.Start(devchain.Config{HTTPPort: freePort(t), BlockTime: 20 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { chain.Close() })
	c, err := baseclient.Dial(context.Background(), chain.HTTPURL(), time.Minute)
	require.NoError(t, err)
	defer c.Close()
	vs, err := baseclient.DevValset(2)
	require.NoError(t, err)
	id, err := baseclient.ParseBridgeID("flock-test")
	require.NoError(t, err)
	a, err := c.Deploy(context.Background(), devchain.DevKey(0), baseclient.Deployment{
		Valset: vs, BridgeID: id, Supply: big.NewInt(1_000_000), ClaimDelay: time.Hour,
		MaxSettlementTotal: big.NewInt(1_000), MinDeposit: big.NewInt(10), Lock: big.NewInt(4_000),
	})
	require.NoError(t, err)
	token, err := bindings.NewFlockToken(a.Token, c.Eth)
	require.NoError(t, err)
	locked, err := token.BalanceOf(&bind.CallOpts{}, a.Bridge)
	require.NoError(t, err)
	require.Equal(t, int64(4_000), locked.Int64(), "the genesis backing is locked in the bridge")
	br, err := bindings.NewFlockBridge(a.Bridge, c.Eth)
	require.NoError(t, err)
	nonce, err := br.EventNonce(&bind.CallOpts{})
	require.NoError(t, err)
	require.Zero(t, nonce.Int64(), "with no deposit event")
	require.Equal(t, crypto.PubkeyToAddress(devchain.DevKey(0).PublicKey), a.Guardian, "the deployer guards by default")
	return chain, a
}

// TestDepositAndErrors: a deposit through the library mints the event with the next nonce;
// a revert keeps the node's error in the chain; a cancelled context stops the calls.
func TestDepositAndErrors(t *testing.T) {
	chain, a := deployed(t)
	path := filepath.Join(t.TempDir(), "a.json")
	require.NoError(t, a.Write(path))
	ctx := context.Background()
	b, err := baseclient.OpenBridge(ctx, baseclient.Target{RPC: chain.HTTPURL(), Addresses: path, Timeout: time.Minute}, baseclient.KeySource{Dev: true}, nil)
	require.NoError(t, err)
	defer b.Close()
	require.Equal(t, a.Bridge, b.Address)

	d, err := b.Deposit(ctx, big.NewInt(25), flockAddr(t, "flock", 20))
	require.NoError(t, err)
	require.Equal(t, int64(1), d.Event.EventNonce.Int64())
	require.Equal(t, int64(25), d.Event.Amount.Int64())
	_, err = b.Deposit(ctx, big.NewInt(9), flockAddr(t, "flock", 20))
	require.ErrorContains(t, err, "below the bridge's minimum deposit of 10")

	// a revert found at estimation: decoded, and the node's error still in the chain
	opts := b.Transactor(ctx, devchain.DevKey(1)) // not the guardian
	_, err = b.Send(ctx, "veto", func() (*types.Transaction, error) { return b.Contract.VetoSettlement(opts, big.NewInt(1)) })
	var sendErr *baseclient.SendError
	require.ErrorAs(t, err, &sendErr)
	require.Equal(t, "veto", sendErr.What)
	require.NotNil(t, errors.Unwrap(err), "the node's error is kept")
	require.True(t, strings.HasPrefix(sendErr.Reason, "NotGuardian(caller="), "the custom error is decoded: %s", sendErr.Reason)

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = b.Deposit(cancelled, big.NewInt(25), flockAddr(t, "flock", 20))
	require.ErrorIs(t, err, context.Canceled)
	_, err = b.Contract.Token(baseclient.Call(cancelled))
	require.ErrorIs(t, err, context.Canceled)
	_, err = baseclient.Dial(cancelled, chain.HTTPURL(), time.Minute)
	require.ErrorIs(t, err, context.Canceled)
}

// TestFeeCap: the cap is the transaction's max fee per gas, so one that cannot pay the
// chain's going rate is refused before it is sent.
func TestFeeCap(t *testing.T) {
	chain, a := deployed(t)
	ctx := context.Background()
	b, err := baseclient.OpenBridge(ctx, baseclient.Target{RPC: chain.HTTPURL(), Bridge: a.Bridge.Hex(), Timeout: time.Minute,
		MaxFeePerGas: big.NewInt(1)}, baseclient.KeySource{Dev: true}, nil)
	require.NoError(t, err)
	defer b.Close()
	tok, err := bindings.NewFlockToken(a.Token, b.Eth)
	require.NoError(t, err)
	opts := b.Transactor(ctx, b.Key)
	require.Equal(t, int64(1), opts.GasFeeCap.Int64())
	_, err = b.Send(ctx, "approve", func() (*types.Transaction, error) { return tok.Approve(opts, b.Address, big.NewInt(1)) })
	require.ErrorContains(t, err, "approve: maxFeePerGas (1)")
}

// A valset file with the bonded total normalises against it (members without a key count in it)
// and a checkpoint that its members do not make is refused.
func TestReadValsetBondedAndCheckpoint(t *testing.T) {
	a, b := common.HexToAddress("0x00000000000000000000000000000000000000a1"), common.HexToAddress("0x00000000000000000000000000000000000000b2")
	write := func(f baseclient.ValsetFile) string {
		path := filepath.Join(t.TempDir(), "valset.json")
		blob, err := json.Marshal(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, blob, 0o644))
		return path
	}
	f := baseclient.ValsetFile{Nonce: 1, Bonded: "400", Validators: []baseclient.ValsetFileEntry{{Address: a, Power: "200"}, {Address: b, Power: "100"}}}
	vs, err := baseclient.ReadValset(write(f))
	require.NoError(t, err)
	require.Equal(t, []uint64{1 << 31, 1 << 30}, []uint64{vs.Members[0].Power, vs.Members[1].Power}, "normalised against 400, not 300")

	cp := vs.Checkpoint()
	f.Checkpoint = &cp
	_, err = baseclient.ReadValset(write(f))
	require.NoError(t, err)
	f.Bonded = "300"
	_, err = baseclient.ReadValset(write(f))
	require.ErrorContains(t, err, "checkpoint")
	f.Bonded = "2x"
	_, err = baseclient.ReadValset(write(f))
	require.ErrorContains(t, err, "bonded")
}
