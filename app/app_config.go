package app

import (
	runtimev1alpha1 "cosmossdk.io/api/cosmos/app/runtime/v1alpha1"
	appv1alpha1 "cosmossdk.io/api/cosmos/app/v1alpha1"
	authmodulev1 "cosmossdk.io/api/cosmos/auth/module/v1"
	authzmodulev1 "cosmossdk.io/api/cosmos/authz/module/v1"
	bankmodulev1 "cosmossdk.io/api/cosmos/bank/module/v1"
	consensusmodulev1 "cosmossdk.io/api/cosmos/consensus/module/v1"
	distrmodulev1 "cosmossdk.io/api/cosmos/distribution/module/v1"
	evidencemodulev1 "cosmossdk.io/api/cosmos/evidence/module/v1"
	feegrantmodulev1 "cosmossdk.io/api/cosmos/feegrant/module/v1"
	genutilmodulev1 "cosmossdk.io/api/cosmos/genutil/module/v1"
	govmodulev1 "cosmossdk.io/api/cosmos/gov/module/v1"
	slashingmodulev1 "cosmossdk.io/api/cosmos/slashing/module/v1"
	stakingmodulev1 "cosmossdk.io/api/cosmos/staking/module/v1"
	txconfigv1 "cosmossdk.io/api/cosmos/tx/config/v1"
	upgrademodulev1 "cosmossdk.io/api/cosmos/upgrade/module/v1"
	"cosmossdk.io/depinject"
	"cosmossdk.io/depinject/appconfig"
	_ "cosmossdk.io/x/evidence" // registers the module with depinject
	evidencetypes "cosmossdk.io/x/evidence/types"
	"cosmossdk.io/x/feegrant"
	_ "cosmossdk.io/x/feegrant/module" // registers the module with depinject
	_ "cosmossdk.io/x/upgrade"         // registers the module with depinject
	upgradetypes "cosmossdk.io/x/upgrade/types"

	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/types/module"
	_ "github.com/cosmos/cosmos-sdk/x/auth" // registers the module with depinject
	_ "github.com/cosmos/cosmos-sdk/x/auth/tx/config"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/authz"
	_ "github.com/cosmos/cosmos-sdk/x/authz/module" // registers the module with depinject
	_ "github.com/cosmos/cosmos-sdk/x/bank"         // registers the module with depinject
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	_ "github.com/cosmos/cosmos-sdk/x/consensus" // registers the module with depinject
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	_ "github.com/cosmos/cosmos-sdk/x/distribution" // registers the module with depinject
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	_ "github.com/cosmos/cosmos-sdk/x/genutil" // registers the module with depinject
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	_ "github.com/cosmos/cosmos-sdk/x/gov" // registers the module with depinject
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	_ "github.com/cosmos/cosmos-sdk/x/slashing" // registers the module with depinject
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	_ "github.com/cosmos/cosmos-sdk/x/staking" // registers the module with depinject
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	alliancemodulev1 "github.com/flockchain/flock/api/flock/alliance/module/v1"
	arenamodulev1 "github.com/flockchain/flock/api/flock/arena/module/v1"
	bridgemodulev1 "github.com/flockchain/flock/api/flock/bridge/module/v1"
	rewardsmodulev1 "github.com/flockchain/flock/api/flock/rewards/module/v1"
	_ "github.com/flockchain/flock/x/alliance" // registers the module with depinject
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
	_ "github.com/flockchain/flock/x/arena" // registers the module with depinject
	arenatypes "github.com/flockchain/flock/x/arena/types"
	_ "github.com/flockchain/flock/x/bridge" // registers the module with depinject
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
	_ "github.com/flockchain/flock/x/rewards" // registers the module with depinject
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// The Flock modules (x/rewards now; x/arena, x/alliance, x/marketplace, x/bridge as their
// issues land) are wired into the lists below. Ordering decided here:
//   - x/rewards runs emission in BeginBlock; the work modules finalise results in EndBlock
//     and hand their payouts to x/rewards, so payouts are claimable in the same block.
//   - x/bridge mints and burns: the only Flock module with Minter/Burner rights.

var (
	// moduleAccPerms lists every module account and what it may do. There is deliberately no
	// x/mint account and no Minter permission among the SDK modules: the chain never creates
	// unbacked FLOCK (docs/architecture.md); validators are paid from fees.
	moduleAccPerms = []*authmodulev1.ModuleAccountPermission{
		{Account: authtypes.FeeCollectorName},
		{Account: distrtypes.ModuleName},
		{Account: stakingtypes.BondedPoolName, Permissions: []string{authtypes.Burner, stakingtypes.ModuleName}},
		{Account: stakingtypes.NotBondedPoolName, Permissions: []string{authtypes.Burner, stakingtypes.ModuleName}},
		{Account: govtypes.ModuleName, Permissions: []string{authtypes.Burner}},
		// x/rewards holds the pool, claimable rewards and queued credits; it never mints
		{Account: rewardstypes.ModuleName},
		// x/arena escrows task stakes, participants' stakes, delegations and task pools
		{Account: arenatypes.ModuleName},
		// x/bridge mints deposits from Base and burns withdrawals to Base: the only Flock
		// module that may; it holds nothing between messages
		{Account: bridgetypes.ModuleName, Permissions: []string{authtypes.Minter, authtypes.Burner}},
		// x/alliance escrows participants' stakes and alliance reward pools
		{Account: alliancetypes.ModuleName},
		// to come: marketplace escrow
	}

	// blockedModuleAccounts may not receive funds from users through bank sends. Module
	// accounts that are funded by users through their own messages (gov deposits, the
	// custom escrows) are reached through the module's keeper, never by a plain send.
	blockedModuleAccounts = []string{
		authtypes.FeeCollectorName,
		distrtypes.ModuleName,
		stakingtypes.BondedPoolName,
		stakingtypes.NotBondedPoolName,
		// the pool is funded through MsgFundPool, so every aflock in it is accounted for
		rewardstypes.ModuleName,
		arenatypes.ModuleName,
		alliancetypes.ModuleName,
		bridgetypes.ModuleName,
	}

	// preBlockers run before BeginBlock; upgrade must be first so a planned upgrade halts or
	// migrates before anything else touches state.
	preBlockers = []string{
		upgradetypes.ModuleName,
		authtypes.ModuleName,
	}

	beginBlockers = []string{
		// distribution before slashing so the validator fee pool is settled first.
		distrtypes.ModuleName,
		slashingtypes.ModuleName,
		evidencetypes.ModuleName,
		stakingtypes.ModuleName,
		authz.ModuleName,
		// epoch boundary, emission split and crediting of queued credits
		rewardstypes.ModuleName,
	}

	endBlockers = []string{
		govtypes.ModuleName,
		stakingtypes.ModuleName,
		feegrant.ModuleName,
		// bounded finalisation and payouts to x/rewards; x/marketplace to come
		arenatypes.ModuleName,
		alliancetypes.ModuleName,
		// x/bridge: attested events, valsets and settlements, after staking has applied power
		// changes; last, so it books what other modules burned this block.
		bridgetypes.ModuleName,
	}

	// initGenesis: genutil after staking (gentxs delegate) and after auth and bank (accounts
	// and balances exist).
	initGenesis = []string{
		authtypes.ModuleName,
		banktypes.ModuleName,
		distrtypes.ModuleName,
		stakingtypes.ModuleName,
		slashingtypes.ModuleName,
		govtypes.ModuleName,
		genutiltypes.ModuleName,
		evidencetypes.ModuleName,
		authz.ModuleName,
		feegrant.ModuleName,
		upgradetypes.ModuleName,
		consensustypes.ModuleName,
		// the Flock modules come after bank: their genesis checks the balances of their
		// module accounts. To come: x/marketplace.
		rewardstypes.ModuleName,
		arenatypes.ModuleName,
		alliancetypes.ModuleName,
		// last: it refuses a genesis whose supply its backing ledger does not account for
		bridgetypes.ModuleName,
	}
)

// AppConfig is the depinject configuration of the whole application.
func AppConfig() depinject.Config {
	return depinject.Configs(
		appconfig.Compose(&appv1alpha1.Config{
			Modules: []*appv1alpha1.ModuleConfig{
				{
					Name: runtime.ModuleName,
					Config: appconfig.WrapAny(&runtimev1alpha1.Module{
						AppName:       AppName,
						PreBlockers:   preBlockers,
						BeginBlockers: beginBlockers,
						EndBlockers:   endBlockers,
						InitGenesis:   initGenesis,
						OverrideStoreKeys: []*runtimev1alpha1.StoreKeyConfig{
							{ModuleName: authtypes.ModuleName, KvStoreKey: "acc"},
						},
					}),
				},
				{
					Name: authtypes.ModuleName,
					Config: appconfig.WrapAny(&authmodulev1.Module{
						Bech32Prefix:             Bech32PrefixAccAddr,
						ModuleAccountPermissions: moduleAccPerms,
					}),
				},
				{
					Name: banktypes.ModuleName,
					Config: appconfig.WrapAny(&bankmodulev1.Module{
						BlockedModuleAccountsOverride: blockedModuleAccounts,
					}),
				},
				{
					Name: stakingtypes.ModuleName,
					Config: appconfig.WrapAny(&stakingmodulev1.Module{
						Bech32PrefixValidator: Bech32PrefixValAddr,
						Bech32PrefixConsensus: Bech32PrefixConsAddr,
					}),
				},
				{Name: slashingtypes.ModuleName, Config: appconfig.WrapAny(&slashingmodulev1.Module{})},
				{Name: distrtypes.ModuleName, Config: appconfig.WrapAny(&distrmodulev1.Module{})},
				{Name: govtypes.ModuleName, Config: appconfig.WrapAny(&govmodulev1.Module{})},
				{Name: consensustypes.ModuleName, Config: appconfig.WrapAny(&consensusmodulev1.Module{})},
				{Name: genutiltypes.ModuleName, Config: appconfig.WrapAny(&genutilmodulev1.Module{})},
				{Name: upgradetypes.ModuleName, Config: appconfig.WrapAny(&upgrademodulev1.Module{})},
				{Name: evidencetypes.ModuleName, Config: appconfig.WrapAny(&evidencemodulev1.Module{})},
				{Name: authz.ModuleName, Config: appconfig.WrapAny(&authzmodulev1.Module{})},
				{Name: feegrant.ModuleName, Config: appconfig.WrapAny(&feegrantmodulev1.Module{})},
				{Name: "tx", Config: appconfig.WrapAny(&txconfigv1.Config{})},
				{Name: rewardstypes.ModuleName, Config: appconfig.WrapAny(&rewardsmodulev1.Module{Denom: BondDenom})},
				{Name: arenatypes.ModuleName, Config: appconfig.WrapAny(&arenamodulev1.Module{Denom: BondDenom})},
				{Name: alliancetypes.ModuleName, Config: appconfig.WrapAny(&alliancemodulev1.Module{Denom: BondDenom})},
				{Name: bridgetypes.ModuleName, Config: appconfig.WrapAny(&bridgemodulev1.Module{Denom: BondDenom})},
			},
		}),
		// The genesis-facing basics of staking, gov, bank and genutil are replaced so that
		// `flockd init`, `genesis validate` and the test network speak aflock (genesis.go).
		depinject.Supply(customModuleBasics()),
	)
}

// customModuleBasics returns the module basics that override the SDK's genesis defaults.
func customModuleBasics() map[string]module.AppModuleBasic {
	return map[string]module.AppModuleBasic{
		stakingtypes.ModuleName: stakingBasic{},
		govtypes.ModuleName:     govBasic{},
		banktypes.ModuleName:    bankBasic{},
		genutiltypes.ModuleName: genutilBasic(),
	}
}
