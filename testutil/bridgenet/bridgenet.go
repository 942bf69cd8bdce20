// Package bridgenet is a test fixture of the whole bridge: a Base devchain with FlockToken and
// FlockBridge deployed under the chain's valset 1, and an in-process flockd network whose
// genesis registers every validator's orchestrator (a funded account in the validator's keyring
// and an eth key) and points x/bridge at the deployed contract, as `make localnet` does. The
// relayer's tests run their loops against it.
//
// Every key is derived from the validator's position: the same addresses on every run.
package bridgenet

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/cosmos/go-bip39"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	servergrpc "github.com/cosmos/cosmos-sdk/server/grpc"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdknetwork "github.com/cosmos/cosmos-sdk/testutil/network"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/testutil/network"
	"github.com/flockchain/flock/x/bridge/types"
)

// Key names in each validator's keyring.
const (
	// OrchestratorKey is the orchestrator account's key (the validator's operator key is
	// Validator.OperatorKey, "node<i>" as the SDK network names it).
	OrchestratorKey = "orchestrator"
)

// Amounts of the fixture, in aflock / atto-FLOCK.
var (
	// OrchestratorFunds is each orchestrator account's genesis balance, for its fees.
	OrchestratorFunds = app.Flock(100)
	// UserFunds is what each Base user (Net.Users) holds in FlockToken.
	UserFunds = app.Flock(1_000_000)
)

// Options of New; zero values take the defaults.
type Options struct {
	Validators int           // default 4
	BlockTime  time.Duration // flockd's block time, default 500 ms
	// BaseBlockTime makes the devchain seal a block every BaseBlockTime; 0 (default): only on
	// Net.Base.Commit, so a test decides when Base moves.
	BaseBlockTime time.Duration
	// Params edits x/bridge's genesis params (the contract's fields are set afterwards).
	Params func(*types.Params)
	// Genesis edits the network config (its genesis state) before the bridge is bootstrapped.
	Genesis func(*network.Config)
}

// Validator is one validator of the network with every key a bridge process needs.
type Validator struct {
	Index int
	Node  *network.Validator
	// GRPC is the node's gRPC address (host:port), what --chain-grpc takes.
	GRPC string
	// Keyring holds OperatorKey and OrchestratorKey (backend test, in KeyringDir).
	Keyring    keyring.Keyring
	KeyringDir string
	// OperatorKey is the operator's key name; Operator and ValAddr its addresses.
	OperatorKey string
	Operator    sdk.AccAddress
	ValAddr     sdk.ValAddress
	// Orchestrator is the registered orchestrator account (key OrchestratorKey).
	Orchestrator sdk.AccAddress
	// EthKey is the registered eth key, EthAddress its address.
	EthKey     *ecdsa.PrivateKey
	EthAddress common.Address
}

// Net is a running bridge: Base with the contracts, and the chain pointed at them.
type Net struct {
	T          testing.TB
	Network    *network.Network
	ChainID    string
	Validators []Validator
	Encoding   chainclient.Encoding

	// Base is the devchain (Commit, Fork, AdjustTime); BaseURL its JSON-RPC HTTP endpoint.
	Base    *devchain.Chain
	BaseURL string
	// BaseClient is a client of Base; Bridge and Token are bound to the deployment.
	BaseClient *baseclient.Client
	Addresses  *baseclient.Addresses
	Bridge     *bindings.FlockBridge
	Token      *bindings.FlockToken
	// Deployer deployed the contracts and is the guardian; Users hold UserFunds of FlockToken
	// each and ETH for gas (devchain dev keys 2, 3, ...).
	Deployer *ecdsa.PrivateKey
	Users    []*ecdsa.PrivateKey

	// Valset is the chain's valset 1, the one Base was deployed with.
	Valset types.Valset
	// Deployment is what the bridge genesis records of the deployment.
	Deployment types.BaseDeployment
	// GenesisBacking is the FLOCK locked in the bridge behind the genesis supply.
	GenesisBacking math.Int

	opts Options
}

// secret derives validator i's keys from its position.
func secret(i int, what string) []byte {
	s := sha256.Sum256([]byte(fmt.Sprintf("bridgenet validator %d %s", i, what)))
	return s[:]
}

// Mnemonic is validator i's mnemonic for what ("operator" or "orchestrator").
func Mnemonic(i int, what string) string {
	m, err := bip39.NewMnemonic(secret(i, what))
	if err != nil {
		panic(err) // 32 bytes of entropy are always valid
	}
	return m
}

// EthKey is validator i's eth key.
func EthKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(secret(i, "eth"))
	if err != nil {
		panic(err) // a sha256 output is a valid key but with probability ~2^-128
	}
	return k
}

// accountOf is the account of a mnemonic as the SDK network's keyring derives it.
func accountOf(mnemonic string) (sdk.AccAddress, error) {
	derived, err := hd.Secp256k1.Derive()(mnemonic, "", sdk.GetConfig().GetFullBIP44Path())
	if err != nil {
		return nil, err
	}
	return sdk.AccAddress(hd.Secp256k1.Generate()(derived).PubKey().Address()), nil
}

// New starts the devchain, deploys the contracts under the genesis valset and starts the
// network; everything stops when the test ends.
func New(t testing.TB, o Options) *Net {
	t.Helper()
	if o.Validators == 0 {
		o.Validators = 4
	}
	if o.BlockTime == 0 {
		o.BlockTime = 500 * time.Millisecond
	}
	cfg := network.DefaultConfig()
	cfg.NumValidators = o.Validators
	cfg.TimeoutCommit = o.BlockTime
	if o.Genesis != nil {
		o.Genesis(&cfg)
	}
	n := &Net{T: t, opts: o, ChainID: cfg.ChainID, Encoding: chainclient.Encoding{TxConfig: cfg.TxConfig, InterfaceRegistry: cfg.InterfaceRegistry}}

	// the validators as their gentxs will bond them, and their orchestrators
	vals := make([]types.GenesisValidator, o.Validators)
	n.Validators = make([]Validator, o.Validators)
	var gs types.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[types.ModuleName], &gs)
	var authGen authtypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[authtypes.ModuleName], &authGen)
	var bankGen banktypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[banktypes.ModuleName], &bankGen)
	cfg.Mnemonics = make([]string, o.Validators)
	for i := range n.Validators {
		cfg.Mnemonics[i] = Mnemonic(i, "operator")
		op, err := accountOf(cfg.Mnemonics[i])
		must(t, err)
		orch, err := accountOf(Mnemonic(i, "orchestrator"))
		must(t, err)
		v := Validator{Index: i, OperatorKey: fmt.Sprintf("node%d", i), Operator: op, ValAddr: sdk.ValAddress(op),
			Orchestrator: orch, EthKey: EthKey(i)}
		v.EthAddress = crypto.PubkeyToAddress(v.EthKey.PublicKey)
		n.Validators[i] = v
		vals[i] = types.GenesisValidator{Operator: v.ValAddr.String(), Tokens: cfg.BondedTokens}
		packed, err := authtypes.PackAccounts(authtypes.GenesisAccounts{authtypes.NewBaseAccount(orch, nil, 0, 0)})
		must(t, err)
		authGen.Accounts = append(authGen.Accounts, packed...)
		bankGen.Balances = append(bankGen.Balances, banktypes.Balance{Address: orch.String(), Coins: sdk.NewCoins(sdk.NewCoin(app.BondDenom, OrchestratorFunds))})
	}
	cfg.GenesisState[authtypes.ModuleName] = cfg.Codec.MustMarshalJSON(&authGen)
	cfg.GenesisState[banktypes.ModuleName] = cfg.Codec.MustMarshalJSON(&bankGen)
	for _, v := range n.Validators {
		reg, err := types.NewMsgRegisterOrchestrator(cfg.ChainID, v.ValAddr, v.Orchestrator, v.EthKey)
		must(t, err)
		must(t, types.AddGenesisOrchestrator(&gs, cfg.ChainID, vals, *reg))
	}
	var stakingGen stakingtypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[stakingtypes.ModuleName], &stakingGen)
	vs, err := types.GenesisValset(vals, gs.Orchestrators, stakingGen.Params.MaxValidators)
	must(t, err)
	n.Valset = vs

	// the genesis supply: the balances plus what the SDK network gives each validator
	cfg.GenesisState[types.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)
	n.GenesisBacking, err = app.BackGenesisSupply(cfg.Codec, cfg.GenesisState, cfg.StakingTokens.MulRaw(int64(o.Validators)))
	must(t, err)
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[types.ModuleName], &gs)

	began := time.Now()
	n.deploy(t, o, vs)
	deployed := time.Now()

	if o.Params != nil {
		o.Params(&gs.Params)
	}
	must(t, types.BootstrapBase(&gs, vs, n.Deployment))
	cfg.GenesisState[types.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)

	// the SDK network serves gRPC from node 0 only: capture every node's app to serve the others
	var apps []servertypes.Application
	construct := cfg.AppConstructor
	cfg.AppConstructor = func(val sdknetwork.ValidatorI) servertypes.Application {
		a := construct(val)
		apps = append(apps, a) // the network starts its nodes one after the other, in order
		return a
	}
	n.Network = network.New(t, cfg)
	for i := 1; i < o.Validators; i++ {
		n.serveGRPC(t, i, apps[i])
	}
	for i := range n.Validators {
		v := &n.Validators[i]
		v.Node = n.Network.Validators[i]
		if i == 0 {
			v.GRPC = v.Node.AppConfig.GRPC.Address
		}
		v.Keyring, v.KeyringDir = v.Node.ClientCtx.Keyring, v.Node.ClientCtx.KeyringDir
		rec, err := v.Keyring.NewAccount(OrchestratorKey, Mnemonic(i, "orchestrator"), "", sdk.GetConfig().GetFullBIP44Path(), hd.Secp256k1)
		must(t, err)
		if addr, _ := rec.GetAddress(); !addr.Equals(v.Orchestrator) {
			t.Fatalf("validator %d: orchestrator key %s, genesis registered %s", i, addr, v.Orchestrator)
		}
		if !v.Node.Address.Equals(v.Operator) {
			t.Fatalf("validator %d: operator %s, genesis registered %s", i, v.Node.Address, v.Operator)
		}
	}
	t.Logf("bridgenet: Base up and contracts deployed in %s, %d-validator network up in %s",
		deployed.Sub(began).Round(time.Millisecond), o.Validators, time.Since(deployed).Round(time.Millisecond))
	return n
}

// serveGRPC serves node i's gRPC on a free loopback port: queries answered from node i's own
// state; transactions broadcast, and blocks read, through node 0's CometBFT (the in-process
// network gives only node 0 an RPC client; the mempools gossip).
func (n *Net) serveGRPC(t testing.TB, i int, a servertypes.Application) {
	t.Helper()
	port, err := freePort()
	must(t, err)
	clientCtx := n.Network.Validators[0].ClientCtx
	a.RegisterTxService(clientCtx)
	a.RegisterTendermintService(clientCtx)
	grpcCfg := *n.Network.Validators[0].AppConfig
	grpcCfg.GRPC.Address = fmt.Sprintf("127.0.0.1:%d", port)
	srv, err := servergrpc.NewGRPCServer(clientCtx, a, grpcCfg.GRPC)
	must(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- servergrpc.StartGRPCServer(ctx, log.NewNopLogger(), grpcCfg.GRPC, srv) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	n.Validators[i].GRPC = grpcCfg.GRPC.Address
}

// deploy starts the devchain and deploys FlockToken and FlockBridge with valset vs and the
// genesis backing locked, as `flock-relayer deploy --lock` does.
func (n *Net) deploy(t testing.TB, o Options, vs types.Valset) {
	t.Helper()
	port, err := freePort()
	must(t, err)
	n.Base, err = devchain.Start(devchain.Config{HTTPPort: port, BlockTime: o.BaseBlockTime})
	must(t, err)
	t.Cleanup(func() { n.Base.Close() })
	n.BaseURL = n.Base.HTTPURL()
	ctx := context.Background()
	n.BaseClient, err = baseclient.Dial(ctx, n.BaseURL, 30*time.Second)
	must(t, err)
	t.Cleanup(n.BaseClient.Close)

	bvs, err := vs.Bridge()
	must(t, err)
	n.Deployer = devchain.DevKey(0)
	d := baseclient.Deployment{
		Valset: bvs, BridgeID: crypto.Keccak256Hash([]byte(n.ChainID)), ClaimDelay: baseclient.MinClaimDelay,
		Supply: app.Flock(1_000_000_000).BigInt(), MaxSettlementTotal: app.Flock(1_000_000).BigInt(), MinDeposit: big.NewInt(1),
		Lock: n.GenesisBacking.BigInt(),
	}
	n.whileMining(o, func() {
		n.Addresses, err = n.BaseClient.Deploy(ctx, n.Deployer, d)
	})
	must(t, err)
	n.Bridge, err = bindings.NewFlockBridge(n.Addresses.Bridge, n.BaseClient.Eth)
	must(t, err)
	n.Token, err = bindings.NewFlockToken(n.Addresses.Token, n.BaseClient.Eth)
	must(t, err)
	for i := 2; i < 4; i++ {
		user := devchain.DevKey(i)
		n.Users = append(n.Users, user)
		n.whileMining(o, func() {
			_, err = n.BaseClient.Send(ctx, "fund a user", func() (*ethtypes.Transaction, error) {
				return n.Token.Transfer(n.BaseClient.Transactor(ctx, n.Deployer), crypto.PubkeyToAddress(user.PublicKey), UserFunds.BigInt())
			})
		})
		must(t, err)
	}
	n.Deployment = types.BaseDeployment{
		ChainID: n.Addresses.ChainID, Bridge: n.Addresses.Bridge, Token: n.Addresses.Token, BridgeID: n.Addresses.BridgeID,
		DeployBlock: n.Addresses.DeployBlock, ValsetNonce: n.Addresses.ValsetNonce, ValsetCheckpoint: n.Addresses.ValsetCheckpoint,
	}
}

// whileMining runs fn, which waits for Base transactions, sealing Base blocks meanwhile when
// the devchain has no block timer.
func (n *Net) whileMining(o Options, fn func()) {
	if o.BaseBlockTime > 0 {
		fn()
		return
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				n.Base.Commit()
			}
		}
	}()
	fn()
	close(stop)
	<-done
}

// Client is a chain client of validator i's node signing with key (OrchestratorKey or the
// validator's OperatorKey), closed when the test ends.
func (n *Net) Client(i int, key string) *chainclient.Client {
	n.T.Helper()
	v := n.Validators[i]
	c, err := chainclient.Dial(chainclient.Config{GRPC: v.GRPC, ChainID: n.ChainID, Keyring: v.Keyring, KeyName: key,
		GasPrice: minGasPrice(), Denom: app.BondDenom}, n.Encoding)
	must(n.T, err)
	n.T.Cleanup(func() { c.Close() })
	return c
}

// minGasPrice is the app's default minimum gas price, in aflock per gas.
func minGasPrice() math.Int {
	c, err := sdk.ParseDecCoin(app.DefaultMinGasPrice)
	if err != nil {
		panic(err)
	}
	return c.Amount.TruncateInt()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// User is Base user i (of Users) acting on the bridge: deposits and claims.
func (n *Net) User(i int) *baseclient.Bridge {
	key := n.Users[i]
	return &baseclient.Bridge{Client: n.BaseClient, Address: n.Addresses.Bridge, Contract: n.Bridge, Key: key, From: crypto.PubkeyToAddress(key.PublicKey)}
}

// Deposit has Base user i deposit amount atto-FLOCK for recipient, sealing Base blocks until it
// is mined if the devchain has no block timer.
func (n *Net) Deposit(i int, amount math.Int, recipient sdk.AccAddress) *baseclient.Deposited {
	n.T.Helper()
	var (
		d   *baseclient.Deposited
		err error
	)
	n.whileMining(n.opts, func() { d, err = n.User(i).Deposit(context.Background(), amount.BigInt(), recipient.String()) })
	must(n.T, err)
	return d
}

// Balance is addr's aflock balance on the chain.
func (n *Net) Balance(addr sdk.AccAddress) math.Int {
	n.T.Helper()
	res, err := banktypes.NewQueryClient(n.Network.Validators[0].ClientCtx).Balance(context.Background(),
		&banktypes.QueryBalanceRequest{Address: addr.String(), Denom: app.BondDenom})
	must(n.T, err)
	return res.Balance.Amount
}
