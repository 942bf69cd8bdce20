package apptest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
)

// TestSetupValidators: every genesis validator is bonded with its tokens, keys are stable
// across runs and distinct across validators, power moves with a delegation, and a validator
// can be slashed and jailed through x/slashing (it has signing info).
func TestSetupValidators(t *testing.T) {
	whale := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	f := apptest.SetupValidators(t, apptest.Bonds(100, 200, 300, 400), apptest.Fund(whale, 1_000))
	ctx := f.Context()
	sk := f.App.StakingKeeper
	require.Len(t, f.Validators, 4)
	require.Equal(t, f.Validators[0].Operator, f.Operator)
	require.Equal(t, apptest.NewValidator(2, app.Flock(300)).EthAddress, f.Validators[2].EthAddress, "keys differ between runs")
	seen := map[string]bool{}
	for _, v := range f.Validators {
		for _, k := range []string{v.Operator.String(), v.Orchestrator.String(), v.EthAddress.Hex(), v.ConsAddr.String()} {
			require.False(t, seen[k], "key %s used twice", k)
			seen[k] = true
		}
		got, err := sk.GetValidator(ctx, v.ValAddr)
		require.NoError(t, err)
		require.True(t, got.IsBonded())
		require.Equal(t, v.Tokens, got.Tokens)
	}
	bonded, err := sk.GetBondedValidatorsByPower(ctx)
	require.NoError(t, err)
	require.Len(t, bonded, 4)
	require.Equal(t, f.Validators[3].ValAddr.String(), bonded[0].OperatorAddress, "highest power first")
	total, err := sk.TotalBondedTokens(ctx)
	require.NoError(t, err)
	require.Equal(t, app.Flock(1_000), total)

	f.Delegate(t, ctx, whale, f.Validators[0].ValAddr, app.Flock(50))
	got, err := sk.GetValidator(ctx, f.Validators[0].ValAddr)
	require.NoError(t, err)
	require.Equal(t, app.Flock(150), got.Tokens)
	total, err = sk.TotalBondedTokens(ctx)
	require.NoError(t, err)
	require.Equal(t, app.Flock(1_050), total)

	v := f.Validators[1]
	require.NoError(t, f.App.SlashingKeeper.Slash(ctx, v.ConsAddr, sdkmath.LegacyNewDecWithPrec(1, 1), 200, ctx.BlockHeight()))
	require.NoError(t, f.App.SlashingKeeper.Jail(ctx, v.ConsAddr))
	require.NoError(t, f.App.SlashingKeeper.JailUntil(ctx, v.ConsAddr, ctx.BlockTime().Add(time.Hour)))
	ctx = f.Advance(t, time.Second)
	got, err = sk.GetValidator(ctx, v.ValAddr)
	require.NoError(t, err)
	require.True(t, got.IsJailed())
	require.False(t, got.IsBonded(), "a jailed validator leaves the bonded set at EndBlock")
	require.Equal(t, app.Flock(180), got.Tokens, "10 % slashed")
}
