package keeper_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/keeper"
	"github.com/flockchain/flock/x/bridge/types"
)

// attestHarness drives orchestrators and attestations on the full app (real staking, bank,
// x/rewards and EndBlock) with several bonded validators, and checks the backing invariant
// after every step.
type attestHarness struct {
	t  testing.TB
	f  *apptest.Fixture
	k  keeper.Keeper
	ms types.MsgServer
	q  types.QueryServer
}

// bridgeParams are params naming a bridge on the devchain, with edit applied.
func bridgeParams(edit func(*types.Params)) types.Params {
	p := types.DefaultParams()
	p.BaseChainId = 845399
	p.BridgeContract = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Hex()
	p.TokenContract = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512").Hex()
	p.BridgeId = types.HashString(common.HexToHash("0x0b"))
	if edit != nil {
		edit(&p)
	}
	return p
}

// newAttestHarness starts a chain with one validator per bond, the bridge configured.
func newAttestHarness(t testing.TB, bonds []math.Int, edit func(*types.Params), balances ...apptest.Balance) *attestHarness {
	t.Helper()
	f := apptest.SetupValidators(t, bonds, balances...)
	h := &attestHarness{t: t, f: f, k: f.App.BridgeKeeper, ms: keeper.NewMsgServerImpl(f.App.BridgeKeeper), q: keeper.NewQueryServerImpl(f.App.BridgeKeeper)}
	h.setParams(bridgeParams(edit))
	return h
}

func (h *attestHarness) ctx() sdk.Context { return h.f.Context() }

func (h *attestHarness) setParams(p types.Params) {
	h.t.Helper()
	require.NoError(h.t, p.Validate())
	require.NoError(h.t, h.k.Params.Set(h.ctx(), p))
	h.backed()
}

func (h *attestHarness) params() types.Params {
	p, err := h.k.Params.Get(h.ctx())
	require.NoError(h.t, err)
	return p
}

// backed is the bridge's money invariant: supply equals the ledger, the module account is empty.
func (h *attestHarness) backed() {
	h.t.Helper()
	require.NoError(h.t, h.k.CheckBacking(h.ctx()))
}

// try runs fn in a cached context and keeps its writes only if it succeeds, as a transaction
// would; it returns the events fn emitted and checks the invariant.
func (h *attestHarness) try(fn func(ctx sdk.Context) error) (sdk.Events, error) {
	h.t.Helper()
	cache, write := h.ctx().CacheContext()
	err := fn(cache)
	if err == nil {
		write()
	}
	h.backed()
	return cache.EventManager().Events(), err
}

// advance commits a block dt later (EndBlock included) and checks the invariant.
func (h *attestHarness) advance(dt time.Duration) {
	h.t.Helper()
	h.f.Advance(h.t, dt)
	h.backed()
}

func (h *attestHarness) val(i int) apptest.Validator { return h.f.Validators[i] }

// registration is validator i's registration message of orchestrator orch and eth key
// signer (its own keys by default), signed by signer over the digest naming digestVal.
func (h *attestHarness) registration(i int, orch sdk.AccAddress, signer int, digestVal sdk.ValAddress) *types.MsgRegisterOrchestrator {
	v, s := h.val(i), h.val(signer)
	d := types.RegistrationDigest(apptest.ChainID, digestVal, orch, s.EthAddress)
	sig, err := ethsig.Sign(d, s.EthKey)
	require.NoError(h.t, err)
	return &types.MsgRegisterOrchestrator{Validator: v.ValAddr.String(), Orchestrator: orch.String(), EthAddress: s.EthAddress.Hex(), EthSignature: sig.Hex()}
}

func (h *attestHarness) send(msg *types.MsgRegisterOrchestrator) (sdk.Events, error) {
	return h.try(func(ctx sdk.Context) error {
		_, err := h.ms.RegisterOrchestrator(ctx, msg)
		return err
	})
}

// register registers validator i's own orchestrator account and eth key.
func (h *attestHarness) register(i int) {
	h.t.Helper()
	_, err := h.send(h.registration(i, h.val(i).Orchestrator, i, h.val(i).ValAddr))
	require.NoError(h.t, err)
}

func (h *attestHarness) registerAll() {
	h.t.Helper()
	for i := range h.f.Validators {
		h.register(i)
	}
}

// attest sends validator i's orchestrator's MsgAttestEvents.
func (h *attestHarness) attest(i int, events ...types.BaseEvent) (uint64, sdk.Events, error) {
	var last uint64
	evs, err := h.try(func(ctx sdk.Context) error {
		res, err := h.ms.AttestEvents(ctx, &types.MsgAttestEvents{Orchestrator: h.val(i).Orchestrator.String(), Events: events})
		if err == nil {
			last = res.LastAttestedNonce
		}
		return err
	})
	return last, evs, err
}

func (h *attestHarness) mustAttest(i int, events ...types.BaseEvent) sdk.Events {
	h.t.Helper()
	_, evs, err := h.attest(i, events...)
	require.NoError(h.t, err)
	return evs
}

func (h *attestHarness) baseState() types.BaseState {
	bs, err := h.k.BaseState.Get(h.ctx())
	require.NoError(h.t, err)
	return bs
}

func (h *attestHarness) backing() types.Backing {
	b, err := h.k.Backing.Get(h.ctx())
	require.NoError(h.t, err)
	return b
}

func (h *attestHarness) balance(a sdk.AccAddress) math.Int {
	return h.f.App.BankKeeper.GetBalance(h.ctx(), a, app.BondDenom).Amount
}

// tallies is the Attestations query of nonce.
func (h *attestHarness) tallies(nonce uint64) []types.AttestationTally {
	h.t.Helper()
	res, err := h.q.Attestations(h.ctx(), &types.QueryAttestationsRequest{EventNonce: nonce})
	require.NoError(h.t, err)
	return res.Attestations
}

// Base events as an orchestrator reports them.

var baseSender = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")

func txHash(nonce uint64) string {
	return types.HashString(common.BigToHash(new(big.Int).SetUint64(0xbeef00 + nonce)))
}

func baseEvent(nonce uint64) types.BaseEvent {
	return types.BaseEvent{EventNonce: nonce, BaseBlock: 1_000 + nonce, TxHash: txHash(nonce)}
}

func depositEvent(nonce uint64, recipient string, amount math.Int) types.BaseEvent {
	e := baseEvent(nonce)
	e.Claim = &types.BaseEvent_Deposit{Deposit: &types.DepositClaim{Sender: baseSender.Hex(), Recipient: recipient, Amount: amount}}
	return e
}

func fundedEvent(nonce uint64, amount math.Int) types.BaseEvent {
	e := baseEvent(nonce)
	e.Claim = &types.BaseEvent_RewardsFunded{RewardsFunded: &types.RewardsFundedClaim{Funder: baseSender.Hex(), Amount: amount}}
	return e
}

// deposits are n consecutive deposits of 1 FLOCK each from nonce first to recipient.
func deposits(first uint64, n int, recipient sdk.AccAddress) []types.BaseEvent {
	out := make([]types.BaseEvent, n)
	for i := range out {
		out[i] = depositEvent(first+uint64(i), recipient.String(), app.Flock(1))
	}
	return out
}

func user(name string) sdk.AccAddress { return sdk.AccAddress(fmt.Sprintf("%-20s", "attest "+name)) }

// blockEvents are the Begin and EndBlock events of the last block, without the "mode"
// attribute the SDK adds (typed events do not have it).
func (h *attestHarness) blockEvents() sdk.Events {
	var out sdk.Events
	for _, e := range h.f.LastEvents() {
		ev := sdk.Event{Type: e.Type}
		for _, a := range e.Attributes {
			if a.Key != "mode" {
				ev.Attributes = append(ev.Attributes, a)
			}
		}
		out = append(out, ev)
	}
	return out
}

// typedOf decodes the typed events of type T among evs.
func typedOf[T any, PT interface {
	*T
	proto.Message
}](t testing.TB, evs sdk.Events) []PT {
	t.Helper()
	var out []PT
	for _, e := range evs {
		msg, err := sdk.ParseTypedEvent(abci.Event(e))
		if err != nil {
			continue // not a typed event
		}
		if m, ok := msg.(PT); ok {
			out = append(out, m)
		}
	}
	return out
}

// signedRegistration registers orch and signer's eth key for val, signed over d.
func signedRegistration(t testing.TB, val sdk.ValAddress, orch sdk.AccAddress, signer apptest.Validator, d common.Hash) *types.MsgRegisterOrchestrator {
	t.Helper()
	sig, err := ethsig.Sign(d, signer.EthKey)
	require.NoError(t, err)
	return &types.MsgRegisterOrchestrator{Validator: val.String(), Orchestrator: orch.String(), EthAddress: signer.EthAddress.Hex(), EthSignature: sig.Hex()}
}

func flk1() math.Int { return app.Flock(1) }
