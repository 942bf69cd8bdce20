// Package apptest builds a flockd app in memory, past genesis, for keeper and app tests that
// need the real wiring but no network: one bonded validator, funded accounts, and a clock
// advanced block by block.
package apptest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log"

	"github.com/cosmos/cosmos-sdk/baseapp"
	cryptocodec "github.com/cosmos/cosmos-sdk/crypto/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/flockchain/flock/app"
)

// ChainID of in-memory test apps.
const ChainID = "flock-test-1"

// GenesisTime is the block time of the first block, so tests read fixed timestamps.
var GenesisTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// ValidatorBond is what the single genesis validator has bonded.
var ValidatorBond = app.Flock(1_000)

// Fixture is an app that has gone through genesis and its first block.
type Fixture struct {
	App      *app.App
	Operator sdk.AccAddress // the (first) genesis validator's operator account
	// Validators are the genesis validators of SetupValidators, with their keys (empty after Setup).
	Validators []Validator
	valSet     *cmttypes.ValidatorSet
	header     cmtproto.Header // of the last committed block
	events     []abci.Event    // of the last block committed
}

// NewApp returns a fresh, empty app on an in-memory database.
func NewApp(t testing.TB) *app.App {
	t.Helper()
	a, err := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, true, simtestutil.EmptyAppOptions{}, baseapp.SetChainID(ChainID))
	require.NoError(t, err)
	return a
}

// Setup initialises the chain with one bonded validator and the given balances, and
// commits block 1 at GenesisTime.
func Setup(t testing.TB, balances ...banktypes.Balance) *Fixture {
	t.Helper()
	a := NewApp(t)

	consKey := ed25519.GenPrivKey()
	cmtPub, err := cryptocodec.ToCmtPubKeyInterface(consKey.PubKey())
	require.NoError(t, err)
	valSet := cmttypes.NewValidatorSet([]*cmttypes.Validator{cmttypes.NewValidator(cmtPub, 1)})
	operator := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())

	genesis := GenesisWithValidator(t, a, consKey.PubKey(), operator, balances...)
	stateBytes, err := json.Marshal(genesis)
	require.NoError(t, err)
	return start(t, &Fixture{App: a, Operator: operator, valSet: valSet}, stateBytes, 1)
}

// Restart starts a new chain from an export of another one, as `flockd export` followed by
// a genesis restart would, and commits its first block.
func Restart(t testing.TB, exported servertypes.ExportedApp) *Fixture {
	t.Helper()
	a := NewApp(t)
	vals := make([]*cmttypes.Validator, 0, len(exported.Validators))
	for _, v := range exported.Validators {
		vals = append(vals, cmttypes.NewValidator(v.PubKey, v.Power))
	}
	return start(t, &Fixture{App: a, valSet: cmttypes.NewValidatorSet(vals)}, exported.AppState, max(exported.Height, 1))
}

// start runs InitChain on f.App with appState at GenesisTime and commits the first block,
// at initialHeight.
func start(t testing.TB, f *Fixture, appState []byte, initialHeight int64) *Fixture {
	t.Helper()
	_, err := f.App.InitChain(&abci.RequestInitChain{
		ChainId:         ChainID,
		Time:            GenesisTime,
		ConsensusParams: simtestutil.DefaultConsensusParams,
		AppStateBytes:   appState,
		InitialHeight:   initialHeight,
	})
	require.NoError(t, err)
	f.block(t, initialHeight, GenesisTime, nil, false)
	return f
}

// GenesisWithValidator returns the app's default genesis with one bonded validator, whose
// self-delegation comes from operator, and the given balances. Defaults the app sets (bond
// denom, denom metadata, gov deposits) are kept.
func GenesisWithValidator(t testing.TB, a *app.App, consPub cryptotypes.PubKey, operator sdk.AccAddress, balances ...banktypes.Balance) map[string]json.RawMessage {
	t.Helper()
	return GenesisWithValidators(t, a, []GenesisValidator{{ConsPub: consPub, Operator: operator, Tokens: ValidatorBond}}, balances...)
}

// Context returns a context on the committed state at the last block.
func (f *Fixture) Context() sdk.Context {
	return f.App.NewUncachedContext(false, f.header)
}

// Advance finalises and commits the next block, dt after the previous one, and returns a
// context on the new state.
func (f *Fixture) Advance(t testing.TB, dt time.Duration) sdk.Context {
	t.Helper()
	f.next(t, dt, nil, false)
	return f.Context()
}

// DuringBlock finalises the next block, dt after the previous one, and runs fn on that
// block's state before the commit, the way the SDK simulator runs its operations. What fn
// writes (transactions delivered with BaseApp.SimDeliver included) is visible inside fn
// only: FinalizeBlock has already written the block, so it is not committed. Use it to
// check the effect of simulation operations; use Advance for state that must persist.
func (f *Fixture) DuringBlock(t testing.TB, dt time.Duration, fn func(ctx sdk.Context)) {
	t.Helper()
	f.next(t, dt, fn, false)
}

// SimulateBlock is DuringBlock whose writes persist: after fn it calls BaseApp.SimWriteState,
// which writes the block's state (FinalizeBlock's and fn's, SimDeliver'd transactions
// included) to the root store before Commit, as simulation.SimulateFromSeed does. The app
// hash FinalizeBlock returned does not cover fn's writes; the next block's header carries
// the committed one. Use it to drive simulation operations across blocks.
func (f *Fixture) SimulateBlock(t testing.TB, dt time.Duration, fn func(ctx sdk.Context)) sdk.Context {
	t.Helper()
	f.next(t, dt, fn, true)
	return f.Context()
}

// next is block for the height after the last one, dt after it.
func (f *Fixture) next(t testing.TB, dt time.Duration, fn func(ctx sdk.Context), persist bool) {
	t.Helper()
	f.block(t, f.App.LastBlockHeight()+1, f.header.Time.Add(dt), fn, persist)
}

// block finalises a block, runs fn (if any) on its state, writes that state to the root store
// again if persist (fn's writes are lost otherwise), and commits.
func (f *Fixture) block(t testing.TB, height int64, blockTime time.Time, fn func(ctx sdk.Context), persist bool) {
	t.Helper()
	// a distinct header hash per height, as modules seed their randomness from it
	hash := sha256.Sum256(binary.BigEndian.AppendUint64(nil, uint64(height)))
	res, err := f.App.FinalizeBlock(&abci.RequestFinalizeBlock{
		Height:             height,
		Time:               blockTime,
		Hash:               hash[:],
		NextValidatorsHash: f.valSet.Hash(),
	})
	require.NoError(t, err)
	if fn != nil {
		fn(f.App.NewContextLegacy(false, cmtproto.Header{ChainID: ChainID, Height: height, Time: blockTime}))
	}
	if persist {
		f.App.SimWriteState()
	}
	f.events = res.Events
	_, err = f.App.Commit()
	require.NoError(t, err)
	f.header = cmtproto.Header{ChainID: ChainID, Height: height, Time: blockTime, AppHash: f.App.LastCommitID().Hash}
}

// LastEvents are the events of the Begin and EndBlock of the last block committed.
func (f *Fixture) LastEvents() []abci.Event { return f.events }

// Balance is a genesis balance.
type Balance = banktypes.Balance

// Fund returns a genesis balance of n FLOCK for addr.
func Fund(addr sdk.AccAddress, n int64) banktypes.Balance {
	return banktypes.Balance{Address: addr.String(), Coins: sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(n)))}
}
