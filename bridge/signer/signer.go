// Package signer is the orchestrator's signer loop: it confirms, with the validator's eth key,
// every bridge valset and settlement the chain asks that validator to sign and it has not
// signed yet, after checking each against its own recomputation from the chain's state, and
// refuses, loudly, anything else.
//
// It keeps no state: each pass reads the chain's valsets and settlements, its confirmations
// and the validator's registration, so a restart (or a crash) repeats nothing and skips
// nothing. A pass that fails (node down, a refused transaction) is retried with backoff; only
// the process's context ends Run. flock-relayer orchestrator runs it beside the oracle on one
// chainclient (one transaction in flight per key).
package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

const (
	kindValset     = "valset"
	kindSettlement = "settlement"
	// HealthLoop is the signer's name in /healthz.
	HealthLoop = "signer"
)

// Config of a signer.
type Config struct {
	// Client is the orchestrator's chainclient (its key is the registered orchestrator
	// account), shared with the oracle. Chain, if set, replaces it (tests).
	Client *chainclient.Client
	Chain  Chain
	// Orchestrator is the orchestrator account (default: Client's).
	Orchestrator sdk.AccAddress
	// EthKey is the eth key the validator registered; it signs the EIP-712 digests.
	EthKey *ecdsa.PrivateKey
	Log    *slog.Logger
	// Registry receives the signer's metrics (nil: not exported). Common are the process's
	// common metrics (nil: new ones on Registry; pass the oracle's when both share a process).
	Registry prometheus.Registerer
	Common   *service.Common
	// Health, if set, gets the signer's loop: unhealthy when no pass completed for Stale.
	Health *service.Health
	Stale  time.Duration // default max(20 polls, 2 min)
	// PollInterval is the pause between passes (default 5 s); Backoff paces failed passes.
	PollInterval time.Duration
	Backoff      service.Backoff
}

// Signer is one validator's signer loop.
type Signer struct {
	cfg     Config
	chain   Chain
	orch    sdk.AccAddress
	eth     common.Address
	log     *slog.Logger
	metrics *Metrics
	common  *service.Common
	refused map[string]bool // refusals already counted and logged at ERROR (per process)
}

// New checks cfg and builds the signer.
func New(cfg Config) (*Signer, error) {
	if cfg.EthKey == nil {
		return nil, errors.New("signer: no eth key")
	}
	chain := cfg.Chain
	if chain == nil {
		if cfg.Client == nil {
			return nil, errors.New("signer: no chain client")
		}
		chain = NewGRPC(cfg.Client)
	}
	orch := cfg.Orchestrator
	if orch == nil {
		if cfg.Client == nil {
			return nil, errors.New("signer: no orchestrator account")
		}
		orch = cfg.Client.Address()
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 5 * time.Second
	}
	if cfg.Backoff == (service.Backoff{}) {
		cfg.Backoff = service.DefaultBackoff
	}
	if cfg.Stale <= 0 {
		cfg.Stale = max(20*cfg.PollInterval, 2*time.Minute)
	}
	common := cfg.Common
	if common == nil {
		reg := cfg.Registry
		if reg == nil {
			reg = prometheus.NewRegistry() // counted, not exported
		}
		common = service.NewCommon(reg)
	}
	return &Signer{
		cfg: cfg, chain: chain, orch: orch, eth: crypto.PubkeyToAddress(cfg.EthKey.PublicKey),
		log: cfg.Log.With("loop", HealthLoop), metrics: NewMetrics(cfg.Registry), common: common,
		refused: map[string]bool{},
	}, nil
}

// Metrics are the signer's metrics.
func (s *Signer) Metrics() *Metrics { return s.metrics }

// Run builds a signer from cfg and runs it until ctx ends (as oracle.Run does): an error
// only for a config that cannot work.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(cfg)
	if err != nil {
		return err
	}
	return s.Run(ctx)
}

// Run passes until ctx ends (then returns nil), each failed pass retried with backoff.
func (s *Signer) Run(ctx context.Context) error {
	if s.cfg.Health != nil {
		s.cfg.Health.Register(HealthLoop, s.cfg.Stale)
	}
	s.log.Info("signer started", "orchestrator", s.orch.String(), "eth_address", s.eth.Hex(), "poll", s.cfg.PollInterval)
	onErr := func(err error) {
		if s.cfg.Health != nil {
			s.cfg.Health.Failed(HealthLoop, err)
		}
	}
	for {
		err := s.cfg.Backoff.Retry(ctx, s.log, "signer pass", onErr, func(ctx context.Context) error {
			_, err := s.safePass(ctx)
			return err
		})
		if ctx.Err() != nil {
			s.log.Info("signer stopped")
			return nil
		}
		if err != nil {
			return err
		}
		if s.cfg.Health != nil {
			s.cfg.Health.Progress(HealthLoop)
		}
		if err := service.Sleep(ctx, s.cfg.PollInterval); err != nil {
			s.log.Info("signer stopped")
			return nil
		}
	}
}

// safePass is Pass with a panic turned into an error: the loop never takes the process down.
func (s *Signer) safePass(ctx context.Context) (r Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("signer pass panicked: %v", p)
			s.common.Errors.WithLabelValues("panic").Inc()
		}
	}()
	return s.Pass(ctx)
}

// Report is what one pass did, by kind.
type Report struct {
	Sent, Refused, Pending map[string]int
}

func newReport() Report {
	return Report{Sent: map[string]int{}, Refused: map[string]int{}, Pending: map[string]int{}}
}

// errNotReady marks a pass that cannot sign for a reason the operator must fix (no
// registration, another key registered): retried with backoff, reported in /healthz.
type errNotReady struct{ msg string }

func (e *errNotReady) Error() string { return e.msg }

// Pass confirms everything the chain asks of this validator now. Items are independent: one
// that cannot be read or sent is skipped and the pass goes on; the pass then returns the
// errors joined, so Run retries it with backoff.
func (s *Signer) Pass(ctx context.Context) (Report, error) {
	rep := newReport()
	p, err := s.chain.Params(ctx)
	if err != nil {
		return rep, s.chainDown(err)
	}
	if !p.Configured() {
		s.log.Debug("bridge not configured on the chain yet: nothing to sign")
		s.setPending(rep)
		return rep, nil
	}
	domain, err := p.Domain()
	if err != nil {
		return rep, err
	}
	reg, err := s.chain.Registration(ctx, s.orch)
	if err != nil {
		return rep, s.chainDown(err)
	}
	if reg == nil {
		s.common.Errors.WithLabelValues("config").Inc()
		return rep, &errNotReady{fmt.Sprintf("orchestrator %s is not registered on the chain: run flock-relayer register for its validator", s.orch)}
	}
	if reg.EthAddress != s.eth.Hex() {
		s.common.Errors.WithLabelValues("config").Inc()
		return rep, &errNotReady{fmt.Sprintf("eth key %s is not the key validator %s registered (%s): signing nothing; run with the registered key or register this one",
			s.eth.Hex(), reg.Validator, reg.EthAddress)}
	}
	bs, err := s.chain.BaseState(ctx)
	if err != nil {
		return rep, s.chainDown(err)
	}
	d, err := s.duties(ctx, reg.Validator, bs)
	if err != nil {
		return rep, s.chainDown(err)
	}
	s.common.Observe("chain", "chain_grpc", nil)
	var errs []error
	for _, v := range d.valsets {
		errs = append(errs, s.valset(ctx, domain, v, &rep))
	}
	for _, st := range d.settlements {
		errs = append(errs, s.settlement(ctx, domain, st, &rep))
	}
	s.setPending(rep)
	return rep, errors.Join(errs...)
}

func (s *Signer) setPending(rep Report) {
	for _, k := range []string{kindValset, kindSettlement} {
		s.metrics.Pending.WithLabelValues(k).Set(float64(rep.Pending[k]))
	}
}

// chainDown records a failed call to the chain.
func (s *Signer) chainDown(err error) error {
	s.common.Observe("chain", "chain_grpc", err)
	return err
}

// valset confirms valset v unless this validator already did with its key.
func (s *Signer) valset(ctx context.Context, domain digest.Domain, v types.Valset, rep *Report) error {
	confs, err := s.chain.ValsetConfirmations(ctx, v.Nonce)
	if err != nil {
		return s.chainDown(err)
	}
	if s.confirmed(confs) {
		return nil
	}
	rep.Pending[kindValset]++
	st, err := s.chain.StakingAt(ctx, v.Height)
	if err != nil {
		return s.chainDown(fmt.Errorf("valset %d: reading the chain's state at its height %d: %w", v.Nonce, v.Height, err))
	}
	bvs, err := CheckValset(v, st)
	if err != nil {
		return s.refusal(err, rep)
	}
	sig, err := ethsig.Sign(domain.Valset(bvs), s.cfg.EthKey)
	if err != nil {
		return err
	}
	msg := &types.MsgConfirmValset{Orchestrator: s.orch.String(), Nonce: v.Nonce, Signature: sig.Hex()}
	return s.send(ctx, kindValset, v.Nonce, msg, rep)
}

// settlement confirms settlement st unless this validator already did with its key.
func (s *Signer) settlement(ctx context.Context, domain digest.Domain, st types.Settlement, rep *Report) error {
	confs, err := s.chain.SettlementConfirmations(ctx, st.Epoch)
	if err != nil {
		return s.chainDown(err)
	}
	if s.confirmed(confs) {
		return nil
	}
	rep.Pending[kindSettlement]++
	leaves, err := s.chain.Leaves(ctx, st.Epoch, st.Count)
	if err != nil {
		return s.chainDown(fmt.Errorf("settlement %d: reading its %d leaves: %w", st.Epoch, st.Count, err))
	}
	ds, err := CheckSettlement(st, leaves)
	if err != nil {
		return s.refusal(err, rep)
	}
	sig, err := ethsig.Sign(domain.Settlement(ds), s.cfg.EthKey)
	if err != nil {
		return err
	}
	msg := &types.MsgConfirmSettlement{Orchestrator: s.orch.String(), Epoch: st.Epoch, Signature: sig.Hex()}
	return s.send(ctx, kindSettlement, st.Epoch, msg, rep)
}

// confirmed reports whether confs hold this validator's confirmation with its current key.
func (s *Signer) confirmed(confs []types.Confirmation) bool {
	for _, c := range confs {
		if c.EthAddress == s.eth.Hex() {
			return true
		}
	}
	return false
}

// refusal logs (at ERROR, once per process per distinct refusal) and counts a refusal; it is
// not an error of the pass: retrying cannot change what the chain holds.
func (s *Signer) refusal(err error, rep *Report) error {
	var r *Refusal
	if !errors.As(err, &r) {
		return err
	}
	rep.Refused[r.Kind]++
	if s.refused[r.Error()] {
		s.log.Debug("still refusing to sign", idKey(r.Kind), r.ID, "reason", r.Reason)
		return nil
	}
	s.refused[r.Error()] = true
	s.metrics.Refused.WithLabelValues(r.Kind).Inc()
	s.common.Errors.WithLabelValues("verify").Inc()
	s.log.Error("refusing to sign: the chain's "+r.Kind+" is not what its state makes", idKey(r.Kind), r.ID, "reason", r.Reason)
	return nil
}

// send sends a confirmation. The chain having moved on meanwhile (already confirmed by this
// key, no longer signable) is not an error; another refusal is counted and the pass goes on;
// a failure to reach the chain fails the pass (retried).
func (s *Signer) send(ctx context.Context, kind string, id uint64, msg sdk.Msg, rep *Report) error {
	err := s.chain.Confirm(ctx, msg)
	var txErr *chainclient.TxError
	switch {
	case err == nil:
		rep.Sent[kind]++
		rep.Pending[kind]--
		s.metrics.Sent.WithLabelValues(kind).Inc()
		s.log.Info("confirmed", "kind", kind, idKey(kind), id)
		return nil
	case errors.Is(err, types.ErrAlreadyConfirmed), errors.Is(err, types.ErrNotSignable):
		rep.Pending[kind]--
		s.log.Info("nothing to confirm any more", "kind", kind, idKey(kind), id, "chain", err)
		return nil
	case errors.As(err, &txErr):
		s.common.Errors.WithLabelValues("tx_refused").Inc()
		s.log.Warn("confirmation refused by the chain", "kind", kind, idKey(kind), id, "tx", txErr.Hash, "err", err)
		return nil
	default:
		return s.chainDown(fmt.Errorf("confirming %s %d: %w", kind, id, err))
	}
}

// idKey is the log field naming an item: a valset's nonce, a settlement's epoch.
func idKey(kind string) string {
	if kind == kindSettlement {
		return "epoch"
	}
	return "nonce"
}
