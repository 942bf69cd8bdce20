package app_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	arenamodulev1 "github.com/flockchain/flock/api/flock/arena/module/v1"
	rewardsmodulev1 "github.com/flockchain/flock/api/flock/rewards/module/v1"
	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena"
	"github.com/flockchain/flock/x/rewards"
)

func newAddr() sdk.AccAddress { return sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()) }

func TestAddressesUseFlockPrefixes(t *testing.T) {
	addr := newAddr()
	require.Regexp(t, `^flock1[0-9a-z]{38}$`, addr.String())
	require.Regexp(t, `^flockvaloper1`, sdk.ValAddress(addr).String())
	require.Regexp(t, `^flockvalcons1`, sdk.ConsAddress(addr).String())
	require.Equal(t, app.OneFlock, sdk.DefaultPowerReduction, "one unit of voting power is one FLOCK")
}

// TestNoUnbackedMinting: no module may mint, and blocks pass without the supply moving.
func TestNoUnbackedMinting(t *testing.T) {
	f := apptest.Setup(t, apptest.Fund(newAddr(), 10_000))
	ctx := f.Context()

	_, hasMint := f.App.ModuleManager.Modules["mint"]
	require.False(t, hasMint)
	for _, name := range []string{"fee_collector", "distribution", "bonded_tokens_pool", "not_bonded_tokens_pool", "gov", "rewards", "arena", "alliance"} {
		acc := f.App.AccountKeeper.GetModuleAccount(ctx, name)
		require.NotNil(t, acc, name)
		require.False(t, acc.HasPermission(authtypes.Minter), "%s must not mint", name)
	}
	require.Nil(t, f.App.AccountKeeper.GetModuleAddress("mint"))

	supply := f.App.BankKeeper.GetSupply(ctx, app.BondDenom)
	require.Equal(t, app.Flock(10_000).Add(apptest.ValidatorBond), supply.Amount)
	for range 5 {
		ctx = f.Advance(t, time.Hour)
	}
	require.Equal(t, supply, f.App.BankKeeper.GetSupply(ctx, app.BondDenom), "blocks create no FLOCK")
}

// TestExportImportRoundTrip exports a running chain, starts a new chain from the export,
// and checks the second export equals the first, module by module.
func TestExportImportRoundTrip(t *testing.T) {
	f := apptest.Setup(t, apptest.Fund(newAddr(), 10_000), apptest.Fund(newAddr(), 7))
	f.Advance(t, 5*time.Second)

	exported, err := f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	require.Len(t, exported.Validators, 1)

	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	require.NoError(t, f.App.BasicManager().ValidateGenesis(f.App.AppCodec(), f.App.TxConfig(), state))

	restarted := apptest.Restart(t, exported)
	again, err := restarted.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var stateAgain map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(again.AppState, &stateAgain))
	require.Equal(t, len(state), len(stateAgain))
	for module, want := range state {
		require.JSONEq(t, string(want), string(stateAgain[module]), "module %s changed across export/import", module)
	}
}

func TestZeroHeightExportIsAValidGenesis(t *testing.T) {
	f := apptest.Setup(t, apptest.Fund(newAddr(), 100))
	f.Advance(t, 5*time.Second)

	exported, err := f.App.ExportAppStateAndValidators(true, nil, nil)
	require.NoError(t, err)
	require.Zero(t, exported.Height)
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	require.NoError(t, f.App.BasicManager().ValidateGenesis(f.App.AppCodec(), f.App.TxConfig(), state))
}

// TestFlockModulesTakeTheirDenomFromConfig: x/rewards and x/arena read their coin from the
// app config, not from the SDK's process-wide default, and refuse a config without one.
func TestFlockModulesTakeTheirDenomFromConfig(t *testing.T) {
	saved := sdk.DefaultBondDenom
	sdk.DefaultBondDenom = "stake"
	a := apptest.NewApp(t)
	sdk.DefaultBondDenom = saved
	require.Equal(t, app.BondDenom, a.RewardsKeeper.Denom())

	_, err := rewards.ProvideModule(rewards.ModuleInputs{Config: &rewardsmodulev1.Module{}})
	require.ErrorContains(t, err, `x/rewards: module config denom ""`)
	_, err = arena.ProvideModule(arena.ModuleInputs{Config: &arenamodulev1.Module{Denom: "1bad"}})
	require.ErrorContains(t, err, `x/arena: module config denom "1bad"`)
}
