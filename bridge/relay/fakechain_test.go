package relay

import (
	"context"
	"crypto/ecdsa"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/testutil/basetest"
	"github.com/flockchain/flock/x/bridge/types"
)

// fakeChain plays flockd's x/bridge queries for the relayer: valsets and settlements it is
// told to make, each confirmed by the keys of the valset the chain believes active on Base
// (minus the signers it withholds), with signature lists made as the chain makes them
// (valset.Quorum over the members that signed). sync plays the oracles: it reads Base and
// records what landed there.
type fakeChain struct {
	types.QueryClient // methods the relayer must not call panic (nil)

	mu           sync.Mutex
	params       types.Params
	domain       digest.Domain
	valsets      []fakeValset // valsets[i] has nonce i+1
	activeOnBase uint64       // the chain's view of Base's active valset
	settlements  []*fakeSettlement
	withhold     map[int]bool // signer positions that do not sign
}

type fakeValset struct {
	vs     valset.Valset
	keys   []*ecdsa.PrivateKey // keys[i] signs for vs.Members[i]
	vetoed bool
}

type fakeSettlement struct {
	s      *merkle.Settlement
	status types.SettlementStatus
}

// newFakeChain is a chain whose valset 1 is the one env deployed the bridge with.
func newFakeChain(env *basetest.Env) *fakeChain {
	return &fakeChain{
		params: types.Params{BaseChainId: env.Chain.ChainID(), BridgeContract: env.BridgeAddr.Hex(), BridgeId: types.HashString(env.BridgeID)},
		domain: env.Domain, valsets: []fakeValset{{vs: env.Valset, keys: env.Keys}}, activeOnBase: 1,
		withhold: map[int]bool{},
	}
}

// addValset makes the chain's next valset of n new signers; returns it.
func (f *fakeChain) addValset(n int, tag string) fakeValset {
	f.mu.Lock()
	defer f.mu.Unlock()
	keys, vs := basetest.SignerSet(n, nil, uint64(len(f.valsets)+1), tag)
	v := fakeValset{vs: vs, keys: keys}
	f.valsets = append(f.valsets, v)
	return v
}

// addSettlement cuts the chain's next settlement, signable at once.
func (f *fakeChain) addSettlement(payouts []merkle.Payout) *merkle.Settlement {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := merkle.BuildSettlement(uint64(len(f.settlements)+1), payouts)
	if err != nil {
		panic(err)
	}
	f.settlements = append(f.settlements, &fakeSettlement{s: s, status: types.SETTLEMENT_STATUS_SIGNING})
	return s
}

// sync records what Base holds, as the oracles' attestations would.
func (f *fakeChain) sync(env *basetest.Env) {
	opts := &bind.CallOpts{}
	nonce, err := env.Bridge.ValsetNonce(opts)
	if err != nil {
		panic(err)
	}
	last, err := env.Bridge.LastEpoch(opts)
	if err != nil {
		panic(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := nonce.Uint64(); n >= 1 && n <= uint64(len(f.valsets)) {
		f.activeOnBase = n
	}
	for _, s := range f.settlements {
		if s.s.Epoch <= last.Uint64() && s.status == types.SETTLEMENT_STATUS_SIGNING {
			s.status = types.SETTLEMENT_STATUS_LANDED
		}
	}
}

func chainValset(vs valset.Valset, vetoed bool) types.Valset {
	out := types.Valset{Nonce: vs.Nonce, Checkpoint: types.HashString(vs.Checkpoint()), Vetoed: vetoed}
	for _, m := range vs.Members {
		out.Members = append(out.Members, types.ValsetMember{EthAddress: m.Address.Hex(), Power: m.Power})
	}
	return out
}

// signatureList is the chain's list for digest d against Base's active valset.
func (f *fakeChain) signatureList(d common.Hash) types.SignatureList {
	active := f.valsets[f.activeOnBase-1]
	signed := func(i int) bool { return !f.withhold[i] }
	positions, ok := active.vs.Quorum(signed)
	if !ok {
		positions = nil
		for i := range active.vs.Members {
			if signed(i) {
				positions = append(positions, i)
			}
		}
	}
	list := types.SignatureList{SigningValset: chainValset(active.vs, false), Quorum: ok}
	for _, i := range positions {
		sig, err := ethsig.Sign(d, active.keys[i])
		if err != nil {
			panic(err)
		}
		list.Signatures = append(list.Signatures, types.ContractSignature{SignerIndex: uint32(i), EthAddress: active.vs.Members[i].Address.Hex(), Signature: sig.Hex()})
		list.SignedPower += active.vs.Members[i].Power
	}
	return list
}

func (f *fakeChain) Params(context.Context, *types.QueryParamsRequest, ...grpc.CallOption) (*types.QueryParamsResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return &types.QueryParamsResponse{Params: f.params}, nil
}

func (f *fakeChain) Valset(_ context.Context, req *types.QueryValsetRequest, _ ...grpc.CallOption) (*types.QueryValsetResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := req.Nonce
	if n == 0 {
		n = uint64(len(f.valsets))
	}
	if n > uint64(len(f.valsets)) {
		return nil, status.Errorf(codes.NotFound, "valset %d: the chain made no such valset", n)
	}
	v := f.valsets[n-1]
	return &types.QueryValsetResponse{Valset: chainValset(v.vs, v.vetoed)}, nil
}

func (f *fakeChain) ValsetConfirmations(_ context.Context, req *types.QueryValsetConfirmationsRequest, _ ...grpc.CallOption) (*types.QueryValsetConfirmationsResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if req.Nonce == 0 || req.Nonce > uint64(len(f.valsets)) {
		return nil, status.Errorf(codes.NotFound, "valset %d: the chain made no such valset", req.Nonce)
	}
	return &types.QueryValsetConfirmationsResponse{Signatures: f.signatureList(f.domain.Valset(f.valsets[req.Nonce-1].vs))}, nil
}

func (f *fakeChain) settlement(epoch uint64) (*fakeSettlement, error) {
	if epoch == 0 || epoch > uint64(len(f.settlements)) {
		return nil, status.Errorf(codes.NotFound, "no settlement of epoch %d", epoch)
	}
	return f.settlements[epoch-1], nil
}

func (f *fakeSettlement) chain() types.Settlement {
	return types.Settlement{Epoch: f.s.Epoch, Status: f.status, Root: types.HashString(f.s.Root()),
		Total: math.NewIntFromBigInt(f.s.Total), Count: f.s.Count(), Recredited: math.ZeroInt()}
}

func (f *fakeChain) Settlements(_ context.Context, req *types.QuerySettlementsRequest, _ ...grpc.CallOption) (*types.QuerySettlementsResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := &types.QuerySettlementsResponse{}
	for i := len(f.settlements) - 1; i >= 0 && (req.Pagination == nil || uint64(len(out.Settlements)) < req.Pagination.Limit); i-- {
		out.Settlements = append(out.Settlements, f.settlements[i].chain())
	}
	return out, nil
}

func (f *fakeChain) Settlement(_ context.Context, req *types.QuerySettlementRequest, _ ...grpc.CallOption) (*types.QuerySettlementResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := f.settlement(req.Epoch)
	if err != nil {
		return nil, err
	}
	return &types.QuerySettlementResponse{Settlement: s.chain()}, nil
}

func (f *fakeChain) SettlementConfirmations(_ context.Context, req *types.QuerySettlementConfirmationsRequest, _ ...grpc.CallOption) (*types.QuerySettlementConfirmationsResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := f.settlement(req.Epoch)
	if err != nil {
		return nil, err
	}
	d := f.domain.Settlement(digest.Settlement{Epoch: s.s.Epoch, Root: s.s.Root(), Total: s.s.Total, Count: s.s.Count()})
	return &types.QuerySettlementConfirmationsResponse{Signatures: f.signatureList(d)}, nil
}

func (f *fakeChain) Proof(_ context.Context, req *types.QueryProofRequest, _ ...grpc.CallOption) (*types.QueryProofResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := f.settlement(req.Epoch)
	if err != nil {
		return nil, err
	}
	if req.Index >= s.s.Count() {
		return nil, status.Errorf(codes.NotFound, "settlement %d has no leaf %d", req.Epoch, req.Index)
	}
	proof, err := s.s.Proof(int(req.Index))
	if err != nil {
		return nil, err
	}
	p := s.s.Payouts[req.Index]
	out := types.LeafProof{Leaf: types.Leaf{Epoch: req.Epoch, Index: req.Index,
		Withdrawal: types.Withdrawal{BaseRecipient: p.Account.Hex(), Amount: math.NewIntFromBigInt(p.Amount)}}, Status: s.status}
	for _, h := range proof {
		out.Proof = append(out.Proof, types.HashString(h))
	}
	return &types.QueryProofResponse{Proof: out}, nil
}
