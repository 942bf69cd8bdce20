// Package network starts in-process flockd networks for end-to-end tests: real CometBFT
// nodes with RPC, gRPC and REST servers on loopback, running the full flockd app.
package network

import (
	"testing"
	"time"

	dbm "github.com/cosmos/cosmos-db"

	"cosmossdk.io/log"
	pruningtypes "cosmossdk.io/store/pruning/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdknetwork "github.com/cosmos/cosmos-sdk/testutil/network"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"

	"github.com/flockchain/flock/app"
)

type (
	// Network is the SDK's in-process network; re-exported so tests import one package.
	Network = sdknetwork.Network
	// Config configures a Network.
	Config = sdknetwork.Config
	// Validator is one node of a Network.
	Validator = sdknetwork.Validator
)

// DefaultChainID is the chain id of test networks.
const DefaultChainID = "flock-test-1"

// DefaultConfig returns a one-validator network config for flockd: aflock as bond and fee
// denom, flock bech32 prefixes, the app's default minimum gas price and 18-decimal amounts
// (1000 FLOCK per validator account, 100 FLOCK bonded).
func DefaultConfig() Config {
	encoding := encodingConfig()
	cfg := sdknetwork.DefaultConfig(func() sdknetwork.TestFixture {
		return sdknetwork.TestFixture{
			EncodingConfig: encoding,
			GenesisState:   newApp(log.NewNopLogger(), "").DefaultGenesis(),
		}
	})
	cfg.ChainID = DefaultChainID
	cfg.NumValidators = 1
	cfg.TimeoutCommit = 500 * time.Millisecond
	cfg.BondDenom = app.BondDenom
	cfg.MinGasPrices = app.DefaultMinGasPrice
	cfg.AccountTokens = app.Flock(1_000)
	cfg.StakingTokens = app.Flock(1_000)
	cfg.BondedTokens = app.Flock(100)
	cfg.PruningStrategy = pruningtypes.PruningOptionNothing
	cfg.AppConstructor = func(val sdknetwork.ValidatorI) servertypes.Application {
		appCfg := val.GetAppConfig()
		return newApp(val.GetCtx().Logger, cfg.ChainID,
			baseapp.SetPruning(pruningtypes.NewPruningOptionsFromString(appCfg.Pruning)),
			baseapp.SetMinGasPrices(appCfg.MinGasPrices),
		)
	}
	return cfg
}

// New starts a network and stops it when the test ends.
func New(t testing.TB, cfg Config) *Network {
	t.Helper()
	// every validator account gets StakingTokens aflock on top of the genesis balances
	extra := cfg.StakingTokens.MulRaw(int64(cfg.NumValidators))
	if _, err := app.BackGenesisSupply(cfg.Codec, cfg.GenesisState, extra); err != nil {
		t.Fatalf("backing the test network's genesis supply: %v", err)
	}
	net, err := sdknetwork.New(t, t.TempDir(), cfg)
	if err != nil {
		t.Fatalf("starting test network: %v", err)
	}
	if _, err := net.WaitForHeight(1); err != nil {
		t.Fatalf("test network produced no block: %v", err)
	}
	t.Cleanup(net.Cleanup)
	return net
}

func newApp(logger log.Logger, chainID string, opts ...func(*baseapp.BaseApp)) *app.App {
	if chainID != "" {
		opts = append(opts, baseapp.SetChainID(chainID))
	}
	a, err := app.New(logger, dbm.NewMemDB(), nil, true, simtestutil.EmptyAppOptions{}, opts...)
	if err != nil {
		panic(err)
	}
	return a
}

func encodingConfig() moduletestutil.TestEncodingConfig {
	a := newApp(log.NewNopLogger(), "")
	return moduletestutil.TestEncodingConfig{
		InterfaceRegistry: a.InterfaceRegistry(),
		Codec:             a.AppCodec(),
		TxConfig:          a.TxConfig(),
		Amino:             a.LegacyAmino(),
	}
}
