package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/testutil/basetest"
)

func TestSubmitSettlement(t *testing.T) {
	e := basetest.New(t, basetest.Options{ClaimDelay: 5400})
	s, r := e.Settle(1, payouts(5, flock(1)))
	ev := event(t, r, e.Bridge.ParseSettlementSubmitted)
	block, err := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if ev.EventNonce.Uint64() != 1 || ev.Epoch.Uint64() != 1 || ev.Root != s.Root() || ev.Count.Uint64() != 5 ||
		ev.ClaimableAt.Uint64() != block.Time+5400 {
		t.Fatalf("SettlementSubmitted %+v", ev)
	}
	eq(t, "total", ev.Total, flock(15))
	st := settlementOf(t, e, 1)
	if st.Root != merkle.StoredRoot(s.Root()) || uint64(st.ClaimableAt) != block.Time+5400 {
		t.Fatalf("stored %+v", st)
	}
	eq(t, "stored total", st.Total, flock(15))
	eq(t, "stored paid", st.Paid, big0)
	last, _ := e.Bridge.LastEpoch(call())
	eq(t, "lastEpoch", last, big.NewInt(1))
	// epochs are consecutive: 3 cannot overtake 2 (and strand its withdrawals)
	s3, err := merkle.BuildSettlement(3, payouts(1, flock(1)))
	if err != nil {
		t.Fatal(err)
	}
	e.Reverts("EpochNotNext", e.SubmitFn(s3, e.Quorum()))
	e.Settle(2, payouts(1, flock(1)))
	e.Must(e.SubmitFn(s3, e.Quorum()))
}

func TestSubmitSettlementRejects(t *testing.T) {
	e := basetest.New(t, basetest.Options{Cap: flock(100)})
	e.Settle(1, payouts(2, flock(1)))
	vsB := basetest.ToBinding(e.Valset)
	// submit signs (epoch, root, total, count) with signers and sends sent* values
	submit := func(epoch uint64, root common.Hash, total *big.Int, count uint64, positions []int, dom digest.Domain) func() (*types.Transaction, error) {
		sigs := basetest.Sign(e.Keys, dom.Settlement(digest.Settlement{Epoch: epoch, Root: root, Total: total, Count: count}), positions)
		return func() (*types.Transaction, error) {
			return e.Bridge.SubmitSettlement(e.Deployer, vsB, sigs, u64(epoch), root, total, u64(count))
		}
	}
	q := e.Quorum()
	root := common.Hash{0xaa}
	tampered := func() (*types.Transaction, error) { // signed total 10, sent total 11
		sigs := basetest.Sign(e.Keys, e.Domain.Settlement(digest.Settlement{Epoch: 2, Root: root, Total: flock(10), Count: 3}), q)
		return e.Bridge.SubmitSettlement(e.Deployer, vsB, sigs, u64(2), root, flock(11), u64(3))
	}
	cases := []struct {
		name string
		fn   func() (*types.Transaction, error)
		want string
	}{
		{"replayed epoch", submit(1, root, flock(1), 1, q, e.Domain), "EpochNotNext"},
		{"epoch zero", submit(0, root, flock(1), 1, q, e.Domain), "EpochNotNext"},
		{"skipped epoch", submit(3, root, flock(1), 1, q, e.Domain), "EpochNotNext"},
		{"far epoch", submit(1<<63, root, flock(1), 1, q, e.Domain), "EpochNotNext"},
		{"zero root", submit(2, common.Hash{}, flock(1), 1, q, e.Domain), "InvalidSettlement"},
		{"zero total", submit(2, root, big0, 1, q, e.Domain), "InvalidSettlement"},
		{"zero count", submit(2, root, flock(1), 0, q, e.Domain), "InvalidSettlement"},
		{"cap exceeded", submit(2, root, new(big.Int).Add(flock(100), big.NewInt(1)), 1, q, e.Domain), "PayoutCapExceeded"},
		{"not enough power", submit(2, root, flock(1), 1, q[:len(q)-1], e.Domain), "InsufficientPower"},
		{"tampered total", tampered, "InvalidSignature"},
		{"other chain id", submit(2, root, flock(1), 1, q, digest.Domain{ChainID: big.NewInt(84532), Contract: e.BridgeAddr, BridgeID: e.BridgeID}), "InvalidSignature"},
		{"other contract", submit(2, root, flock(1), 1, q, digest.Domain{ChainID: e.Domain.ChainID, Contract: common.Address{1}, BridgeID: e.BridgeID}), "InvalidSignature"},
		{"duplicate signers", submit(2, root, flock(1), 1, []int{0, 0, 1}, e.Domain), "SignersNotSorted"},
		{"wrong valset", func() (*types.Transaction, error) {
			_, other := basetest.SignerSet(4, nil, 1, "other")
			return e.Bridge.SubmitSettlement(e.Deployer, basetest.ToBinding(other), nil, u64(2), root, flock(1), u64(1))
		}, "CheckpointMismatch"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { e.With(t).Reverts(c.want, c.fn) })
	}
	// the cap itself is allowed
	e.Must(submit(2, root, flock(100), 1, q, e.Domain))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	e.Reverts("BridgePaused", submit(3, root, flock(1), 1, q, e.Domain))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Guardian) })

	// a claim time must fit the stored uint32 below VETOED: from February 2106 on it does not
	block, err := e.Chain.Client().HeaderByNumber(e.Ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Chain.AdjustTime(time.Duration(merkle.Vetoed-e.Delay-block.Time) * time.Second); err != nil {
		t.Fatal(err)
	}
	e.Reverts("InvalidSettlement", submit(3, root, flock(1), 1, q, e.Domain))
}

// The settlement digest commits to all four fields: changing any one after signing fails.
func TestSettlementDigestBindsEveryField(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	s, err := merkle.BuildSettlement(1, payouts(4, flock(1)))
	if err != nil {
		t.Fatal(err)
	}
	sign := func(epoch uint64) []bindings.FlockSignedSignature {
		return basetest.Sign(e.Keys, e.Domain.Settlement(digest.Settlement{Epoch: epoch, Root: s.Root(), Total: s.Total, Count: 4}), e.Quorum())
	}
	sigs := sign(1)
	vsB := basetest.ToBinding(e.Valset)
	for name, c := range map[string]struct {
		sigs []bindings.FlockSignedSignature
		args [4]any
	}{
		"epoch": {sign(2), [4]any{u64(1), s.Root(), s.Total, u64(4)}}, // signed for 2, sent as the next epoch 1
		"root":  {sigs, [4]any{u64(1), common.Hash{1}, s.Total, u64(4)}},
		"total": {sigs, [4]any{u64(1), s.Root(), new(big.Int).Sub(s.Total, big.NewInt(1)), u64(4)}},
		"count": {sigs, [4]any{u64(1), s.Root(), s.Total, u64(5)}},
	} {
		t.Run(name, func(t *testing.T) {
			e.With(t).Reverts("InvalidSignature", func() (*types.Transaction, error) {
				return e.Bridge.SubmitSettlement(e.Deployer, vsB, c.sigs, c.args[0].(*big.Int), c.args[1].(common.Hash), c.args[2].(*big.Int), c.args[3].(*big.Int))
			})
		})
	}
	e.Must(func() (*types.Transaction, error) {
		return e.Bridge.SubmitSettlement(e.Deployer, vsB, sigs, u64(1), s.Root(), s.Total, u64(4))
	})
}
