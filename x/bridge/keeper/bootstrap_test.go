package keeper_test

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
)

// genesisRegistration is validator v's registration of its orchestrator, signed offline by its
// eth key for chainID, as `flockd genesis add-orchestrator` makes it.
func genesisRegistration(t *testing.T, chainID string, v apptest.Validator) types.MsgRegisterOrchestrator {
	sig, err := ethsig.Sign(types.RegistrationDigest(chainID, v.ValAddr, v.Orchestrator, v.EthAddress), v.EthKey)
	require.NoError(t, err)
	return types.MsgRegisterOrchestrator{
		Validator: v.ValAddr.String(), Orchestrator: v.Orchestrator.String(), EthAddress: v.EthAddress.Hex(), EthSignature: sig.Hex(),
	}
}

func genesisValidators(vals []apptest.Validator) []types.GenesisValidator {
	out := make([]types.GenesisValidator, len(vals))
	for i, v := range vals {
		out[i] = types.GenesisValidator{Operator: v.ValAddr.String(), Tokens: v.Tokens}
	}
	return out
}

// testDeployment is a deployment of FlockBridge holding vs.
func testDeployment(t *testing.T, vs types.Valset) types.BaseDeployment {
	cp, err := types.ParseHash("checkpoint", vs.Checkpoint)
	require.NoError(t, err)
	return types.BaseDeployment{
		ChainID: 845399, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Token: common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"), BridgeID: crypto.Keccak256Hash([]byte(apptest.ChainID)),
		DeployBlock: 7, ValsetNonce: vs.Nonce, ValsetCheckpoint: cp,
	}
}

// A chain bootstrapped with its genesis validators' orchestrators and Base's valset starts with
// exactly that: InitGenesis keeps it, the first blocks make no new valset (the genesis valset is
// the one EndBlock builds), an export gives it back, and orchestrators can attest at once.
func TestGenesisBootstrap(t *testing.T) {
	var (
		want types.GenesisState
		d    types.BaseDeployment
	)
	// unequal powers, and the last validator without an orchestrator: its power counts against
	// the quorum, as EndBlock counts it
	f := apptest.SetupValidatorsWith(t, apptest.Bonds(400, 300, 200, 100), func(cdc codec.JSONCodec, genesis map[string]json.RawMessage, vals []apptest.Validator) {
		var gs types.GenesisState
		require.NoError(t, cdc.UnmarshalJSON(genesis[types.ModuleName], &gs))
		gvals := genesisValidators(vals)
		for _, v := range vals[:3] {
			require.NoError(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, v)))
		}
		var staking stakingtypes.GenesisState
		require.NoError(t, cdc.UnmarshalJSON(genesis[stakingtypes.ModuleName], &staking))
		vs, err := types.GenesisValset(gvals, gs.Orchestrators, staking.Params.MaxValidators)
		require.NoError(t, err)
		require.Len(t, vs.Members, 3)
		d = testDeployment(t, vs)
		require.NoError(t, types.BootstrapBase(&gs, vs, d))
		want = gs
		genesis[types.ModuleName] = cdc.MustMarshalJSON(&gs)
	})
	k, ctx := f.App.BridgeKeeper, f.Context()

	var valsets []types.Valset
	for range 3 { // block 1 was committed by the fixture
		f.Advance(t, 0)
		valsets = nil
		require.NoError(t, k.Valsets.Walk(f.Context(), nil, func(_ uint64, v types.Valset) (bool, error) {
			valsets = append(valsets, v)
			return false, nil
		}))
		require.Equal(t, want.Valsets, valsets, "the genesis valset is the only one")
	}
	ctx = f.Context()
	bs, err := k.BaseState.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(1), bs.ActiveValsetNonce)
	require.Equal(t, want.Valsets[0].Checkpoint, bs.ActiveCheckpoint)
	require.Equal(t, d.DeployBlock, bs.LastBaseBlock)
	p, err := k.Params.Get(ctx)
	require.NoError(t, err)
	require.True(t, p.Configured())
	require.Equal(t, d.ChainID, p.BaseChainId)
	require.Equal(t, d.Bridge.Hex(), p.BridgeContract)
	require.Equal(t, d.Token.Hex(), p.TokenContract)
	require.Equal(t, types.HashString(d.BridgeID), p.BridgeId)
	require.Equal(t, d.ValsetNonce, bs.ActiveValsetNonce)
	require.Equal(t, types.HashString(d.ValsetCheckpoint), bs.ActiveCheckpoint)

	exported, err := k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.Equal(t, want.Params, exported.Params)
	require.ElementsMatch(t, want.Orchestrators, exported.Orchestrators)
	require.ElementsMatch(t, want.EthKeys, exported.EthKeys)
	require.ElementsMatch(t, want.AttestedNonces, exported.AttestedNonces)
	require.Len(t, exported.AttestedNonces, 3)
	require.Equal(t, want.Valsets, exported.Valsets)
	require.Equal(t, want.BaseState, exported.BaseState)

	// the members are the registered validators, at the powers BuildValset gives them
	bvs, err := want.Valsets[0].Bridge()
	require.NoError(t, err)
	require.Equal(t, types.HashString(bvs.Checkpoint()), bs.ActiveCheckpoint)
	require.Greater(t, bvs.TotalPower(), valset.PowerThreshold)

	// every registered orchestrator attests the first Base event with no further step, also
	// the last one, after the event was applied
	ev := depositEvent(1, f.Validators[3].Operator.String(), app.Flock(5))
	for _, v := range f.Validators[:3] {
		_, err = k.AttestEvents(ctx, v.Orchestrator, []types.BaseEvent{ev})
		require.NoError(t, err)
	}
	bs, err = k.BaseState.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(1), bs.LastEventNonce)
}

func TestGenesisBootstrapRefusals(t *testing.T) {
	vals := make([]apptest.Validator, 4)
	for i := range vals {
		vals[i] = apptest.NewValidator(i, app.Flock(100))
	}
	gvals := genesisValidators(vals[:3]) // vals[3] is not a genesis validator

	t.Run("signed for another chain", func(t *testing.T) {
		var gs types.GenesisState
		err := types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, "other-chain", vals[0]))
		require.ErrorIs(t, err, types.ErrWrongSigner)
		require.Contains(t, err.Error(), vals[0].EthAddress.Hex())
	})
	t.Run("not a genesis validator", func(t *testing.T) {
		var gs types.GenesisState
		err := types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, vals[3]))
		require.ErrorIs(t, err, types.ErrNotValidator)
		require.Contains(t, err.Error(), vals[3].ValAddr.String())
	})
	t.Run("keys one validator's", func(t *testing.T) {
		var gs types.GenesisState
		require.NoError(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, vals[0])))
		// validator 0 again
		require.ErrorIs(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, vals[0])), types.ErrKeyInUse)
		// validator 1 with validator 0's eth key
		v := vals[1]
		v.EthKey, v.EthAddress = vals[0].EthKey, vals[0].EthAddress
		err := types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, v))
		require.ErrorIs(t, err, types.ErrKeyInUse)
		require.Contains(t, err.Error(), vals[0].EthAddress.Hex())
		// validator 1 with validator 0's orchestrator account
		v = vals[1]
		v.Orchestrator = vals[0].Orchestrator
		require.ErrorIs(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, v)), types.ErrKeyInUse)
		require.Len(t, gs.Orchestrators, 1)
		require.Len(t, gs.EthKeys, 1)
	})
	t.Run("keys covering 2/3 or less", func(t *testing.T) {
		var gs types.GenesisState
		for _, v := range vals[:2] {
			require.NoError(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, v)))
		}
		_, err := types.GenesisValset(gvals, gs.Orchestrators, 100)
		require.ErrorIs(t, err, types.ErrInvalidGenesis)
		require.Contains(t, err.Error(), "66.66 %")
	})
	t.Run("deployed with another valset", func(t *testing.T) {
		gs := *types.DefaultGenesis()
		for _, v := range vals[:3] {
			require.NoError(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, v)))
		}
		vs, err := types.GenesisValset(gvals, gs.Orchestrators, 100)
		require.NoError(t, err)
		d := testDeployment(t, vs)
		d.ValsetCheckpoint = common.HexToHash("0x01")
		require.ErrorIs(t, types.BootstrapBase(&gs, vs, d), types.ErrInvalidGenesis)
		d = testDeployment(t, vs)
		d.Token = common.Address{}
		require.ErrorIs(t, types.BootstrapBase(&gs, vs, d), types.ErrInvalidGenesis)
		require.NoError(t, types.BootstrapBase(&gs, vs, testDeployment(t, vs)))
	})
	t.Run("genesis validation of registrations", func(t *testing.T) {
		gs := *types.DefaultGenesis()
		require.NoError(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, vals[0])))
		require.NoError(t, gs.Validate())
		gs.EthKeys = nil // an orchestrator whose key has no record
		require.ErrorIs(t, gs.Validate(), types.ErrInvalidGenesis)
	})
}

// Only the validators x/staking bonds count, in its order: with more genesis validators than
// max_validators the weakest is left out of the bonded total as well as the valset.
func TestGenesisValsetBondedSet(t *testing.T) {
	var gs types.GenesisState
	vals := make([]apptest.Validator, 3)
	for i := range vals {
		vals[i] = apptest.NewValidator(i, app.Flock(int64(300-100*i)))
	}
	gvals := genesisValidators(vals)
	for _, v := range vals {
		require.NoError(t, types.AddGenesisOrchestrator(&gs, apptest.ChainID, gvals, genesisRegistration(t, apptest.ChainID, v)))
	}
	vs, err := types.GenesisValset(gvals, gs.Orchestrators, 2)
	require.NoError(t, err)
	require.Len(t, vs.Members, 2)
	for _, m := range vs.Members {
		require.NotEqual(t, vals[2].ValAddr.String(), m.Validator)
	}
	bvs, err := vs.Bridge()
	require.NoError(t, err)
	// 300 and 200 of a bonded 500: the whole 2^32 less rounding
	require.InDelta(t, float64(valset.PowerTotal), float64(bvs.TotalPower()), 2)
}
