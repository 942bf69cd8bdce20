package keeper_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/keeper"
	"github.com/flockchain/flock/x/bridge/types"
)

// settleHarness drives the withdrawal queue and settlements on the full app (real bank, real
// EndBlock) and checks the backing invariant after every step.
type settleHarness struct {
	t  testing.TB
	f  *apptest.Fixture
	k  keeper.Keeper
	ms types.MsgServer
	q  types.QueryServer
}

func acct(name string) sdk.AccAddress { return sdk.AccAddress(fmt.Sprintf("%-20s", name)) }

func baseAddr(n int) common.Address {
	return common.BigToAddress(math.NewInt(int64(0x1000 + n)).BigInt())
}

func flk(n int64) math.Int { return app.Flock(n) }

func aflock(a math.Int) sdk.Coin { return sdk.NewCoin(app.BondDenom, a) }

// configured are params naming a bridge on the devchain, with p applied.
func configured(p func(*types.Params)) types.Params {
	params := types.DefaultParams()
	params.BaseChainId = 845399
	params.BridgeContract = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Hex()
	params.TokenContract = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512").Hex()
	params.BridgeId = types.HashString(common.HexToHash("0x01"))
	if p != nil {
		p(&params)
	}
	return params
}

func newSettleHarness(t testing.TB, params func(*types.Params), names ...string) *settleHarness {
	var funds []apptest.Balance
	for _, n := range names {
		funds = append(funds, apptest.Fund(acct(n), 1_000_000))
	}
	f := apptest.Setup(t, funds...)
	h := &settleHarness{t: t, f: f, k: f.App.BridgeKeeper, ms: keeper.NewMsgServerImpl(f.App.BridgeKeeper), q: keeper.NewQueryServerImpl(f.App.BridgeKeeper)}
	p := configured(params)
	require.NoError(t, p.Validate())
	require.NoError(t, h.k.Params.Set(f.Context(), p))
	h.backed()
	return h
}

func (h *settleHarness) ctx() sdk.Context { return h.f.Context() }

func (h *settleHarness) params() types.Params {
	p, err := h.k.Params.Get(h.ctx())
	require.NoError(h.t, err)
	return p
}

// backed checks the backing invariant: supply equals the ledger, the module account is empty.
func (h *settleHarness) backed() {
	h.t.Helper()
	require.NoError(h.t, h.k.CheckBacking(h.ctx()))
}

func (h *settleHarness) advance(d time.Duration) {
	h.t.Helper()
	h.f.Advance(h.t, d)
	h.backed()
}

func (h *settleHarness) balance(a sdk.AccAddress) math.Int {
	return h.f.App.BankKeeper.GetBalance(h.ctx(), a, app.BondDenom).Amount
}

func (h *settleHarness) supply() math.Int {
	return h.f.App.BankKeeper.GetSupply(h.ctx(), app.BondDenom).Amount
}

func (h *settleHarness) backing() types.Backing {
	b, err := h.k.Backing.Get(h.ctx())
	require.NoError(h.t, err)
	return b
}

// try runs fn in a cached context and keeps its writes only if it succeeds, as a tx would.
func (h *settleHarness) try(fn func(ctx sdk.Context) error) error {
	cache, write := h.ctx().CacheContext()
	err := fn(cache)
	if err == nil {
		write()
	}
	h.backed()
	return err
}

func (h *settleHarness) withdraw(who string, to common.Address, amount math.Int) (uint64, error) {
	var id uint64
	err := h.try(func(ctx sdk.Context) error {
		res, err := h.ms.Withdraw(ctx, &types.MsgWithdraw{Sender: acct(who).String(), BaseRecipient: to.Hex(), Amount: aflock(amount)})
		if err == nil {
			id = res.Id
		}
		return err
	})
	return id, err
}

func (h *settleHarness) mustWithdraw(who string, to common.Address, amount math.Int) uint64 {
	h.t.Helper()
	id, err := h.withdraw(who, to, amount)
	require.NoError(h.t, err)
	return id
}

func (h *settleHarness) cancel(who string, id uint64) error {
	return h.try(func(ctx sdk.Context) error {
		_, err := h.ms.CancelWithdraw(ctx, &types.MsgCancelWithdraw{Sender: acct(who).String(), Id: id})
		return err
	})
}

func (h *settleHarness) settlement(epoch uint64) types.Settlement {
	h.t.Helper()
	s, err := h.k.Settlements.Get(h.ctx(), epoch)
	require.NoError(h.t, err)
	return s
}

func (h *settleHarness) hasSettlement(epoch uint64) bool {
	ok, err := h.k.Settlements.Has(h.ctx(), epoch)
	require.NoError(h.t, err)
	return ok
}

func (h *settleHarness) queued() []types.Withdrawal {
	res, err := h.q.Withdrawals(h.ctx(), &types.QueryWithdrawalsRequest{})
	require.NoError(h.t, err)
	return res.Withdrawals
}

// untilSigning advances blocks (one second apart) until settlement epoch is no longer
// BUILDING; returns the number of blocks it took.
func (h *settleHarness) untilSigning(epoch uint64) int {
	h.t.Helper()
	for n := 1; n <= 10_000; n++ {
		h.advance(time.Second)
		if h.hasSettlement(epoch) && h.settlement(epoch).Status != types.SETTLEMENT_STATUS_BUILDING {
			return n
		}
	}
	h.t.Fatalf("settlement %d never left BUILDING", epoch)
	return 0
}

// land plays Base's SettlementSubmitted for the chain's settlement epoch (root as given).
func (h *settleHarness) land(epoch uint64, root string) error {
	s := h.settlement(epoch)
	return h.try(func(ctx sdk.Context) error {
		return h.k.SettlementLandedForTest(ctx, types.BaseEvent{EventNonce: 1, BaseBlock: 100},
			&types.SettlementSubmittedClaim{Epoch: epoch, Root: root, Total: s.Total, Count: s.Count, ClaimableAt: 1_800_000_000})
	})
}

func (h *settleHarness) veto(epoch uint64, paid math.Int, bitmap []byte) error {
	return h.try(func(ctx sdk.Context) error {
		return h.k.SettlementVetoedForTest(ctx, types.BaseEvent{EventNonce: 2, BaseBlock: 101},
			&types.SettlementVetoedClaim{Epoch: epoch, Paid: paid, ClaimedBitmap: bitmap})
	})
}
