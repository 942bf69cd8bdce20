// Package rewards is x/rewards: the reward pool, the epoch emission schedule, the split of
// each epoch's emission over the work of the other Flock modules, and reward claims.
// See README.md for the spec.
package rewards

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

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

	modulev1 "github.com/flockchain/flock/api/flock/rewards/module/v1"
	"github.com/flockchain/flock/x/rewards/keeper"
	"github.com/flockchain/flock/x/rewards/simulation"
	"github.com/flockchain/flock/x/rewards/types"
)

// ConsensusVersion is bumped with every state migration.
const ConsensusVersion = 1

var (
	_ module.AppModuleBasic      = AppModule{}
	_ module.HasGenesis          = AppModule{}
	_ module.HasServices         = AppModule{}
	_ module.HasInvariants       = AppModule{}
	_ module.AppModuleSimulation = AppModule{}
	_ appmodule.AppModule        = AppModule{}
	_ appmodule.HasBeginBlocker  = AppModule{}
)

// AppModule is x/rewards.
type AppModule struct {
	cdc    codec.Codec
	keeper keeper.Keeper
	auth   simulation.AccountKeeper
	bank   simulation.BankKeeper
}

// NewAppModule returns the module.
func NewAppModule(cdc codec.Codec, k keeper.Keeper, auth simulation.AccountKeeper, bank simulation.BankKeeper) AppModule {
	return AppModule{cdc: cdc, keeper: k, auth: auth, bank: bank}
}

func (AppModule) IsAppModule()        {}
func (AppModule) IsOnePerModuleType() {}
func (AppModule) Name() string        { return types.ModuleName }

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
		panic(fmt.Errorf("x/rewards genesis: %w", err))
	}
}

func (am AppModule) ExportGenesis(ctx sdk.Context, cdc codec.JSONCodec) json.RawMessage {
	gs, err := am.keeper.ExportGenesis(ctx)
	if err != nil {
		panic(fmt.Errorf("x/rewards export: %w", err))
	}
	return cdc.MustMarshalJSON(gs)
}

func (am AppModule) BeginBlock(ctx context.Context) error { return am.keeper.BeginBlocker(ctx) }

// simulation

func (AppModule) GenerateGenesisState(simState *module.SimulationState) {
	simulation.RandomizedGenState(simState)
}

func (AppModule) RegisterStoreDecoder(simtypes.StoreDecoderRegistry) {}

func (am AppModule) WeightedOperations(simState module.SimulationState) []simtypes.WeightedOperation {
	return simulation.WeightedOperations(simState.AppParams, simState.TxConfig, am.keeper, am.auth, am.bank)
}

// depinject wiring

func init() {
	appmodule.Register(&modulev1.Module{},
		appmodule.Provide(ProvideModule),
		appmodule.Invoke(InvokeSetEmissionSinks),
		appmodule.Invoke(InvokeSetWithdrawer),
	)
}

// ModuleInputs are what x/rewards takes from the app.
type ModuleInputs struct {
	depinject.In

	Config        *modulev1.Module
	Cdc           codec.Codec
	StoreService  store.KVStoreService
	AddressCodec  address.Codec
	AccountKeeper simulation.AccountKeeper
	BankKeeper    simulation.BankKeeper
}

// ModuleOutputs are what x/rewards gives the app.
type ModuleOutputs struct {
	depinject.Out

	RewardsKeeper keeper.Keeper
	Module        appmodule.AppModule
}

// ProvideModule builds the keeper and the module.
func ProvideModule(in ModuleInputs) (ModuleOutputs, error) {
	if err := sdk.ValidateDenom(in.Config.Denom); err != nil {
		return ModuleOutputs{}, fmt.Errorf("x/rewards: module config denom %q: %w", in.Config.Denom, err)
	}
	authority := authtypes.NewModuleAddress(govtypes.ModuleName)
	if in.Config.Authority != "" {
		authority = authtypes.NewModuleAddressOrBech32Address(in.Config.Authority)
	}
	authorityStr, err := in.AddressCodec.BytesToString(authority)
	if err != nil {
		panic(err)
	}
	k := keeper.NewKeeper(in.Cdc, in.StoreService, in.AddressCodec, in.AccountKeeper, in.BankKeeper, authorityStr, in.Config.Denom)
	return ModuleOutputs{RewardsKeeper: k, Module: NewAppModule(in.Cdc, k, in.AccountKeeper, in.BankKeeper)}, nil
}

// SinkInputs collects the emission sinks other modules provide.
type SinkInputs struct {
	depinject.In

	Config *modulev1.Module
	Keeper keeper.Keeper
	Sinks  map[string]types.EmissionSinkWrapper `optional:"true"`
}

// InvokeSetEmissionSinks registers the sinks: first those named in the config's sink_order,
// then the others in module-name order, so the order never depends on map iteration.
func InvokeSetEmissionSinks(in SinkInputs) error {
	names := make([]string, 0, len(in.Sinks))
	for name := range in.Sinks {
		names = append(names, name)
	}
	slices.Sort(names)
	ordered := make([]string, 0, len(names))
	for _, name := range in.Config.SinkOrder {
		if _, ok := in.Sinks[name]; !ok {
			return fmt.Errorf("x/rewards: sink_order names %q, which provides no emission sink", name)
		}
		ordered = append(ordered, name)
	}
	for _, name := range names {
		if !slices.Contains(ordered, name) {
			ordered = append(ordered, name)
		}
	}
	sinks := make([]keeper.NamedSink, 0, len(ordered))
	for _, name := range ordered {
		sinks = append(sinks, keeper.NamedSink{Module: name, Sink: in.Sinks[name].EmissionSink})
	}
	in.Keeper.SetEmissionSinks(sinks...)
	return nil
}

// WithdrawerInputs takes the bridge's keeper, if the app runs x/bridge (it implements
// types.Withdrawer; x/rewards does not import it).
type WithdrawerInputs struct {
	depinject.In

	Keeper     keeper.Keeper
	Withdrawer types.Withdrawer `optional:"true"`
}

// InvokeSetWithdrawer registers the bridge that claims to Base go through; without one they
// are refused.
func InvokeSetWithdrawer(in WithdrawerInputs) error {
	if in.Withdrawer != nil {
		in.Keeper.SetWithdrawer(in.Withdrawer)
	}
	return nil
}
