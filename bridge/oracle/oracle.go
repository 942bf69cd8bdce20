package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/flockchain/flock/bridge/service"
)

// Config of the oracle loop.
type Config struct {
	Chain Chain
	Base  Base
	Log   *slog.Logger
	// Metrics (NewMetrics) and Health may be nil: a private registry and tracker are used.
	Metrics *Metrics
	Health  *service.Health
	// Confirmations is the depth below the head read as final on a node without the
	// finalized tag (ignored on a node that has it). Default 64.
	Confirmations uint64
	// MaxBlockRange is the block span of one eth_getLogs call (the Base adapter splits its
	// reads by it); a pass reads at most BlocksPerPass blocks. Defaults 1,000 and 10 ×
	// MaxBlockRange.
	MaxBlockRange, BlocksPerPass uint64
	// PollInterval is the wait between passes once caught up with the safe block. Default
	// DefaultPollInterval.
	PollInterval time.Duration
	// MaxEventsPerTx caps events per MsgAttestEvents below the chain's
	// max_events_per_attestation (0: the chain's limit).
	MaxEventsPerTx uint32
	// MaxTxBytes bounds the encoded events of one attestation. Default 256 KiB (CometBFT's
	// mempool takes 1 MiB transactions by default).
	MaxTxBytes int
	// Backoff paces retries after a failed pass. Default service.DefaultBackoff capped at
	// 5 s: a retry costs a node little, and attestations resume soon after an outage.
	Backoff service.Backoff
}

// DefaultPollInterval is how often a caught-up oracle asks Base for its head and finalized
// block (two calls). At 1 s chain blocks, 500 ms puts every deposit on the chain within two
// blocks of becoming final; 1 s let a quarter of them take three (BenchmarkBridgeDeposits in
// cmd/flock-relayer).
const DefaultPollInterval = 500 * time.Millisecond

const (
	defaultConfirmations = 64
	defaultMaxTxBytes    = 256 << 10
	loopName             = "oracle"
)

func (c *Config) defaults() error {
	if c.Chain == nil || c.Base == nil || c.Log == nil {
		return errors.New("oracle: Chain, Base and Log are required")
	}
	if c.Confirmations == 0 {
		c.Confirmations = defaultConfirmations
	}
	if c.MaxBlockRange == 0 {
		c.MaxBlockRange = 1_000
	}
	if c.BlocksPerPass == 0 {
		c.BlocksPerPass = 10 * c.MaxBlockRange
	}
	if c.PollInterval <= 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.MaxTxBytes <= 0 {
		c.MaxTxBytes = defaultMaxTxBytes
	}
	if c.Backoff == (service.Backoff{}) {
		c.Backoff = service.Backoff{Initial: service.DefaultBackoff.Initial, Max: 5 * time.Second}
	}
	if c.Metrics == nil {
		reg := prometheus.NewRegistry()
		c.Metrics = NewMetrics(reg, service.NewCommon(reg))
	}
	if c.Health == nil {
		c.Health = service.NewHealth()
	}
	return nil
}

// Oracle is one orchestrator's oracle loop. Make it with New; Run it once.
type Oracle struct {
	cfg       Config
	log       *slog.Logger
	m         *Metrics
	finalized bool   // the Base node has the finalized tag (decided at start)
	lastSafe  uint64 // the safe block base_event_nonce was last read at

	// cursor: every event in blocks ≤ cursor.block has a nonce ≤ cursor.own. Valid while
	// the chain reports cursor.own as the orchestrator's last attested nonce.
	cursor struct {
		set   bool
		block uint64
		own   uint64
	}
}

// New checks cfg and fills its defaults.
func New(cfg Config) (*Oracle, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	return &Oracle{cfg: cfg, log: cfg.Log.With("loop", loopName), m: cfg.Metrics}, nil
}

// Run runs the loop until ctx ends; it returns ctx's error. Every failure (an RPC down, a
// refusal by the chain, a gap in Base's answer) is logged, counted and retried with backoff:
// none ends the loop.
func Run(ctx context.Context, cfg Config) error {
	o, err := New(cfg)
	if err != nil {
		return err
	}
	return o.Run(ctx)
}

// Run: see the package function.
func (o *Oracle) Run(ctx context.Context) error {
	o.cfg.Health.Register(loopName, max(2*time.Minute, 20*o.cfg.PollInterval))
	if err := o.detectFinality(ctx); err != nil {
		return err
	}
	onErr := func(err error) { o.cfg.Health.Failed(loopName, err) }
	for {
		var caughtUp bool
		err := o.cfg.Backoff.Retry(ctx, o.log, "oracle pass", onErr, func(ctx context.Context) error {
			var err error
			caughtUp, err = o.Pass(ctx)
			return err
		})
		if err != nil {
			return err // ctx ended (passes return no permanent error)
		}
		o.cfg.Health.Progress(loopName)
		if caughtUp {
			if err := service.Sleep(ctx, o.cfg.PollInterval); err != nil {
				return err
			}
		}
	}
}

// detectFinality asks the Base node, once it answers, whether it knows the finalized tag,
// and logs which bound the oracle reads up to.
func (o *Oracle) detectFinality(ctx context.Context) error {
	return o.cfg.Backoff.Retry(ctx, o.log, "asking Base for its finalized block", nil, func(ctx context.Context) error {
		head, err := o.cfg.Base.Head(ctx)
		if err != nil {
			return o.baseFailed(err)
		}
		fin, err := o.cfg.Base.Finalized(ctx)
		switch {
		case errors.Is(err, ErrNoFinalizedTag):
			o.finalized = false
			o.log.Warn("the Base node has no finalized tag: reading up to head - confirmations",
				"confirmations", o.cfg.Confirmations, "head", head, "err", err)
		case err != nil:
			return o.baseFailed(err)
		default:
			o.finalized = true
			o.log.Info("reading Base up to its finalized block", "finalized", fin, "head", head)
		}
		o.m.Observe("base", "base_rpc", nil)
		return nil
	})
}

func (o *Oracle) baseFailed(err error) error {
	o.m.Observe("base", "base_rpc", err)
	return fmt.Errorf("base: %w", err)
}

func (o *Oracle) chainFailed(err error) error {
	o.m.Observe("chain", "chain_grpc", err)
	return fmt.Errorf("chain: %w", err)
}

// safeBlock is the Base head and the last block read as final.
func (o *Oracle) safeBlock(ctx context.Context) (head, safe uint64, err error) {
	if head, err = o.cfg.Base.Head(ctx); err != nil {
		return 0, 0, o.baseFailed(err)
	}
	if o.finalized {
		if safe, err = o.cfg.Base.Finalized(ctx); err != nil {
			return 0, 0, o.baseFailed(err)
		}
		safe = min(safe, head)
	} else if head > o.cfg.Confirmations {
		safe = head - o.cfg.Confirmations
	}
	o.m.Observe("base", "base_rpc", nil)
	o.m.BaseLatestBlock.Set(float64(head))
	o.m.BaseSafeBlock.Set(float64(safe))
	return head, safe, nil
}
