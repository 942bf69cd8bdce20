// Package alliance is x/alliance: FL Alliance in consensus: federated-learning rounds with seeded roles,
// commit-revealed updates and votes, per-update verdicts, rewards and slashes. See README.md for the spec.
package alliance

import (
	"context"
	"encoding/json"
	"fmt"

	gwruntime "github.com/grpc-ecosystem/grpc-gateway/runtime"

	"cosmossdk.io/core/address"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/core/store"
	"cosmossdk.io/depinject"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	modulev1 "github.com/flockchain/flock/api/flock/alliance/module/v1"
	"github.com/flockchain/flock/x/alliance/keeper"
	"github.com/flockchain/flock/x/alliance/simulation"
	"github.com/flockchain/flock/x/alliance/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// ConsensusVersion is bumped with every state migration.
const ConsensusVersion = 1

var (
	_ module.AppModuleBasic   = AppModule{}
	_ module.HasGenesis       = AppModule{}
	_ module.HasServices      = AppModule{}
	_ module.HasInvariants    = AppModule{}
	_ appmodule.AppModule     = AppModule{}
	_ appmodule.HasEndBlocker = AppModule{}
)

// AppModule is x/alliance.
type AppModule struct {
	cdc    codec.Codec
	keeper keeper.Keeper
	auth   types.AccountKeeper
	bank   types.BankKeeper
}

// NewAppModule returns the module.
func NewAppModule(cdc codec.Codec, k keeper.Keeper, auth types.AccountKeeper, bank types.BankKeeper) AppModule {
	return AppModule{cdc: cdc, keeper: k, auth: auth, bank: bank}
}

func (AppModule) IsAppModule()             {}
func (AppModule) IsOnePerModuleType()      {}
func (AppModule) Name() string             { return types.ModuleName }
func (AppModule) ConsensusVersion() uint64 { return ConsensusVersion }

func (AppModule) RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	types.RegisterLegacyAminoCodec(cdc)
}

func (AppModule) RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	types.RegisterInterfaces(registry)
}

func (AppModule) RegisterGRPCGatewayRoutes(clientCtx client.Context, mux *gwruntime.ServeMux) {
	if err := types.RegisterQueryHandlerClient(context.Background(), mux, types.NewQueryClient(clientCtx)); err != nil {
		panic(err)
	}
}

func (am AppModule) RegisterServices(cfg module.Configurator) {
	types.RegisterMsgServer(cfg.MsgServer(), keeper.NewMsgServerImpl(am.keeper))
	types.RegisterQueryServer(cfg.QueryServer(), keeper.NewQueryServerImpl(am.keeper))
}

func (am AppModule) RegisterInvariants(ir sdk.InvariantRegistry) {
	ir.RegisterRoute(types.ModuleName, "module-balance", keeper.BalanceInvariant(am.keeper))
	ir.RegisterRoute(types.ModuleName, "idle-stake", keeper.IdleStakeInvariant(am.keeper))
}

func (AppModule) DefaultGenesis(cdc codec.JSONCodec) json.RawMessage {
	return cdc.MustMarshalJSON(types.DefaultGenesis())
}

func (AppModule) ValidateGenesis(cdc codec.JSONCodec, _ client.TxEncodingConfig, bz json.RawMessage) error {
	var gs types.GenesisState
	if err := cdc.UnmarshalJSON(bz, &gs); err != nil {
		return fmt.Errorf("failed to unmarshal %s genesis state: %w", types.ModuleName, err)
	}
	return gs.Validate()
}

func (am AppModule) InitGenesis(ctx sdk.Context, cdc codec.JSONCodec, bz json.RawMessage) {
	var gs types.GenesisState
	cdc.MustUnmarshalJSON(bz, &gs)
	if err := am.keeper.InitGenesis(ctx, &gs); err != nil {
		panic(fmt.Errorf("x/alliance genesis: %w", err))
	}
}

func (am AppModule) ExportGenesis(ctx sdk.Context, cdc codec.JSONCodec) json.RawMessage {
	gs, err := am.keeper.ExportGenesis(ctx)
	if err != nil {
		panic(fmt.Errorf("x/alliance export: %w", err))
	}
	return cdc.MustMarshalJSON(gs)
}

func (am AppModule) EndBlock(ctx context.Context) error { return am.keeper.EndBlocker(ctx) }

// simulation

func (AppModule) GenerateGenesisState(simState *module.SimulationState) {
	simulation.RandomizedGenState(simState)
}

func (AppModule) RegisterStoreDecoder(simtypes.StoreDecoderRegistry) {}

func (am AppModule) WeightedOperations(simState module.SimulationState) []simtypes.WeightedOperation {
	return simulation.WeightedOperations(simState.AppParams, simState.TxConfig, am.keeper, am.auth, am.bank)
}

func init() {
	appmodule.Register(&modulev1.Module{}, appmodule.Provide(ProvideModule))
}

// ModuleInputs are what x/alliance takes from the app.
type ModuleInputs struct {
	depinject.In

	Config        *modulev1.Module
	Cdc           codec.Codec
	StoreService  store.KVStoreService
	AddressCodec  address.Codec
	AccountKeeper types.AccountKeeper
	BankKeeper    types.BankKeeper
	RewardsKeeper types.RewardsKeeper
}

// ModuleOutputs are what x/alliance gives the app, including its emission sink for x/rewards.
type ModuleOutputs struct {
	depinject.Out

	AllianceKeeper keeper.Keeper
	Module         appmodule.AppModule
	EmissionSink   rewardstypes.EmissionSinkWrapper
}

// ProvideModule builds the keeper, the module and the emission sink.
func ProvideModule(in ModuleInputs) (ModuleOutputs, error) {
	if err := sdk.ValidateDenom(in.Config.Denom); err != nil {
		return ModuleOutputs{}, fmt.Errorf("x/alliance: module config denom %q: %w", in.Config.Denom, err)
	}
	authority := authtypes.NewModuleAddress(govtypes.ModuleName)
	if in.Config.Authority != "" {
		authority = authtypes.NewModuleAddressOrBech32Address(in.Config.Authority)
	}
	authorityStr, err := in.AddressCodec.BytesToString(authority)
	if err != nil {
		panic(err)
	}
	k := keeper.NewKeeper(in.Cdc, in.StoreService, in.AddressCodec, in.AccountKeeper, in.BankKeeper, in.RewardsKeeper, authorityStr, in.Config.Denom)
	return ModuleOutputs{
		AllianceKeeper: k,
		Module:         NewAppModule(in.Cdc, k, in.AccountKeeper, in.BankKeeper),
		EmissionSink:   rewardstypes.EmissionSinkWrapper{EmissionSink: keeper.NewEmissionSink(k)},
	}, nil
}
