package keeper_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/flockchain/flock/x/rewards"
	"github.com/flockchain/flock/x/rewards/keeper"
	"github.com/flockchain/flock/x/rewards/types"
)

const denom = "aflock"

var (
	t0    = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	flock = math.NewIntWithDecimal(1, 18)
)

func F(n int64) math.Int { return flock.MulRaw(n) }

func coin(a math.Int) sdk.Coin { return sdk.NewCoin(denom, a) }

// fakeBank keeps balances in its own KV store, so a cached context that is dropped drops
// its transfers too, as with x/bank; an overdraft changes nothing.
type fakeBank struct {
	ctx      func() sdk.Context // the fixture's current context, for test-side reads and writes
	balances collections.Map[string, math.Int]
}

func newFakeBank(key *storetypes.KVStoreKey) *fakeBank {
	sb := collections.NewSchemaBuilder(runtime.NewKVStoreService(key))
	b := &fakeBank{balances: collections.NewMap(sb, collections.NewPrefix(0), "balances", collections.StringKey, sdk.IntValue)}
	if _, err := sb.Build(); err != nil {
		panic(err)
	}
	return b
}

func (b *fakeBank) balAt(ctx context.Context, addr sdk.AccAddress) math.Int {
	v, err := b.balances.Get(ctx, addr.String())
	if err != nil {
		return math.ZeroInt()
	}
	return v
}

// bal reads a balance at the fixture's current state.
func (b *fakeBank) bal(addr sdk.AccAddress) math.Int { return b.balAt(b.ctx(), addr) }

// set writes a balance at the fixture's current state.
func (b *fakeBank) set(addr sdk.AccAddress, amount math.Int) {
	if err := b.balances.Set(b.ctx(), addr.String(), amount); err != nil {
		panic(err)
	}
}

func (b *fakeBank) move(ctx context.Context, from, to sdk.AccAddress, amt sdk.Coins) error {
	for _, c := range amt {
		if c.Denom != denom {
			return fmt.Errorf("%s: %w", c, sdkerrors.ErrInsufficientFunds)
		}
		if b.balAt(ctx, from).LT(c.Amount) {
			return fmt.Errorf("spendable balance %s%s is smaller than %s: %w", b.balAt(ctx, from), denom, c, sdkerrors.ErrInsufficientFunds)
		}
	}
	for _, c := range amt {
		if err := b.balances.Set(ctx, from.String(), b.balAt(ctx, from).Sub(c.Amount)); err != nil {
			return err
		}
		if err := b.balances.Set(ctx, to.String(), b.balAt(ctx, to).Add(c.Amount)); err != nil {
			return err
		}
	}
	return nil
}

func modAddr(name string) sdk.AccAddress { return authtypes.NewModuleAddress(name) }

func (b *fakeBank) GetBalance(ctx context.Context, addr sdk.AccAddress, d string) sdk.Coin {
	if d != denom {
		return sdk.NewCoin(d, math.ZeroInt())
	}
	return coin(b.balAt(ctx, addr))
}

func (b *fakeBank) SendCoinsFromAccountToModule(ctx context.Context, from sdk.AccAddress, mod string, amt sdk.Coins) error {
	return b.move(ctx, from, modAddr(mod), amt)
}

func (b *fakeBank) SendCoinsFromModuleToAccount(ctx context.Context, mod string, to sdk.AccAddress, amt sdk.Coins) error {
	return b.move(ctx, modAddr(mod), to, amt)
}

func (b *fakeBank) SendCoinsFromModuleToModule(ctx context.Context, from, to string, amt sdk.Coins) error {
	return b.move(ctx, modAddr(from), modAddr(to), amt)
}

type fakeAuth struct{}

func (fakeAuth) GetModuleAddress(name string) sdk.AccAddress { return modAddr(name) }
func (fakeAuth) GetModuleAccount(_ context.Context, name string) sdk.ModuleAccountI {
	return authtypes.NewEmptyModuleAccount(name)
}

// fakeSink is a module with items that earn emission; it records every credit.
type fakeSink struct {
	category types.Category
	items    []types.EmissionItem
	listErr  error
	// onList runs when the sink lists its items (a sink may write then: it starts its next
	// stake·time window).
	onList   func(ctx context.Context)
	refuse   map[uint64]bool
	credited map[uint64]math.Int
}

func newSink(c types.Category, items ...types.EmissionItem) *fakeSink {
	return &fakeSink{category: c, items: items, refuse: map[uint64]bool{}, credited: map[uint64]math.Int{}}
}

func (s *fakeSink) EmissionCategory() types.Category { return s.category }
func (s *fakeSink) EmissionItems(ctx context.Context) ([]types.EmissionItem, error) {
	if s.onList != nil {
		s.onList(ctx)
	}
	return s.items, s.listErr
}

func (s *fakeSink) CreditEmission(_ context.Context, _, id uint64, amount math.Int) error {
	if s.refuse[id] {
		return errors.New("item closed")
	}
	prev, ok := s.credited[id]
	if !ok {
		prev = math.ZeroInt()
	}
	s.credited[id] = prev.Add(amount)
	return nil
}

func (s *fakeSink) total() math.Int {
	t := math.ZeroInt()
	for _, v := range s.credited {
		t = t.Add(v)
	}
	return t
}

type fixture struct {
	ctx       sdk.Context
	k         keeper.Keeper
	bank      *fakeBank
	msg       types.MsgServer
	query     types.QueryServer
	authority string
}

func newFixture(t testing.TB, params func(*types.Params)) *fixture {
	t.Helper()
	key, bankKey := storetypes.NewKVStoreKey(types.StoreKey), storetypes.NewKVStoreKey("bank")
	ctx := testutil.DefaultContextWithKeys(
		map[string]*storetypes.KVStoreKey{types.StoreKey: key, "bank": bankKey},
		map[string]*storetypes.TransientStoreKey{"transient": storetypes.NewTransientStoreKey("transient")}, nil,
	).WithBlockTime(t0).WithBlockHeight(1)
	enc := moduletestutil.MakeTestEncodingConfig(rewards.AppModule{})
	authority := modAddr("gov").String()
	bank := newFakeBank(bankKey)
	k := keeper.NewKeeper(enc.Codec, runtime.NewKVStoreService(key),
		addresscodec.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix()), fakeAuth{}, bank, authority, denom)

	gs := types.DefaultGenesis()
	gs.Params.EpochDuration = time.Hour
	gs.Params.EpochEmission = F(1000)
	gs.Params.Decay = math.LegacyNewDecWithPrec(5, 1)
	gs.Params.DecayInterval = 2
	if params != nil {
		params(&gs.Params)
	}
	require.NoError(t, k.InitGenesis(ctx, gs))
	f := &fixture{ctx: ctx, k: k, bank: bank, msg: keeper.NewMsgServerImpl(k), query: keeper.NewQueryServerImpl(k), authority: authority}
	bank.ctx = func() sdk.Context { return f.ctx }
	t.Cleanup(func() { f.requireConserved(t) })
	return f
}

// block runs BeginBlock of the next block, dt after the current one, with fresh events.
func (f *fixture) block(t testing.TB, dt time.Duration) {
	t.Helper()
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(dt)).WithBlockHeight(f.ctx.BlockHeight() + 1).WithEventManager(sdk.NewEventManager())
	require.NoError(t, f.k.BeginBlocker(f.ctx))
	f.requireConserved(t)
}

// requireConserved is the module invariant, checked after every block and scenario.
func (f *fixture) requireConserved(t testing.TB) {
	t.Helper()
	require.NoError(t, f.k.CheckBalance(f.ctx))
}

func (f *fixture) account(name string, flocks int64) sdk.AccAddress {
	addr := sdk.AccAddress(fmt.Sprintf("%-20s", name))
	f.bank.set(addr, F(flocks))
	return addr
}

func (f *fixture) fund(t testing.TB, amount math.Int) {
	t.Helper()
	funder := f.account("funder", 0)
	f.bank.set(funder, amount)
	_, err := f.msg.FundPool(f.ctx, &types.MsgFundPool{Funder: funder.String(), Amount: coin(amount)})
	require.NoError(t, err)
}

func (f *fixture) pool(t testing.TB) *types.QueryPoolResponse {
	t.Helper()
	res, err := f.query.Pool(f.ctx, &types.QueryPoolRequest{})
	require.NoError(t, err)
	return res
}

func (f *fixture) record(t *testing.T, n uint64) types.EpochRecord {
	t.Helper()
	res, err := f.query.Epoch(f.ctx, &types.QueryEpochRequest{Number: n})
	require.NoError(t, err)
	return res.Epoch
}

func item(id uint64, w math.Int) types.EmissionItem { return types.EmissionItem{ID: id, Weight: w} }

// events returns the typed events of a kind emitted in the current block.
func eventsOf(ctx sdk.Context, kind string) []sdk.Event {
	var out []sdk.Event
	for _, e := range ctx.EventManager().Events() {
		if e.Type == kind {
			out = append(out, e)
		}
	}
	return out
}
