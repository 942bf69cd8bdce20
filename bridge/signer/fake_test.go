package signer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// fakeChain is a chain in memory that checks confirmations as x/bridge does (signature over
// the digest of what it holds, recovering to the registered key, once per key).
type fakeChain struct {
	mu          sync.Mutex
	params      types.Params
	bs          types.BaseState
	regs        map[string]types.Orchestrator // by orchestrator account
	valsets     []types.Valset                // ascending
	settlements []types.Settlement            // ascending
	leaves      map[uint64][]types.Leaf
	staking     map[int64]Staking
	vconfs      map[uint64][]types.Confirmation
	sconfs      map[uint64][]types.Confirmation
	down        int   // the next `down` calls fail as if the node were unreachable
	calls       int   // calls made
	confirmErr  error // returned by Confirm (once), if set
	sent        []sdk.Msg
}

func (f *fakeChain) enter() error {
	f.calls++
	if f.down > 0 {
		f.down--
		return status.Error(codes.Unavailable, "connection refused")
	}
	return nil
}

func (f *fakeChain) Params(context.Context) (types.Params, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.params, f.enter()
}

func (f *fakeChain) BaseState(context.Context) (types.BaseState, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bs, f.enter()
}

func (f *fakeChain) Registration(_ context.Context, orch sdk.AccAddress) (*types.Orchestrator, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.enter(); err != nil {
		return nil, err
	}
	if o, ok := f.regs[orch.String()]; ok {
		return &o, nil
	}
	return nil, nil
}

func (f *fakeChain) ValsetsFrom(_ context.Context, from uint64) ([]types.Valset, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []types.Valset
	for _, v := range f.valsets {
		if v.Nonce >= from {
			out = append(out, v)
		}
	}
	return out, f.enter()
}

func (f *fakeChain) Valset(_ context.Context, nonce uint64) (*types.Valset, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.enter(); err != nil {
		return nil, err
	}
	for i := len(f.valsets) - 1; i >= 0; i-- {
		if v := f.valsets[i]; v.Nonce == nonce || nonce == 0 {
			return &v, nil
		}
	}
	return nil, nil
}

func (f *fakeChain) SettlementsAbove(_ context.Context, above uint64) ([]types.Settlement, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []types.Settlement
	for _, s := range f.settlements {
		if s.Epoch > above {
			out = append(out, s)
		}
	}
	return out, f.enter()
}

func (f *fakeChain) ValsetConfirmations(_ context.Context, nonce uint64) ([]types.Confirmation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]types.Confirmation(nil), f.vconfs[nonce]...), f.enter()
}

func (f *fakeChain) SettlementConfirmations(_ context.Context, epoch uint64) ([]types.Confirmation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]types.Confirmation(nil), f.sconfs[epoch]...), f.enter()
}

func (f *fakeChain) Leaves(_ context.Context, epoch, count uint64) ([]types.Leaf, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ls := f.leaves[epoch]
	if uint64(len(ls)) > count {
		ls = ls[:count]
	}
	return append([]types.Leaf(nil), ls...), f.enter()
}

func (f *fakeChain) StakingAt(_ context.Context, height int64) (Staking, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ok := f.staking[height]
	if !ok {
		return Staking{}, fmt.Errorf("no state at height %d", height)
	}
	return st, f.enter()
}

func (f *fakeChain) Confirm(_ context.Context, msg sdk.Msg) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.enter(); err != nil {
		return err
	}
	if err := f.confirmErr; err != nil {
		f.confirmErr = nil
		return err
	}
	domain, err := f.params.Domain()
	if err != nil {
		return err
	}
	var (
		orch, sigHex string
		d            common.Hash
		confs        map[uint64][]types.Confirmation
		id           uint64
	)
	switch m := msg.(type) {
	case *types.MsgConfirmValset:
		orch, sigHex, confs, id = m.Orchestrator, m.Signature, f.vconfs, m.Nonce
		for _, v := range f.valsets {
			if v.Nonce == m.Nonce {
				bvs, err := v.Bridge()
				if err != nil {
					return err
				}
				d = domain.Valset(bvs)
			}
		}
	case *types.MsgConfirmSettlement:
		orch, sigHex, confs, id = m.Orchestrator, m.Signature, f.sconfs, m.Epoch
		for _, s := range f.settlements {
			if s.Epoch == m.Epoch {
				root := common.HexToHash(s.Root)
				d = domain.Settlement(digest.Settlement{Epoch: s.Epoch, Root: root, Total: s.Total.BigInt(), Count: s.Count})
			}
		}
	default:
		return fmt.Errorf("unexpected %T", msg)
	}
	o, ok := f.regs[orch]
	if !ok {
		return &chainclient.TxError{Codespace: types.ModuleName, Code: types.ErrNotOrchestrator.ABCICode(), Log: orch}
	}
	sig, err := ethsig.ParseHex(sigHex)
	if err != nil {
		return err
	}
	if !ethsig.Verify(d, sig, common.HexToAddress(o.EthAddress)) {
		return &chainclient.TxError{Codespace: types.ModuleName, Code: types.ErrWrongSigner.ABCICode(), Log: "wrong signer"}
	}
	for _, c := range confs[id] {
		if c.Validator == o.Validator && c.EthAddress == o.EthAddress {
			return &chainclient.TxError{Codespace: types.ModuleName, Code: types.ErrAlreadyConfirmed.ABCICode(), Log: "already"}
		}
	}
	confs[id] = append(confs[id], types.Confirmation{Validator: o.Validator, EthAddress: o.EthAddress, Signature: sigHex})
	f.sent = append(f.sent, msg)
	return nil
}

// validator is one of the fixture's validators.
type validator struct {
	val  sdk.ValAddress
	orch sdk.AccAddress
	eth  *ecdsa.PrivateKey
}

func (v validator) ethAddr() common.Address { return crypto.PubkeyToAddress(v.eth.PublicKey) }

// fixture: 4 validators with 40, 30, 20, 10 FLOCK bonded, all registered; Base holds the
// chain's valset 1 (made at height 10); valset 2 (height 20, validator 3 unbonded meanwhile)
// waits for signatures; settlement 1 of 3 leaves is SIGNING.
type fixture struct {
	chain *fakeChain
	vals  []validator
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	app.SetAddressPrefixes()
	f := &fixture{}
	for i := 0; i < 4; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("eth %d", i))))
		require.NoError(t, err)
		f.vals = append(f.vals, validator{
			val:  sdk.ValAddress(crypto.Keccak256([]byte(fmt.Sprintf("val %d", i)))[:20]),
			orch: sdk.AccAddress(crypto.Keccak256([]byte(fmt.Sprintf("orch %d", i)))[:20]),
			eth:  key,
		})
	}
	c := &fakeChain{
		params: types.DefaultParams(),
		regs:   map[string]types.Orchestrator{},
		leaves: map[uint64][]types.Leaf{},
		staking: map[int64]Staking{
			10: f.staking(40, 30, 20, 10),
			20: f.staking(40, 30, 20, 0),
		},
		vconfs: map[uint64][]types.Confirmation{},
		sconfs: map[uint64][]types.Confirmation{},
	}
	c.params.BaseChainId = 845399
	c.params.BridgeContract = common.HexToAddress("0x00000000000000000000000000000000000b41d6").Hex()
	c.params.BridgeId = types.HashString(crypto.Keccak256Hash([]byte("bridge id")))
	for _, v := range f.vals {
		c.regs[v.orch.String()] = types.Orchestrator{Validator: v.val.String(), Orchestrator: v.orch.String(), EthAddress: v.ethAddr().Hex()}
	}
	c.valsets = []types.Valset{f.buildValset(t, c, 1, 10), f.buildValset(t, c, 2, 20)}
	c.bs = types.BaseState{ActiveValsetNonce: 1, ActiveCheckpoint: c.valsets[0].Checkpoint}
	c.settlements = []types.Settlement{f.buildSettlement(t, c, 1, 1, "5", "7", "11")}
	f.chain = c
	return f
}

// staking is the state with these FLOCK bonded per validator (0: not bonded).
func (f *fixture) staking(flock ...int64) Staking {
	st := Staking{BondedTokens: math.ZeroInt()}
	for i, n := range flock {
		if n == 0 {
			continue
		}
		tokens := app.Flock(n)
		st.Bonded = append(st.Bonded, stakingtypes.Validator{OperatorAddress: f.vals[i].val.String(), Status: stakingtypes.Bonded, Tokens: tokens})
		st.BondedTokens = st.BondedTokens.Add(tokens)
	}
	for _, v := range f.vals {
		st.Orchestrators = append(st.Orchestrators, types.Orchestrator{Validator: v.val.String(), Orchestrator: v.orch.String(), EthAddress: v.ethAddr().Hex()})
	}
	return st
}

// buildValset makes valset nonce from the state at height as x/bridge does.
func (f *fixture) buildValset(t *testing.T, c *fakeChain, nonce uint64, height int64) types.Valset {
	t.Helper()
	cands, err := Candidates(c.staking[height])
	require.NoError(t, err)
	v, err := types.BuildValset(nonce, cands, c.staking[height].BondedTokens)
	require.NoError(t, err)
	v.Height = height
	return v
}

// buildSettlement makes a SIGNING settlement of epoch paying amounts (aflock) to fixed
// accounts, its root from bridge/merkle.
func (f *fixture) buildSettlement(t *testing.T, c *fakeChain, epoch, signing uint64, amounts ...string) types.Settlement {
	t.Helper()
	var payouts []merkle.Payout
	for i, a := range amounts {
		amount, ok := new(big.Int).SetString(a, 10)
		require.True(t, ok)
		account := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("payee %d", i)))[:20])
		payouts = append(payouts, merkle.Payout{Account: account, Amount: amount})
		c.leaves[epoch] = append(c.leaves[epoch], types.Leaf{Epoch: epoch, Index: uint64(i), Withdrawal: types.Withdrawal{
			Id: uint64(i + 1), Kind: types.WITHDRAWAL_KIND_WITHDRAW, BaseRecipient: account.Hex(), Amount: math.NewIntFromBigInt(amount),
		}})
	}
	ms, err := merkle.BuildSettlement(epoch, payouts)
	require.NoError(t, err)
	return types.Settlement{Epoch: epoch, Status: types.SETTLEMENT_STATUS_SIGNING, Root: types.HashString(ms.Tree.Root()),
		Total: math.NewIntFromBigInt(ms.Total), Count: uint64(len(payouts)), SigningValset: signing}
}
