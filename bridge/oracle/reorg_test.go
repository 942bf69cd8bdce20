package oracle

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/basetest"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// A reorg of blocks not yet finalized, on the devchain's real go-ethereum node: the deposit
// of the orphaned block is never attested; the one that replaced it in the new chain is.
// (The devchain finalizes every 32nd block, as go-ethereum's simulated beacon does.)
func TestReorgBelowFinalityNeverAttestsTheOrphan(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	ctx := context.Background()
	client := e.Chain.Client()
	user := e.Users[0]
	e.Approve(user, basetest.Flock(10))

	base, err := NewEthBase(client, e.BridgeAddr, 5)
	require.NoError(t, err)
	h := newHarness(t, 0)
	h.cfg.Base = base
	o := h.oracle()
	require.True(t, o.finalized, "the devchain has the finalized tag")

	nonce, err := client.PendingNonceAt(ctx, user.From)
	require.NoError(t, err)
	deposit := func(tip int64, amount int64, to string) *types.Transaction {
		opts := *user
		opts.Nonce = new(big.Int).SetUint64(nonce)
		opts.GasTipCap = big.NewInt(tip * params.GWei)
		opts.GasFeeCap = big.NewInt(100 * tip * params.GWei)
		tx, err := e.Bridge.Deposit(&opts, basetest.Flock(amount), to)
		require.NoError(t, err)
		return tx
	}
	orphanTo, keptTo := recipient, "flock1qgpqyqszqgpqyqszqgpqyqszqgpqyqsz22v0yq"

	orphan := deposit(1, 1, orphanTo)
	e.Chain.Commit()
	r, err := client.TransactionReceipt(ctx, orphan.Hash())
	require.NoError(t, err)
	block := r.BlockNumber.Uint64()
	seen, err := base.Events(ctx, block, block)
	require.NoError(t, err)
	require.Len(t, seen, 1, "the orphan-to-be is on the chain, not yet final")

	h.catchUp(o)
	require.Empty(t, h.chain.nonces(), "not final: not attested")

	parent, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(block-1))
	require.NoError(t, err)
	require.NoError(t, e.Chain.Fork(parent.Hash()))
	// the pool takes the orphan back; the same account's replacement (same nonce, higher
	// fee) is what the new chain holds
	var kept *types.Transaction
	require.Eventually(t, func() bool {
		opts := *user
		opts.Nonce = new(big.Int).SetUint64(nonce)
		opts.GasTipCap, opts.GasFeeCap = big.NewInt(3*params.GWei), big.NewInt(300*params.GWei)
		tx, err := e.Bridge.Deposit(&opts, basetest.Flock(2), keptTo)
		if err == nil {
			kept = tx
		}
		return err == nil
	}, 5*time.Second, 10*time.Millisecond)
	for {
		e.Chain.Commit()
		fin, err := base.Finalized(ctx)
		require.NoError(t, err)
		if fin > block {
			break
		}
	}
	r, err = client.TransactionReceipt(ctx, kept.Hash())
	require.NoError(t, err)
	require.Equal(t, block, r.BlockNumber.Uint64(), "the replacement took the orphan's height")
	_, err = client.TransactionReceipt(ctx, orphan.Hash())
	require.Error(t, err, "the orphan is in no canonical block")

	h.catchUp(o)
	require.Equal(t, []uint64{1}, h.chain.nonces())
	got := h.chain.attested[0]
	require.Equal(t, bridgetypes.HashString(kept.Hash()), got.TxHash)
	require.Equal(t, keptTo, got.GetDeposit().Recipient)
	require.Equal(t, basetest.Flock(2).String(), got.GetDeposit().Amount.String())
}
