package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/basetest"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
)

func TestSubmitSettlement(t *testing.T) {
	e := basetest.New(t, basetest.Options{ClaimDelay: 900})
	s, r := e.Settle(3, payouts(5, flock(1)))
	ev := event(t, r, e.Bridge.ParseSettlementSubmitted)
	block, err := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if ev.EventNonce.Uint64() != 1 || ev.Epoch.Uint64() != 3 || ev.Root != s.Root() || ev.Count.Uint64() != 5 ||
		ev.ClaimableAt.Uint64() != block.Time+900 {
		t.Fatalf("SettlementSubmitted %+v", ev)
	}
	eq(t, "total", ev.Total, flock(15))
	st := settlementOf(t, e, 3)
	if st.Root != merkle.StoredRoot(s.Root()) || uint64(st.ClaimableAt) != block.Time+900 {
		t.Fatalf("stored %+v", st)
	}
	last, _ := e.Bridge.LastEpoch(call())
	eq(t, "lastEpoch", last, big.NewInt(3))
	// epochs may skip
	e.Settle(10, payouts(1, flock(1)))
}

func TestSubmitSettlementRejects(t *testing.T) {
	e := basetest.New(t, basetest.Options{Cap: flock(100)})
	e.Settle(5, payouts(2, flock(1)))
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
		sigs := basetest.Sign(e.Keys, e.Domain.Settlement(digest.Settlement{Epoch: 6, Root: root, Total: flock(10), Count: 3}), q)
		return e.Bridge.SubmitSettlement(e.Deployer, vsB, sigs, u64(6), root, flock(11), u64(3))
	}
	cases := []struct {
		name string
		fn   func() (*types.Transaction, error)
		want string
	}{
		{"replayed epoch", submit(5, root, flock(1), 1, q, e.Domain), "StaleEpoch"},
		{"older epoch", submit(4, root, flock(1), 1, q, e.Domain), "StaleEpoch"},
		{"zero root", submit(6, common.Hash{}, flock(1), 1, q, e.Domain), "InvalidSettlement"},
		{"zero total", submit(6, root, big0, 1, q, e.Domain), "InvalidSettlement"},
		{"zero count", submit(6, root, flock(1), 0, q, e.Domain), "InvalidSettlement"},
		{"cap exceeded", submit(6, root, new(big.Int).Add(flock(100), big.NewInt(1)), 1, q, e.Domain), "PayoutCapExceeded"},
		{"not enough power", submit(6, root, flock(1), 1, q[:len(q)-1], e.Domain), "InsufficientPower"},
		{"tampered total", tampered, "InvalidSignature"},
		{"other chain id", submit(6, root, flock(1), 1, q, digest.Domain{ChainID: big.NewInt(84532), Contract: e.BridgeAddr, BridgeID: e.BridgeID}), "InvalidSignature"},
		{"other contract", submit(6, root, flock(1), 1, q, digest.Domain{ChainID: e.Domain.ChainID, Contract: common.Address{1}, BridgeID: e.BridgeID}), "InvalidSignature"},
		{"duplicate signers", submit(6, root, flock(1), 1, []int{0, 0, 1}, e.Domain), "SignersNotSorted"},
		{"wrong valset", func() (*types.Transaction, error) {
			_, other := basetest.SignerSet(4, nil, 1, "other")
			return e.Bridge.SubmitSettlement(e.Deployer, basetest.ToBinding(other), nil, u64(6), root, flock(1), u64(1))
		}, "CheckpointMismatch"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { e.With(t).Reverts(c.want, c.fn) })
	}
	// the cap itself is allowed
	e.Must(submit(6, root, flock(100), 1, q, e.Domain))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	e.Reverts("BridgePaused", submit(7, root, flock(1), 1, q, e.Domain))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Guardian) })

	// a claim time must fit the stored uint32 below VETOED: from February 2106 on it does not
	block, err := e.Chain.Client().HeaderByNumber(e.Ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Chain.AdjustTime(time.Duration(merkle.Vetoed-e.Delay-block.Time) * time.Second); err != nil {
		t.Fatal(err)
	}
	e.Reverts("InvalidSettlement", submit(7, root, flock(1), 1, q, e.Domain))
}

// The settlement digest commits to all four fields: changing any one after signing fails.
func TestSettlementDigestBindsEveryField(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	s, err := merkle.BuildSettlement(1, payouts(4, flock(1)))
	if err != nil {
		t.Fatal(err)
	}
	sigs := basetest.Sign(e.Keys, e.Domain.Settlement(digest.Settlement{Epoch: 1, Root: s.Root(), Total: s.Total, Count: 4}), e.Quorum())
	vsB := basetest.ToBinding(e.Valset)
	for name, args := range map[string][4]any{
		"epoch": {u64(2), s.Root(), s.Total, u64(4)},
		"root":  {u64(1), common.Hash{1}, s.Total, u64(4)},
		"total": {u64(1), s.Root(), new(big.Int).Sub(s.Total, big.NewInt(1)), u64(4)},
		"count": {u64(1), s.Root(), s.Total, u64(5)},
	} {
		t.Run(name, func(t *testing.T) {
			e.With(t).Reverts("InvalidSignature", func() (*types.Transaction, error) {
				return e.Bridge.SubmitSettlement(e.Deployer, vsB, sigs, args[0].(*big.Int), args[1].(common.Hash), args[2].(*big.Int), args[3].(*big.Int))
			})
		})
	}
	e.Must(func() (*types.Transaction, error) {
		return e.Bridge.SubmitSettlement(e.Deployer, vsB, sigs, u64(1), s.Root(), s.Total, u64(4))
	})
}
