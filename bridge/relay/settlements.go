package relay

import (
	"context"
	"math/big"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/bridge/types"
)

// settlementsPerPass bounds the settlements one pass submits (each is one transaction).
const settlementsPerPass = 8

// settlements submits, in epoch order, the chain's settlements after Base's last epoch whose
// signatures reach a quorum of Base's active valset. The contract takes only lastEpoch + 1, so
// the first one not ready stops the pass.
func (r *Relayer) settlements(ctx context.Context, st *BaseState) error {
	res, err := r.cfg.Chain.Settlements(ctx, &types.QuerySettlementsRequest{Pagination: &query.PageRequest{Limit: 1}})
	if r.chainErr(err) != nil {
		return err
	}
	newest := uint64(0)
	if len(res.Settlements) > 0 {
		newest = res.Settlements[0].Epoch
	}
	r.m.Pending.WithLabelValues(KindSettlement).Set(float64(newest - min(newest, st.LastEpoch)))
	for epoch := st.LastEpoch + 1; epoch <= newest && epoch <= st.LastEpoch+settlementsPerPass; epoch++ {
		sres, err := r.cfg.Chain.Settlement(ctx, &types.QuerySettlementRequest{Epoch: epoch})
		if r.chainErr(err) != nil {
			if notFound(err) {
				return nil
			}
			return err
		}
		s := sres.Settlement
		if s.Status != types.SETTLEMENT_STATUS_SIGNING {
			// BUILDING: its tree is not done; anything else the chain learnt from Base, which
			// it will show here once the oracles attest what Base did
			r.log.Debug("settlement not signable", "epoch", epoch, "status", s.Status.String())
			return nil
		}
		conf, err := r.cfg.Chain.SettlementConfirmations(ctx, &types.QuerySettlementConfirmationsRequest{Epoch: epoch})
		if r.chainErr(err) != nil {
			return err
		}
		list := conf.Signatures
		if !list.Quorum {
			r.log.Info("settlement waiting for signatures", "epoch", epoch, "signed_power", list.SignedPower, "signatures", len(list.Signatures))
			return nil
		}
		if !signedForBase(list, st) {
			r.log.Info("waiting for the chain to see Base's active valset", "epoch", epoch,
				"base_valset", st.ValsetNonce, "chain_signing_valset", list.SigningValset.Nonce)
			return nil
		}
		root, err := types.ParseHash("root", s.Root)
		if err != nil {
			return err
		}
		current, sigs, err := contractArgs(list)
		if err != nil {
			return err
		}
		if _, err := r.submit(ctx, submission{KindSettlement, epoch}, "submitSettlement",
			current, sigs, new(big.Int).SetUint64(epoch), root, s.Total.BigInt(), new(big.Int).SetUint64(s.Count)); err != nil {
			return err
		}
		st.LastEpoch = epoch
		r.m.Pending.WithLabelValues(KindSettlement).Set(float64(newest - epoch))
	}
	return nil
}
