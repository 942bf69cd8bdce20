package relay

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/x/bridge/types"
)

// claims (with PushClaims) pays the unclaimed leaves of the newest landed settlements whose
// delay has passed, oldest epoch first, at most ClaimsPerTx in one claimManySkipClaimed: a
// leaf its payee (or anyone) claims meanwhile is skipped by the contract instead of
// reverting the batch. The claimed bitmap is read first, so nothing is sent for leaves paid
// already.
func (r *Relayer) claims(ctx context.Context, st *BaseState) error {
	if !r.cfg.PushClaims {
		return nil
	}
	first := uint64(1)
	if st.LastEpoch > uint64(r.cfg.ClaimEpochs) {
		first = st.LastEpoch - uint64(r.cfg.ClaimEpochs) + 1
	}
	var batch []bindings.FlockBridgeClaim
	unclaimed := 0
	call := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(st.Block)}
	for epoch := first; epoch <= st.LastEpoch; epoch++ {
		status, err := r.bridge.SettlementStatus(call, new(big.Int).SetUint64(epoch))
		r.m.Observe("base", "base_rpc", err)
		if err != nil {
			return err
		}
		if status.Vetoed || status.ClaimableAt.Sign() == 0 || status.Paid.Cmp(status.Total) >= 0 {
			continue
		}
		res, err := r.cfg.Chain.Settlement(ctx, &types.QuerySettlementRequest{Epoch: epoch})
		if r.chainErr(err) != nil {
			if notFound(err) {
				continue
			}
			return err
		}
		s := res.Settlement
		if s.Status != types.SETTLEMENT_STATUS_LANDED {
			continue // the chain has not seen it land yet, or Base holds another root (conflicted)
		}
		claimed, err := r.reader.ClaimedLeaves(ctx, epoch, s.Count, st.Block)
		r.m.Observe("base", "base_rpc", err)
		if err != nil {
			return err
		}
		unclaimed += int(s.Count) - len(claimed)
		if status.ClaimableAt.Uint64() > st.Time {
			continue // still in its veto window
		}
		next := 0
		for idx := uint64(0); idx < s.Count && len(batch) < r.cfg.ClaimsPerTx; idx++ {
			if next < len(claimed) && claimed[next] == idx {
				next++
				continue
			}
			p, err := r.cfg.Chain.Proof(ctx, &types.QueryProofRequest{Epoch: epoch, Index: idx})
			if r.chainErr(err) != nil {
				return err
			}
			c, err := ClaimOf(p.Proof)
			if err == nil {
				var b bindings.FlockBridgeClaim
				if b, err = bindingClaim(c, status.RootPrefix); err == nil {
					batch = append(batch, b)
					continue
				}
			}
			r.m.Errors.WithLabelValues("verify").Inc()
			r.log.Error("not pushing a claim", "epoch", epoch, "index", idx, "err", err)
		}
	}
	r.m.Pending.WithLabelValues(KindClaims).Set(float64(unclaimed))
	if len(batch) == 0 {
		return nil
	}
	rec, err := r.submit(ctx, submission{kind: KindClaims}, "claimManySkipClaimed", batch)
	if err != nil {
		return err
	}
	paid := 0
	for _, l := range rec.Logs {
		if _, err := r.filterer.ParseClaimed(*l); err == nil && l.Address == r.cfg.Bridge {
			paid++
		}
	}
	r.m.ClaimsPushed.Add(float64(paid))
	r.m.Pending.WithLabelValues(KindClaims).Set(float64(unclaimed - paid))
	r.log.Info("pushed claims", "paid", paid, "sent", len(batch), "tx", rec.TxHash.Hex())
	return nil
}
