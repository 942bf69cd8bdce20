package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	"github.com/cosmos/btcutil/bech32"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/testutil/basetest"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func recipient(t *testing.T) string {
	conv, _ := bech32.ConvertBits(crypto.Keccak256([]byte("r"))[:20], 8, 5, true)
	s, err := bech32.Encode("flock", conv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// deploy, deposit and claim against a devchain over HTTP, as a user would.
func TestDeployDepositClaim(t *testing.T) {
	chain, err := devchain.Start(devchain.Config{HTTPPort: freePort(t), BlockTime: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	dir := t.TempDir()
	addrFile := filepath.Join(dir, "addresses.json")
	rpc := chain.HTTPURL()

	out, err := run(t, "deploy", "--rpc", rpc, "--dev", "--dev-signers", "4", "--out", addrFile, "--claim-delay", "1h")
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	a, err := baseclient.ReadAddresses(addrFile)
	if err != nil {
		t.Fatal(err)
	}
	if a.ChainID != devchain.ChainID || a.ClaimDelay != 3600 || a.Bridge == (common.Address{}) {
		t.Fatalf("addresses %+v", a)
	}
	// a recipient the contract refuses (btcutil accepts all upper case) sends nothing, not even the approval
	cl, err := baseclient.Dial(context.Background(), rpc, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	user := crypto.PubkeyToAddress(devchain.DevKey(0).PublicKey)
	before, _ := cl.Eth.PendingNonceAt(context.Background(), user)
	if out, err := run(t, "deposit", "--rpc", rpc, "--dev", "--addresses", addrFile, "--amount", "25flock", "--recipient", strings.ToUpper(recipient(t))); err == nil {
		t.Fatalf("upper-case recipient accepted\n%s", out)
	}
	if after, _ := cl.Eth.PendingNonceAt(context.Background(), user); after != before {
		t.Fatalf("a refused deposit sent %d transaction(s)", after-before)
	}
	out, err = run(t, "deposit", "--rpc", rpc, "--dev", "--addresses", addrFile, "--amount", "25flock", "--recipient", recipient(t))
	if err != nil || !strings.Contains(out, "event nonce 1") {
		t.Fatalf("deposit: %v\n%s", err, out)
	}

	// a settlement of two payouts, signed by the dev valset (dev keys 2..5)
	vs, _ := baseclient.DevValset(4)
	payouts := []merkle.Payout{
		{Account: common.Address{0xaa}, Amount: big.NewInt(5)},
		{Account: common.Address{0xbb}, Amount: big.NewInt(7)},
	}
	s, err := merkle.BuildSettlement(1, payouts)
	if err != nil {
		t.Fatal(err)
	}
	dom := digest.Domain{ChainID: big.NewInt(devchain.ChainID), Contract: a.Bridge, BridgeID: a.BridgeID}
	c, err := baseclient.Dial(context.Background(), rpc, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	br, _ := bindings.NewFlockBridge(a.Bridge, c.Eth)
	opts := c.Transactor(context.Background(), devchain.DevKey(1))
	keys := make([]*ecdsa.PrivateKey, len(vs.Members)) // keys[i] signs for member i
	for i := range keys {
		k := devchain.DevKey(2 + i)
		keys[vs.Index(crypto.PubkeyToAddress(k.PublicKey))] = k
	}
	submit := func(s *merkle.Settlement) {
		t.Helper()
		d := dom.Settlement(digest.Settlement{Epoch: s.Epoch, Root: s.Root(), Total: s.Total, Count: s.Count()})
		sigs := basetest.Sign(keys, d, []int{0, 1, 2}) // 3 of 4 equal powers
		if _, err := c.Send(context.Background(), "submit", func() (*types.Transaction, error) {
			return br.SubmitSettlement(opts, bindings.FlockSignedValset{Nonce: big.NewInt(1), Signers: vs.Signers(), Powers: vs.Powers()},
				sigs, new(big.Int).SetUint64(s.Epoch), s.Root(), s.Total, new(big.Int).SetUint64(s.Count()))
		}); err != nil {
			t.Fatal(err)
		}
	}
	submit(s)

	var files []baseclient.ClaimFile
	for i, p := range payouts {
		proof, _ := s.Proof(i)
		files = append(files, baseclient.ClaimFile{Epoch: 1, Index: uint64(i), Account: p.Account, Amount: p.Amount.String(), Proof: proof})
	}
	proofFile := filepath.Join(dir, "proof.json")
	blob, _ := json.Marshal(files)
	os.WriteFile(proofFile, blob, 0o644)

	// a file that does not match the bridge fails before any transaction is sent
	for _, bad := range []struct {
		name string
		mod  func(f *baseclient.ClaimFile)
		want string
	}{
		{"unknown epoch", func(f *baseclient.ClaimFile) { f.Epoch = 9 }, "no settlement for epoch 9"},
		{"wrong amount", func(f *baseclient.ClaimFile) { f.Amount = "6" }, "the proof does not match epoch 1's root"},
	} {
		f := files[0]
		bad.mod(&f)
		badFile := filepath.Join(dir, "bad.json")
		blob, _ := json.Marshal(f)
		os.WriteFile(badFile, blob, 0o644)
		if out, err := run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", badFile); err == nil ||
			!strings.Contains(err.Error(), bad.want) {
			t.Fatalf("%s: %v\n%s", bad.name, err, out)
		}
	}

	// before the delay: the revert comes back decoded
	out, err = run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", proofFile)
	if err == nil || !strings.Contains(err.Error(), "ClaimTooEarly") {
		t.Fatalf("early claim: %v\n%s", err, out)
	}
	// past the delay, over JSON-RPC as a script would
	if err := c.Eth.Client().CallContext(context.Background(), nil, "evm_increaseTime", 7200); err != nil {
		t.Fatal(err)
	}
	// leaf 0 with its proof from the chain's query, as flockd serves it; a leaf of a settlement
	// still signing is named and left out
	chainGRPC := serveProofs(t, s, bridgetypes.SETTLEMENT_STATUS_LANDED, bridgetypes.Params{})
	out, err = run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--chain-grpc", chainGRPC, "--account", payouts[0].Account.Hex())
	if err != nil || !strings.Contains(out, "claimed epoch 1 index 0: 5") || !strings.Contains(out, "epoch 9 index 0: settlement SETTLEMENT_STATUS_SIGNING, not claimable on Base, skipped") {
		t.Fatalf("claim --chain-grpc: %v\n%s", err, out)
	}
	out, err = run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--chain-grpc", chainGRPC, "--epoch", "1", "--index", "0")
	if err != nil || !strings.Contains(out, "epoch 1 index 0: already claimed, skipped") {
		t.Fatalf("claim --chain-grpc --epoch --index: %v\n%s", err, out)
	}
	out, err = run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", proofFile)
	if err != nil || !strings.Contains(out, "claimed epoch 1 index 1: 7") {
		t.Fatalf("claim: %v\n%s", err, out)
	}
	tok, _ := bindings.NewFlockToken(a.Token, c.Eth)
	if b, _ := tok.BalanceOf(&bind.CallOpts{}, common.Address{0xbb}); b.Int64() != 7 {
		t.Fatalf("balance %s", b)
	}
	out, err = run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", proofFile)
	if err != nil || strings.Count(out, "already claimed") != 2 {
		t.Fatalf("second claim: %v\n%s", err, out)
	}

	// a vetoed settlement is named as such
	s2, _ := merkle.BuildSettlement(2, payouts)
	submit(s2)
	if _, err := c.Send(context.Background(), "veto", func() (*types.Transaction, error) {
		return br.VetoSettlement(c.Transactor(context.Background(), devchain.DevKey(0)), big.NewInt(2)) // the deployer is the guardian
	}); err != nil {
		t.Fatal(err)
	}
	proof, _ := s2.Proof(0)
	blob, _ = json.Marshal(baseclient.ClaimFile{Epoch: 2, Index: 0, Account: payouts[0].Account, Amount: "5", Proof: proof})
	os.WriteFile(proofFile, blob, 0o644)
	if out, err := run(t, "claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", proofFile); err == nil ||
		!strings.Contains(err.Error(), "epoch 2 was vetoed") {
		t.Fatalf("vetoed: %v\n%s", err, out)
	}

	// flock-relayer relay against a chain whose params name this deployment: it serves
	// /metrics and /healthz and passes (with nothing to relay) until stopped; a --bridge that
	// is not the chain's is refused
	relayGRPC := serveProofs(t, s, bridgetypes.SETTLEMENT_STATUS_LANDED, bridgetypes.Params{
		BaseChainId: devchain.ChainID, BridgeContract: a.Bridge.Hex(), BridgeId: bridgetypes.HashString(a.BridgeID)})
	if out, err := run(t, "relay", "--base-rpc", rpc, "--dev", "--chain-grpc", relayGRPC, "--bridge", a.Token.Hex(), "--metrics-addr", ""); err == nil ||
		!strings.Contains(err.Error(), "is not the chain's bridge_contract") {
		t.Fatalf("relay to another bridge: %v\n%s", err, out)
	}
	metricsAddr := net.JoinHostPort("127.0.0.1", strconv.Itoa(freePort(t)))
	relayCtx, stopRelay := context.WithCancel(context.Background())
	relayCmd := newRootCmd()
	var relayOut bytes.Buffer
	relayCmd.SetOut(&relayOut)
	relayCmd.SetErr(&relayOut)
	relayCmd.SetArgs([]string{"relay", "--base-rpc", rpc, "--dev", "--chain-grpc", relayGRPC, "--metrics-addr", metricsAddr, "--poll-interval", "50ms"})
	relayDone := make(chan error, 1)
	go func() { relayDone <- relayCmd.ExecuteContext(relayCtx) }()
	scrape := func(path string) (int, string) {
		res, err := http.Get("http://" + metricsAddr + path)
		if err != nil {
			return 0, ""
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(body)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		code, body := scrape("/metrics")
		if code == http.StatusOK && strings.Contains(body, `flock_bridge_rpc_up{endpoint="base"} 1`) &&
			strings.Contains(body, `flock_bridge_rpc_up{endpoint="chain"} 1`) && strings.Contains(body, `flock_bridge_relay_pending{kind="settlement"} 0`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("relay metrics never showed a pass:\n%s\nlog:\n%s", body, relayOut.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code, body := scrape("/healthz"); code != http.StatusOK || !strings.Contains(body, `"loop":"relay"`) {
		t.Fatalf("healthz %d %s", code, body)
	}
	stopRelay()
	if err := <-relayDone; err != nil {
		t.Fatalf("relay stopped with %v\n%s", err, relayOut.String())
	}

	// a keystore file works as the key
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(devchain.DevKey(3), "pw")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("pw\n"), 0o600)
	out, err = run(t, "deploy", "--rpc", rpc, "--key-file", acct.URL.Path, "--password-file", pw,
		"--valset", writeValset(t, dir, vs.Signers()), "--out", filepath.Join(dir, "b.json"), "--token", a.Token.Hex())
	if err != nil {
		t.Fatalf("deploy with keystore: %v\n%s", err, out)
	}
	if b, _ := baseclient.ReadAddresses(filepath.Join(dir, "b.json")); b.Deployer != acct.Address || b.Token != a.Token {
		t.Fatalf("second deployment %+v", b)
	}
}

func writeValset(t *testing.T, dir string, signers []common.Address) string {
	f := baseclient.ValsetFile{Nonce: 1}
	for _, s := range signers {
		f.Validators = append(f.Validators, baseclient.ValsetFileEntry{Address: s, Power: "1000000000000000000000"})
	}
	p := filepath.Join(dir, "valset.json")
	blob, _ := json.Marshal(f)
	os.WriteFile(p, blob, 0o644)
	return p
}

// Bad input gets one clear line, not a stack trace.
func TestCLIErrors(t *testing.T) {
	chain, err := devchain.Start(devchain.Config{HTTPPort: freePort(t), BlockTime: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	dir := t.TempDir()
	rpc := chain.HTTPURL()
	deadRPC := "http://127.0.0.1:" + itoa(freePort(t))
	addrFile := filepath.Join(dir, "a.json")
	if _, err := run(t, "deploy", "--rpc", rpc, "--dev", "--dev-signers", "2", "--out", addrFile); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{"), 0o644)
	os.WriteFile(filepath.Join(dir, "junk-key.json"), []byte(`{"not":"a key"}`), 0o644)
	t.Setenv(baseclient.DevKeyEnv, "")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"wrong RPC URL", []string{"deposit", "--rpc", deadRPC, "--dev", "--bridge", "0x01", "--amount", "1", "--recipient", recipient(t)}, "does not answer"},
		{"bad RPC scheme", []string{"deploy", "--rpc", "ftp://x", "--dev", "--dev-signers", "1", "--out", "x"}, "cannot use RPC"},
		{"missing key file", []string{"deposit", "--rpc", rpc, "--key-file", filepath.Join(dir, "nope.json"), "--addresses", addrFile, "--amount", "1", "--recipient", recipient(t)}, "key file"},
		{"not a keystore", []string{"deposit", "--rpc", rpc, "--key-file", filepath.Join(dir, "junk-key.json"), "--addresses", addrFile, "--amount", "1", "--recipient", recipient(t)}, "key file"},
		{"no key", []string{"deposit", "--rpc", rpc, "--addresses", addrFile, "--amount", "1", "--recipient", recipient(t)}, "no key"},
		{"malformed recipient", []string{"deposit", "--rpc", rpc, "--dev", "--addresses", addrFile, "--amount", "1", "--recipient", "cosmos1xyz"}, "recipient"},
		{"zero amount", []string{"deposit", "--rpc", rpc, "--dev", "--addresses", addrFile, "--amount", "0", "--recipient", recipient(t)}, "positive integer"},
		{"missing addresses file", []string{"deposit", "--rpc", rpc, "--dev", "--addresses", filepath.Join(dir, "none.json"), "--amount", "1", "--recipient", recipient(t)}, "addresses file"},
		{"missing proof file", []string{"claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", filepath.Join(dir, "none.json")}, "proof file"},
		{"malformed proof file", []string{"claim", "--rpc", rpc, "--dev", "--addresses", addrFile, "--proof", filepath.Join(dir, "bad.json")}, "proof file"},
		{"missing valset file", []string{"deploy", "--rpc", rpc, "--dev", "--valset", filepath.Join(dir, "none.json"), "--out", "x"}, "valset file"},
		{"bad bridge id", []string{"deploy", "--rpc", rpc, "--dev", "--dev-signers", "1", "--out", "x", "--bridge-id", "0x1234"}, "32 bytes"},
		{"reverted deployment (claim delay above 30 days)", []string{"deploy", "--rpc", rpc, "--dev", "--dev-signers", "1", "--out", "x", "--claim-delay", "1000h"}, "InvalidConfig"},
		{"claim delay 0s", []string{"deploy", "--rpc", rpc, "--dev", "--dev-signers", "1", "--out", "x", "--claim-delay", "0s"}, "at least 1h0m0s"},
		{"claim delay under an hour", []string{"deploy", "--rpc", rpc, "--dev", "--dev-signers", "1", "--out", "x", "--claim-delay", "59m59s"}, "at least 1h0m0s"},
		{"bad minimum deposit", []string{"deploy", "--rpc", rpc, "--dev", "--dev-signers", "1", "--out", "x", "--min-deposit", "0"}, "--min-deposit"},
		{"deposit below the minimum", []string{"deposit", "--rpc", rpc, "--dev", "--addresses", addrFile, "--amount", "999999999999999999", "--recipient", recipient(t)}, "below the bridge's minimum deposit"},
		{"upper-case recipient", []string{"deposit", "--rpc", rpc, "--dev", "--addresses", addrFile, "--amount", "1flock", "--recipient", strings.ToUpper(recipient(t))}, "lowercase"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := run(t, c.args...)
			if err == nil {
				t.Fatalf("no error\n%s", out)
			}
			if !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "goroutine") {
				t.Fatalf("error %q, want it to mention %q", err, c.want)
			}
		})
	}
	// a deposit larger than the balance is refused before sending
	t.Setenv(baseclient.DevKeyEnv, "0x"+common.Bytes2Hex(crypto.FromECDSA(devchain.DevKey(7))))
	if _, err := run(t, "deposit", "--rpc", rpc, "--addresses", addrFile, "--amount", "1flock", "--recipient", recipient(t)); err == nil || !strings.Contains(err.Error(), "holds 0") {
		t.Fatalf("deposit without FLOCK: %v", err)
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// relay and claim refuse bad invocations before connecting to anything.
func TestRelayAndClaimRefuseBadFlags(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "relay.toml")
	if err := os.WriteFile(cfg, []byte("base_rpc = \"\"\npush-clams = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"relay", "--metrics-addr", ""}, "--base-rpc"},
		{[]string{"relay", "--config", cfg}, `"push-clams" is not a flag`},
		{[]string{"relay", "--log-format", "xml", "--base-rpc", "http://127.0.0.1:1"}, `"xml"`},
		{[]string{"relay", "--base-rpc", "http://127.0.0.1:1", "--max-fee-per-gas", "-1", "--metrics-addr", ""}, "--max-fee-per-gas"},
		{[]string{"claim", "--rpc", "http://127.0.0.1:1"}, "--proof"},
		{[]string{"claim", "--proof", "x.json", "--chain-grpc", "127.0.0.1:1"}, "one of the two"},
		{[]string{"claim", "--chain-grpc", "127.0.0.1:1"}, "--account"},
		{[]string{"claim", "--chain-grpc", "127.0.0.1:1", "--index", "0"}, "--index needs --epoch"},
		{[]string{"claim", "--chain-grpc", "127.0.0.1:1", "--account", "0xnope"}, "--account"},
	} {
		out, err := run(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: want an error naming %s, got %v\n%s", c.args, c.want, err, out)
		}
	}
	help, err := run(t, "relay", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"config", "chain-grpc", "base-rpc", "bridge", "metrics-addr", "log-format", "log-level",
		"key-file", "password-file", "dev", "max-fee-per-gas", "push-claims", "poll-interval", "tx-timeout", "replace-after", "claims-per-tx", "claim-epochs"} {
		if !strings.Contains(help, "--"+flag+" ") {
			t.Errorf("flag --%s missing from relay --help", flag)
		}
	}
}

// proofServer serves a settlement's leaves as x/bridge's Proof and ProofsByAccount queries
// do, plus a leaf of a settlement (epoch 9) that is still signing.
type proofServer struct {
	bridgetypes.UnimplementedQueryServer
	s      *merkle.Settlement
	status bridgetypes.SettlementStatus
	params bridgetypes.Params
}

// Params, Valset and Settlements are what the relay reads each pass: a chain with no valset
// nor settlement yet.
func (p *proofServer) Params(context.Context, *bridgetypes.QueryParamsRequest) (*bridgetypes.QueryParamsResponse, error) {
	return &bridgetypes.QueryParamsResponse{Params: p.params}, nil
}

func (p *proofServer) Valset(context.Context, *bridgetypes.QueryValsetRequest) (*bridgetypes.QueryValsetResponse, error) {
	return nil, status.Error(codes.NotFound, "the chain has made no valset yet")
}

func (p *proofServer) Settlements(context.Context, *bridgetypes.QuerySettlementsRequest) (*bridgetypes.QuerySettlementsResponse, error) {
	return &bridgetypes.QuerySettlementsResponse{}, nil
}

func (p *proofServer) leaf(i int) bridgetypes.LeafProof {
	proof, _ := p.s.Proof(i)
	out := bridgetypes.LeafProof{Leaf: bridgetypes.Leaf{Epoch: p.s.Epoch, Index: uint64(i), Withdrawal: bridgetypes.Withdrawal{
		BaseRecipient: p.s.Payouts[i].Account.Hex(), Amount: sdkmath.NewIntFromBigInt(p.s.Payouts[i].Amount)}}, Status: p.status}
	for _, h := range proof {
		out.Proof = append(out.Proof, bridgetypes.HashString(h))
	}
	return out
}

func (p *proofServer) Proof(_ context.Context, req *bridgetypes.QueryProofRequest) (*bridgetypes.QueryProofResponse, error) {
	if req.Epoch != p.s.Epoch || req.Index >= p.s.Count() {
		return nil, status.Errorf(codes.NotFound, "no leaf %d of settlement %d", req.Index, req.Epoch)
	}
	return &bridgetypes.QueryProofResponse{Proof: p.leaf(int(req.Index))}, nil
}

func (p *proofServer) ProofsByAccount(_ context.Context, req *bridgetypes.QueryProofsByAccountRequest) (*bridgetypes.QueryProofsByAccountResponse, error) {
	out := &bridgetypes.QueryProofsByAccountResponse{}
	for i, pay := range p.s.Payouts {
		if pay.Account.Hex() == req.BaseAddress {
			out.Proofs = append(out.Proofs, p.leaf(i))
			signing := p.leaf(i)
			signing.Leaf.Epoch, signing.Status = 9, bridgetypes.SETTLEMENT_STATUS_SIGNING
			out.Proofs = append(out.Proofs, signing)
		}
	}
	return out, nil
}

// serveProofs serves s's proofs (and params) over gRPC with the chain's codec; returns
// host:port.
func serveProofs(t *testing.T, s *merkle.Settlement, st bridgetypes.SettlementStatus, params bridgetypes.Params) string {
	enc, err := chainclient.AppEncoding()
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer(grpc.ForceServerCodec(codec.NewProtoCodec(enc.InterfaceRegistry).GRPCCodec()))
	bridgetypes.RegisterQueryServer(srv, &proofServer{s: s, status: st, params: params})
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(srv.Stop)
	return l.Addr().String()
}
