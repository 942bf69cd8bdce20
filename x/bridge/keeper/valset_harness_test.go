package keeper_test

import (
	"crypto/ecdsa"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/keeper"
	"github.com/flockchain/flock/x/bridge/types"
)

// valsetHarness runs x/bridge on a real app with several bonded validators (real staking,
// slashing and EndBlock) for the valset, confirmation, deadline and evidence tests, and checks
// the backing invariant after every step.
type valsetHarness struct {
	t     *testing.T
	f     *apptest.Fixture
	k     keeper.Keeper
	ms    types.MsgServer
	q     types.QueryServer
	whale sdk.AccAddress
	keys  map[int]*ecdsa.PrivateKey // each validator's registered eth key
}

// newValsetHarness starts a chain whose validators bond the given FLOCK, with the bridge
// pointed at a devchain contract and a funded account (whale) to move power with.
func newValsetHarness(t *testing.T, bonds ...int64) *valsetHarness {
	whale := sdk.AccAddress("valset-harness-whale")
	f := apptest.SetupValidators(t, apptest.Bonds(bonds...), apptest.Fund(whale, 1_000_000))
	h := &valsetHarness{t: t, f: f, k: f.App.BridgeKeeper, ms: keeper.NewMsgServerImpl(f.App.BridgeKeeper),
		q: keeper.NewQueryServerImpl(f.App.BridgeKeeper), whale: whale, keys: map[int]*ecdsa.PrivateKey{}}
	h.setParams(func(p *types.Params) {
		p.BaseChainId = 845399
		p.BridgeContract = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Hex()
		p.TokenContract = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512").Hex()
		p.BridgeId = types.HashString(common.HexToHash("0xb1d9e"))
	})
	h.backed()
	return h
}

func (h *valsetHarness) ctx() sdk.Context { return h.f.Context() }

func (h *valsetHarness) params() types.Params {
	p, err := h.k.Params.Get(h.ctx())
	require.NoError(h.t, err)
	return p
}

func (h *valsetHarness) setParams(change func(*types.Params)) {
	p := h.params()
	change(&p)
	require.NoError(h.t, p.Validate())
	require.NoError(h.t, h.k.Params.Set(h.ctx(), p))
}

func (h *valsetHarness) domain() digest.Domain {
	d, err := h.params().Domain()
	require.NoError(h.t, err)
	return d
}

// backed checks the backing invariant: supply equals the ledger, the module account is empty.
func (h *valsetHarness) backed() {
	h.t.Helper()
	require.NoError(h.t, h.k.CheckBacking(h.ctx()))
}

// block commits the next block, a minute later, and checks the invariant.
func (h *valsetHarness) block() { h.advance(time.Minute) }

func (h *valsetHarness) advance(dt time.Duration) {
	h.t.Helper()
	h.f.Advance(h.t, dt)
	h.backed()
}

func (h *valsetHarness) val(i int) apptest.Validator { return h.f.Validators[i] }

// register registers validator i's orchestrator with eth key (its fixture key if nil) through
// MsgRegisterOrchestrator; a second call rotates the key.
func (h *valsetHarness) register(i int, key *ecdsa.PrivateKey) {
	h.t.Helper()
	v := h.val(i)
	if key == nil {
		key = v.EthKey
	}
	eth := crypto.PubkeyToAddress(key.PublicKey)
	d := types.RegistrationDigest(apptest.ChainID, v.ValAddr, v.Orchestrator, eth)
	_, err := h.ms.RegisterOrchestrator(h.ctx(), &types.MsgRegisterOrchestrator{
		Validator: v.ValAddr.String(), Orchestrator: v.Orchestrator.String(), EthAddress: eth.Hex(), EthSignature: signWith(h.t, key, d),
	})
	require.NoError(h.t, err)
	h.keys[i] = key
	h.backed()
}

// delegate bonds n more FLOCK from the whale to validator i.
func (h *valsetHarness) delegate(i int, n int64) {
	h.f.Delegate(h.t, h.ctx(), h.whale, h.val(i).ValAddr, app.Flock(n))
	h.backed()
}

func (h *valsetHarness) valset(nonce uint64) types.Valset {
	h.t.Helper()
	v, err := h.k.Valsets.Get(h.ctx(), nonce)
	require.NoError(h.t, err, "valset %d", nonce)
	return v
}

func (h *valsetHarness) latestNonce() uint64 {
	n, err := h.k.LatestValsetNonceForTest(h.ctx())
	require.NoError(h.t, err)
	return n
}

func (h *valsetHarness) blocked() string {
	r, err := h.q.Valset(h.ctx(), &types.QueryValsetRequest{})
	if err != nil {
		return ""
	}
	return r.Blocked
}

func (h *valsetHarness) tokens(i int) math.Int {
	v, err := h.f.App.StakingKeeper.GetValidator(h.ctx(), h.val(i).ValAddr)
	require.NoError(h.t, err)
	return v.Tokens
}

func (h *valsetHarness) jailed(i int) bool {
	v, err := h.f.App.StakingKeeper.GetValidator(h.ctx(), h.val(i).ValAddr)
	require.NoError(h.t, err)
	return v.IsJailed()
}

// sign signs d with validator i's registered eth key.
func (h *valsetHarness) sign(i int, d common.Hash) string { return signWith(h.t, h.keys[i], d) }

func signWith(t *testing.T, key *ecdsa.PrivateKey, d common.Hash) string {
	sig, err := ethsig.Sign(d, key)
	require.NoError(t, err)
	return sig.Hex()
}

// valsetDigest is what the active valset signs to install chain valset nonce.
func (h *valsetHarness) valsetDigest(nonce uint64) common.Hash {
	bvs, err := h.valset(nonce).Bridge()
	require.NoError(h.t, err)
	return h.domain().Valset(bvs)
}

// confirmValset sends validator i's confirmation of valset nonce.
func (h *valsetHarness) confirmValset(i int, nonce uint64) error {
	ctx := h.ctx()
	_, err := h.ms.ConfirmValset(ctx, &types.MsgConfirmValset{
		Orchestrator: h.val(i).Orchestrator.String(), Nonce: nonce, Signature: h.sign(i, h.valsetDigest(nonce)),
	})
	h.backed()
	return err
}

// setSettlement stores a settlement as the settlement concern would once built.
func (h *valsetHarness) setSettlement(epoch uint64, status types.SettlementStatus, root common.Hash, total int64, count uint64) types.Settlement {
	s := types.Settlement{Epoch: epoch, Status: status, Total: app.Flock(total), Count: count, Recredited: math.ZeroInt()}
	if root != (common.Hash{}) {
		s.Root = types.HashString(root)
	}
	require.NoError(h.t, h.k.Settlements.Set(h.ctx(), epoch, s))
	return s
}

func (h *valsetHarness) settlementDigest(s types.Settlement) common.Hash {
	return h.domain().Settlement(digest.Settlement{Epoch: s.Epoch, Root: common.HexToHash(s.Root), Total: s.Total.BigInt(), Count: s.Count})
}

func (h *valsetHarness) confirmSettlement(i int, s types.Settlement) error {
	_, err := h.ms.ConfirmSettlement(h.ctx(), &types.MsgConfirmSettlement{
		Orchestrator: h.val(i).Orchestrator.String(), Epoch: s.Epoch, Signature: h.sign(i, h.settlementDigest(s)),
	})
	h.backed()
	return err
}

// setActiveValset records chain valset nonce as Base's active valset, as ValsetActivated does.
func (h *valsetHarness) setActiveValset(nonce uint64) {
	ctx := h.ctx()
	bs, err := h.k.BaseState.Get(ctx)
	require.NoError(h.t, err)
	bs.ActiveValsetNonce, bs.ActiveCheckpoint = nonce, h.valset(nonce).Checkpoint
	require.NoError(h.t, h.k.BaseState.Set(ctx, bs))
}

// typedEvents are the events of type T among events.
func typedEvents[T proto.Message](t *testing.T, events []abci.Event) []T {
	var out []T
	for _, e := range events {
		// FinalizeBlock tags block events with a "mode" attribute the typed event lacks
		attrs := e.Attributes[:0:0]
		for _, a := range e.Attributes {
			if a.Key != "mode" {
				attrs = append(attrs, a)
			}
		}
		e.Attributes = attrs
		msg, err := sdk.ParseTypedEvent(e)
		if err != nil {
			continue
		}
		if m, ok := msg.(T); ok {
			out = append(out, m)
		}
	}
	return out
}

// newEthKey derives an eth key from seed.
func newEthKey(t *testing.T, seed string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	require.NoError(t, err)
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func digestSettlement(epoch uint64, root common.Hash, total math.Int, count uint64) digest.Settlement {
	return digest.Settlement{Epoch: epoch, Root: root, Total: total.BigInt(), Count: count}
}
