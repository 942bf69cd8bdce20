package apptest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
)

// TestSimulateBlockPersists pins the difference between the two ways to run code during a
// block: DuringBlock drops what fn wrote, SimulateBlock commits it.
func TestSimulateBlockPersists(t *testing.T) {
	from := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	to := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	f := apptest.Setup(t, apptest.Fund(from, 10))
	bank := f.App.BankKeeper
	one := sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(1)))
	send := func(ctx sdk.Context) { require.NoError(t, bank.SendCoins(ctx, from, to, one)) }

	f.DuringBlock(t, time.Second, send)
	require.True(t, bank.GetAllBalances(f.Context(), to).IsZero(), "DuringBlock committed fn's write")

	f.SimulateBlock(t, time.Second, send)
	ctx := f.Advance(t, time.Second) // and it outlives the next block
	require.Equal(t, one, bank.GetAllBalances(ctx, to), "SimulateBlock lost fn's write")
	require.Equal(t, int64(4), ctx.BlockHeight())
}
