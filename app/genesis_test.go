package app_test

import (
	"encoding/json"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
)

func TestDefaultGenesisSpeaksAflock(t *testing.T) {
	a := apptest.NewApp(t)
	cdc := a.AppCodec()
	genesis := a.DefaultGenesis()
	require.NoError(t, a.BasicManager().ValidateGenesis(cdc, a.TxConfig(), genesis))

	var staking stakingtypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[stakingtypes.ModuleName], &staking)
	require.Equal(t, app.BondDenom, staking.Params.BondDenom)
	require.Equal(t, app.DefaultMinCommissionRate, staking.Params.MinCommissionRate)

	var gov govv1.GenesisState
	cdc.MustUnmarshalJSON(genesis["gov"], &gov)
	require.Equal(t, sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(1_000))), sdk.NewCoins(gov.Params.MinDeposit...))
	require.Equal(t, sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(5_000))), sdk.NewCoins(gov.Params.ExpeditedMinDeposit...))

	var bank banktypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[banktypes.ModuleName], &bank)
	require.Equal(t, []banktypes.Metadata{app.FlockDenomMetadata()}, bank.DenomMetadata)
	require.NoError(t, app.FlockDenomMetadata().Validate())

	_, hasMint := genesis["mint"]
	require.False(t, hasMint, "the chain has no x/mint")
}

// TestValidateGenesisRejects covers the Flock rules on top of the SDK's own validation:
// each broken genesis is refused with a message naming the bad value and the expected one.
func TestValidateGenesisRejects(t *testing.T) {
	a := apptest.NewApp(t)
	cdc := a.AppCodec()

	cases := []struct {
		name    string
		mutate  func(map[string]json.RawMessage)
		wantErr []string
	}{
		{
			name: "bond denom other than aflock",
			mutate: func(g map[string]json.RawMessage) {
				var s stakingtypes.GenesisState
				cdc.MustUnmarshalJSON(g[stakingtypes.ModuleName], &s)
				s.Params.BondDenom = "stake"
				g[stakingtypes.ModuleName] = cdc.MustMarshalJSON(&s)
			},
			wantErr: []string{`"stake"`, `"aflock"`},
		},
		{
			name: "gov deposit in another denom",
			mutate: func(g map[string]json.RawMessage) {
				var s govv1.GenesisState
				cdc.MustUnmarshalJSON(g["gov"], &s)
				s.Params.MinDeposit = sdk.NewCoins(sdk.NewInt64Coin("uatom", 10))
				g["gov"] = cdc.MustMarshalJSON(&s)
			},
			wantErr: []string{"10uatom", `"aflock"`},
		},
		{
			name: "no aflock metadata",
			mutate: func(g map[string]json.RawMessage) {
				var s banktypes.GenesisState
				cdc.MustUnmarshalJSON(g[banktypes.ModuleName], &s)
				s.DenomMetadata = nil
				g[banktypes.ModuleName] = cdc.MustMarshalJSON(&s)
			},
			wantErr: []string{"no denom metadata for aflock"},
		},
		{
			name: "aflock shown with 6 decimals",
			mutate: func(g map[string]json.RawMessage) {
				var s banktypes.GenesisState
				cdc.MustUnmarshalJSON(g[banktypes.ModuleName], &s)
				s.DenomMetadata[0].DenomUnits[1].Exponent = 6
				g[banktypes.ModuleName] = cdc.MustMarshalJSON(&s)
			},
			wantErr: []string{"exponent 18"},
		},
		{
			name: "malformed staking section",
			mutate: func(g map[string]json.RawMessage) {
				g[stakingtypes.ModuleName] = json.RawMessage(`{"params":`)
			},
			wantErr: []string{"staking"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			genesis := a.DefaultGenesis()
			tc.mutate(genesis)
			err := a.BasicManager().ValidateGenesis(cdc, a.TxConfig(), genesis)
			require.Error(t, err)
			for _, want := range tc.wantErr {
				require.Contains(t, err.Error(), want)
			}
		})
	}
}

// TestInitChainRefusesForeignBondDenom: a node given a genesis that bonds another denom
// stops at InitChain with the reason, before any module writes state.
func TestInitChainRefusesForeignBondDenom(t *testing.T) {
	a := apptest.NewApp(t)
	cdc := a.AppCodec()
	genesis := a.DefaultGenesis()
	var s stakingtypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[stakingtypes.ModuleName], &s)
	s.Params.BondDenom = "stake"
	genesis[stakingtypes.ModuleName] = cdc.MustMarshalJSON(&s)
	stateBytes, err := json.Marshal(genesis)
	require.NoError(t, err)

	_, err = a.InitChain(&abci.RequestInitChain{
		ChainId:         apptest.ChainID,
		ConsensusParams: simtestutil.DefaultConsensusParams,
		AppStateBytes:   stateBytes,
		InitialHeight:   1,
	})
	require.ErrorContains(t, err, `staking bond denom is "stake", expected "aflock"`)
	require.Zero(t, a.LastBlockHeight())
}
