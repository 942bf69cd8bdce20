package relay

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/flockchain/flock/x/bridge/types"
)

// valsetLookback bounds how many chain valsets below the newest one a pass looks at for one
// with a quorum.
const valsetLookback = 8

// valsets installs the chain's valsets on Base. With a valset pending on Base, it activates it
// once the contract's delay has passed (if the chain made it). With none pending, it proposes
// the newest chain valset above Base's that the signatures of Base's active valset approve:
// the contract accepts skipped nonces, and each valset installed costs a proposal, a delay and
// an activation, so an intermediate valset is not installed for its own sake.
func (r *Relayer) valsets(ctx context.Context, st *BaseState) error {
	res, err := r.cfg.Chain.Valset(ctx, &types.QueryValsetRequest{Nonce: 0})
	if r.chainErr(err) != nil {
		if notFound(err) {
			r.m.Pending.WithLabelValues(KindValsetUpdate).Set(0)
			return nil // the chain has made no valset yet
		}
		return err
	}
	latest := res.Valset
	top := max(st.ValsetNonce, st.PendingNonce)
	r.m.Pending.WithLabelValues(KindValsetUpdate).Set(float64(latest.Nonce - min(latest.Nonce, top)))
	if st.PendingNonce != 0 {
		return r.activate(ctx, st)
	}
	for n := latest.Nonce; n > st.ValsetNonce && n+valsetLookback > latest.Nonce; n-- {
		vs := latest
		if n != latest.Nonce {
			res, err := r.cfg.Chain.Valset(ctx, &types.QueryValsetRequest{Nonce: n})
			if r.chainErr(err) != nil {
				if notFound(err) {
					continue
				}
				return err
			}
			vs = res.Valset
		}
		if vs.Vetoed {
			continue // Base never takes it again; the chain makes another
		}
		conf, err := r.cfg.Chain.ValsetConfirmations(ctx, &types.QueryValsetConfirmationsRequest{Nonce: n})
		if r.chainErr(err) != nil {
			return err
		}
		list := conf.Signatures
		if !list.Quorum {
			r.log.Debug("valset not signed by a quorum of Base's active valset yet", "nonce", n, "signed_power", list.SignedPower)
			continue
		}
		if !signedForBase(list, st) {
			r.log.Info("waiting for the chain to see Base's active valset", "nonce", n,
				"base_valset", st.ValsetNonce, "chain_signing_valset", list.SigningValset.Nonce)
			return nil
		}
		next, err := valsetBinding(vs)
		if err != nil {
			return err
		}
		// the guardian vetoed it on Base, and the chain has not heard yet (it attests Base's
		// events only once final): the contract would refuse it
		checkpoint, err := types.ParseHash("checkpoint", vs.Checkpoint)
		if err != nil {
			return err
		}
		vetoed, err := r.bridge.VetoedValsets(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(st.Block)}, checkpoint)
		r.m.Observe("base", "base_rpc", err)
		if err != nil {
			return err
		}
		if vetoed {
			r.log.Info("valset vetoed on Base: not proposing it again", "nonce", n, "checkpoint", vs.Checkpoint)
			continue
		}
		current, sigs, err := contractArgs(list)
		if err != nil {
			return err
		}
		if _, err := r.submit(ctx, submission{KindValsetUpdate, n}, "updateValset", next, current, sigs); err != nil {
			return err
		}
		st.PendingNonce = n // proposed: the activation waits for the delay
		return nil
	}
	if latest.Nonce > st.ValsetNonce {
		r.log.Info("no chain valset above Base's has a quorum of Base's active valset yet", "latest", latest.Nonce, "base_valset", st.ValsetNonce)
	}
	return nil
}

// activate activates Base's pending valset once its delay has passed, if the chain made it.
// A pending valset the chain did not make is left alone, loudly: the guardian's to veto.
func (r *Relayer) activate(ctx context.Context, st *BaseState) error {
	res, err := r.cfg.Chain.Valset(ctx, &types.QueryValsetRequest{Nonce: st.PendingNonce})
	if r.chainErr(err) != nil && !notFound(err) {
		return err
	}
	if err != nil || res.Valset.Checkpoint != types.HashString(st.PendingCheckpoint) {
		r.m.Errors.WithLabelValues("foreign_valset").Inc()
		r.log.Error("Base's pending valset is not one the chain made: not activating it (the guardian should veto it)",
			"nonce", st.PendingNonce, "checkpoint", types.HashString(st.PendingCheckpoint))
		return nil
	}
	if st.Time < st.PendingActivatesAt {
		r.log.Debug("pending valset waiting for its delay", "nonce", st.PendingNonce, "activates_at", st.PendingActivatesAt, "base_time", st.Time)
		return nil
	}
	if _, err := r.submit(ctx, submission{KindValsetActivation, st.PendingNonce}, "activateValset"); err != nil {
		return err
	}
	// the chain must see the new active valset before its signature lists name it
	return errWait
}
