// Package app wires the flockd application: the SDK modules listed in app_config.go, and the
// Flock modules as they land.
package app

import (
	"encoding/json"
	"fmt"
	"io"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"

	clienthelpers "cosmossdk.io/client/v2/helpers"
	"cosmossdk.io/depinject"
	"cosmossdk.io/log"
	storetypes "cosmossdk.io/store/types"
	evidencekeeper "cosmossdk.io/x/evidence/keeper"
	feegrantkeeper "cosmossdk.io/x/feegrant/keeper"
	upgradekeeper "cosmossdk.io/x/upgrade/keeper"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/server/api"
	"github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/x/auth"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	authsims "github.com/cosmos/cosmos-sdk/x/auth/simulation"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	authzkeeper "github.com/cosmos/cosmos-sdk/x/authz/keeper"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	consensuskeeper "github.com/cosmos/cosmos-sdk/x/consensus/keeper"
	distrkeeper "github.com/cosmos/cosmos-sdk/x/distribution/keeper"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	slashingkeeper "github.com/cosmos/cosmos-sdk/x/slashing/keeper"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"

	alliancekeeper "github.com/flockchain/flock/x/alliance/keeper"
	arenakeeper "github.com/flockchain/flock/x/arena/keeper"
	bridgekeeper "github.com/flockchain/flock/x/bridge/keeper"
	rewardskeeper "github.com/flockchain/flock/x/rewards/keeper"
)

// DefaultNodeHome is the default home directory of flockd ($HOME/.flockd).
var DefaultNodeHome string

var (
	_ runtime.AppI            = (*App)(nil)
	_ servertypes.Application = (*App)(nil)
)

// App is the flockd application.
type App struct {
	*runtime.App

	legacyAmino       *codec.LegacyAmino
	appCodec          codec.Codec
	txConfig          client.TxConfig
	interfaceRegistry codectypes.InterfaceRegistry
	basicManager      module.BasicManager
	sm                *module.SimulationManager

	AccountKeeper         authkeeper.AccountKeeper
	BankKeeper            bankkeeper.Keeper
	StakingKeeper         *stakingkeeper.Keeper
	SlashingKeeper        slashingkeeper.Keeper
	DistrKeeper           distrkeeper.Keeper
	GovKeeper             *govkeeper.Keeper
	UpgradeKeeper         *upgradekeeper.Keeper
	AuthzKeeper           authzkeeper.Keeper
	EvidenceKeeper        evidencekeeper.Keeper
	FeeGrantKeeper        feegrantkeeper.Keeper
	ConsensusParamsKeeper consensuskeeper.Keeper

	// Flock keepers; AllianceKeeper, MarketplaceKeeper and BridgeKeeper join as their
	// modules land.
	RewardsKeeper  rewardskeeper.Keeper
	ArenaKeeper    arenakeeper.Keeper
	AllianceKeeper alliancekeeper.Keeper
	BridgeKeeper   bridgekeeper.Keeper
}

func init() {
	var err error
	DefaultNodeHome, err = clienthelpers.GetNodeHomeDirectory(".flockd")
	if err != nil {
		panic(err)
	}
}

// New returns a fully wired flockd application.
func New(
	logger log.Logger,
	db dbm.DB,
	traceStore io.Writer,
	loadLatest bool,
	appOpts servertypes.AppOptions,
	baseAppOptions ...func(*baseapp.BaseApp),
) (*App, error) {
	app := &App{}
	var appBuilder *runtime.AppBuilder

	if err := depinject.Inject(
		depinject.Configs(AppConfig(), depinject.Supply(appOpts, logger)),
		&appBuilder,
		&app.appCodec,
		&app.legacyAmino,
		&app.txConfig,
		&app.interfaceRegistry,
		&app.basicManager,
		&app.AccountKeeper,
		&app.BankKeeper,
		&app.StakingKeeper,
		&app.SlashingKeeper,
		&app.DistrKeeper,
		&app.GovKeeper,
		&app.UpgradeKeeper,
		&app.AuthzKeeper,
		&app.EvidenceKeeper,
		&app.FeeGrantKeeper,
		&app.ConsensusParamsKeeper,
		&app.RewardsKeeper,
		&app.ArenaKeeper,
		&app.AllianceKeeper,
		&app.BridgeKeeper,
	); err != nil {
		return nil, fmt.Errorf("wiring flockd: %w", err)
	}

	app.App = appBuilder.Build(db, traceStore, baseAppOptions...)
	app.SetInitChainer(app.initChainer)

	app.sm = module.NewSimulationManagerFromAppModules(app.ModuleManager.Modules, map[string]module.AppModuleSimulation{
		authtypes.ModuleName: auth.NewAppModule(app.appCodec, app.AccountKeeper, authsims.RandomGenesisAccounts, nil),
	})
	app.sm.RegisterStoreDecoders()

	if err := app.Load(loadLatest); err != nil {
		return nil, err
	}
	return app, nil
}

// initChainer validates the whole genesis (including the Flock rules of genesis.go) before
// any module reads it, so a malformed genesis stops the node with a clear message instead
// of a panic deep inside a module.
func (app *App) initChainer(ctx sdk.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var genState map[string]json.RawMessage
	if err := json.Unmarshal(req.AppStateBytes, &genState); err != nil {
		return nil, fmt.Errorf("genesis app_state is not a JSON object: %w", err)
	}
	if err := app.basicManager.ValidateGenesis(app.appCodec, app.txConfig, genState); err != nil {
		return nil, fmt.Errorf("invalid genesis: %w", err)
	}
	return app.App.InitChainer(ctx, req)
}

// LegacyAmino returns the amino codec, still needed by a few SDK client paths.
func (app *App) LegacyAmino() *codec.LegacyAmino { return app.legacyAmino }

// AppCodec returns the application's proto codec.
func (app *App) AppCodec() codec.Codec { return app.appCodec }

// InterfaceRegistry returns the application's interface registry.
func (app *App) InterfaceRegistry() codectypes.InterfaceRegistry { return app.interfaceRegistry }

// TxConfig returns the application's transaction config.
func (app *App) TxConfig() client.TxConfig { return app.txConfig }

// BasicManager returns the module basics, including the Flock genesis overrides.
func (app *App) BasicManager() module.BasicManager { return app.basicManager }

// DefaultGenesis returns the genesis state every new chain starts from.
func (app *App) DefaultGenesis() map[string]json.RawMessage {
	return app.basicManager.DefaultGenesis(app.appCodec)
}

// GetKey returns the KV store key of a module, for tests and export.
func (app *App) GetKey(storeKey string) *storetypes.KVStoreKey {
	kv, _ := app.UnsafeFindStoreKey(storeKey).(*storetypes.KVStoreKey)
	return kv
}

// SimulationManager returns the simulation manager of every module that supports simulation.
func (app *App) SimulationManager() *module.SimulationManager { return app.sm }

// RegisterAPIRoutes registers the REST gateway routes of every module and the swagger UI.
func (app *App) RegisterAPIRoutes(apiSvr *api.Server, apiConfig config.APIConfig) {
	app.App.RegisterAPIRoutes(apiSvr, apiConfig)
	if err := server.RegisterSwaggerAPI(apiSvr.ClientCtx, apiSvr.Router, apiConfig.Swagger); err != nil {
		panic(err)
	}
}
