package signer

import (
	"context"

	"github.com/flockchain/flock/x/bridge/types"
)

// Which valsets and settlements the chain asks a validator to confirm: x/bridge's rule for the
// confirmation deadline (whose members are slashed for not signing), widened to the other
// signatures the relayer can use, since a signature nobody needed costs one cheap
// transaction and a missing one stalls the bridge.
//
//   - valset N, while Base's active valset is older and N is not vetoed: the members of the
//     chain's valset before N (N's own members for the chain's first valset), as the deadline
//     expects — FlockBridge installs N with signatures of the valset active on Base, which the
//     relayer has moved up to N−1 — and the members of Base's active valset (after a veto the
//     chain expects them instead).
//   - settlement E, while SIGNING: the members of the valset the chain expected it from
//     (Settlement.signing_valset), of Base's active valset (whose signatures the contract
//     counts now) and of the chain's latest valset (whose signatures it counts once the relayer
//     installs it). Its digest names no valset, so one signature serves them all.

type duties struct {
	valsets     []types.Valset
	settlements []types.Settlement
}

// Duties picks from the chain's valsets with nonce ≥ Base's active one (ascending) and its
// settlements above Base's last landed epoch what validator val must confirm. known holds
// every valset the rule may look up (those, the settlements' signing valsets, the latest).
func Duties(val string, bs types.BaseState, valsets []types.Valset, settlements []types.Settlement, known map[uint64]types.Valset, latest uint64) (vs []types.Valset, ss []types.Settlement) {
	member := func(nonce uint64) bool {
		v, ok := known[nonce]
		if !ok {
			return false
		}
		for _, m := range v.Members {
			if m.Validator == val {
				return true
			}
		}
		return false
	}
	active := bs.ActiveValsetNonce
	for i, v := range valsets {
		if v.Nonce <= active || v.Vetoed {
			continue
		}
		before := v.Nonce // the chain's first valset: its own members
		if i > 0 {
			before = valsets[i-1].Nonce
		}
		if member(before) || member(active) {
			vs = append(vs, v)
		}
	}
	for _, s := range settlements {
		if s.Status != types.SETTLEMENT_STATUS_SIGNING {
			continue
		}
		if member(s.SigningValset) || member(active) || member(latest) {
			ss = append(ss, s)
		}
	}
	return vs, ss
}

// duties reads what Duties needs from the chain.
func (s *Signer) duties(ctx context.Context, val string, bs types.BaseState) (duties, error) {
	valsets, err := s.chain.ValsetsFrom(ctx, bs.ActiveValsetNonce)
	if err != nil {
		return duties{}, err
	}
	settlements, err := s.chain.SettlementsAbove(ctx, bs.LastLandedEpoch)
	if err != nil {
		return duties{}, err
	}
	known := make(map[uint64]types.Valset, len(valsets))
	for _, v := range valsets {
		known[v.Nonce] = v
	}
	var latest uint64
	if n := len(valsets); n > 0 {
		latest = valsets[n-1].Nonce
	}
	need := []uint64{bs.ActiveValsetNonce}
	for _, st := range settlements {
		need = append(need, st.SigningValset)
	}
	if latest == 0 {
		need = append(need, 0) // the Valset query's 0 is the latest
	}
	for _, n := range need {
		if _, ok := known[n]; ok {
			continue
		}
		v, err := s.chain.Valset(ctx, n)
		if err != nil {
			return duties{}, err
		}
		if v != nil {
			known[v.Nonce] = *v
			if n == 0 {
				latest = v.Nonce
			}
		}
	}
	vs, ss := Duties(val, bs, valsets, settlements, known, latest)
	return duties{valsets: vs, settlements: ss}, nil
}
