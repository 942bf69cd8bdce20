package relay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/x/bridge/types"
)

// Config of a relayer.
type Config struct {
	// Chain is flockd's x/bridge query service (only queries: the relayer signs nothing there).
	Chain types.QueryClient
	// Eth is the Base node; ChainID its chain id; Bridge the FlockBridge address; Key the
	// relayer's Base account, which pays the gas.
	Eth     Eth
	ChainID *big.Int
	Bridge  common.Address
	Key     *ecdsa.PrivateKey
	// MaxFeePerGas caps what a transaction may pay per gas (wei); nil: no cap. When Base's fee
	// is above it, nothing is sent until it falls.
	MaxFeePerGas *big.Int
	// TxTimeout bounds the wait for a transaction's receipt within a pass (default 2 min).
	TxTimeout time.Duration
	// ReplaceAfter is how long a transaction of the relayer's account may stay unmined in the
	// node's pool before it is replaced at its nonce with higher fees (default 5 min; within
	// MaxFeePerGas).
	ReplaceAfter time.Duration
	// PollInterval is the pause between passes (default 5 s).
	PollInterval time.Duration
	// PushClaims makes the relayer pay the payees of landed settlements once their delay has
	// passed; ClaimsPerTx bounds a claim transaction (default 50), ClaimEpochs how many of
	// the newest epochs it looks at (default 16).
	PushClaims  bool
	ClaimsPerTx int
	ClaimEpochs int

	Log     *slog.Logger
	Metrics *Metrics        // nil: registered on a private registry
	Health  *service.Health // nil: a private tracker
	Backoff service.Backoff // zero: service.DefaultBackoff
}

// HealthLoop is the relayer's name in /healthz.
const HealthLoop = "relay"

// Relayer is a running relay loop; see the package doc.
type Relayer struct {
	cfg      Config
	log      *slog.Logger
	m        *Metrics
	sender   *sender
	bridge   *bindings.FlockBridgeCaller
	reader   *baseclient.EventReader
	filterer *bindings.FlockBridgeFilterer
	abi      *abi.ABI
}

// New checks cfg and builds a relayer; nothing is read or sent yet.
func New(cfg Config) (*Relayer, error) {
	if cfg.Chain == nil || cfg.Eth == nil || cfg.Key == nil || cfg.ChainID == nil || cfg.Bridge == (common.Address{}) {
		return nil, errors.New("relay: Chain, Eth, ChainID, Bridge and Key are required")
	}
	if cfg.TxTimeout <= 0 {
		cfg.TxTimeout = 2 * time.Minute
	}
	if cfg.ReplaceAfter <= 0 {
		cfg.ReplaceAfter = 5 * time.Minute
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 5 * time.Second
	}
	if cfg.ClaimsPerTx <= 0 {
		cfg.ClaimsPerTx = 50
	}
	if cfg.ClaimEpochs <= 0 {
		cfg.ClaimEpochs = 16
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Health == nil {
		cfg.Health = service.NewHealth()
	}
	if cfg.Backoff == (service.Backoff{}) {
		cfg.Backoff = service.DefaultBackoff
	}
	m := cfg.Metrics
	if m == nil {
		m = NewMetrics(service.NewRegistry())
	}
	caller, err := bindings.NewFlockBridgeCaller(cfg.Bridge, cfg.Eth)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: %w", cfg.Bridge, err)
	}
	reader, err := baseclient.NewEventReader(cfg.Bridge, cfg.Eth, 0)
	if err != nil {
		return nil, err
	}
	filterer, err := bindings.NewFlockBridgeFilterer(cfg.Bridge, cfg.Eth)
	if err != nil {
		return nil, err
	}
	a, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	s := newSender(cfg.Eth, cfg.Key, cfg.ChainID, cfg.Bridge, cfg.MaxFeePerGas, cfg.TxTimeout, cfg.ReplaceAfter)
	log := cfg.Log.With("relayer", s.from.Hex())
	return &Relayer{cfg: cfg, log: log, m: m, sender: s, bridge: caller, reader: reader, filterer: filterer, abi: a}, nil
}

// Address is the relayer's Base account.
func (r *Relayer) Address() common.Address { return r.sender.from }

// Run relays until ctx ends (then it returns nil) or the target turns out wrong (a
// *service.Permanent error). Every transient failure — the chain or Base not answering — is
// retried with backoff.
func (r *Relayer) Run(ctx context.Context) error {
	r.cfg.Health.Register(HealthLoop, max(10*r.cfg.PollInterval, 2*time.Minute))
	onErr := func(err error) { r.cfg.Health.Failed(HealthLoop, err) }
	err := r.cfg.Backoff.Retry(ctx, r.log, "checking the bridge against the chain's params", onErr, r.CheckTarget)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	r.log.Info("relaying", "bridge", r.cfg.Bridge.Hex(), "base_chain_id", r.cfg.ChainID, "push_claims", r.cfg.PushClaims,
		"max_fee_per_gas", r.cfg.MaxFeePerGas, "poll_interval", r.cfg.PollInterval)
	for {
		if err := r.cfg.Backoff.Retry(ctx, r.log, "relay pass", onErr, r.pass); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		r.cfg.Health.Progress(HealthLoop)
		if err := service.Sleep(ctx, r.cfg.PollInterval); err != nil {
			return nil
		}
	}
}

// CheckTarget refuses (permanently) a Base endpoint or bridge that is not the chain's: another
// chain id, another contract, another bridge id.
func (r *Relayer) CheckTarget(ctx context.Context) error {
	res, err := r.cfg.Chain.Params(ctx, &types.QueryParamsRequest{})
	r.m.Observe("chain", "chain_grpc", err)
	if err != nil {
		return fmt.Errorf("chain params: %w", err)
	}
	p := res.Params
	if p.BaseChainId != r.cfg.ChainID.Uint64() {
		return &service.Permanent{Err: fmt.Errorf("the Base RPC serves chain id %s, the chain's bridge is on chain id %d", r.cfg.ChainID, p.BaseChainId)}
	}
	if want, err := types.ParseEthAddress("bridge_contract", p.BridgeContract); err != nil || want != r.cfg.Bridge {
		return &service.Permanent{Err: fmt.Errorf("bridge %s is not the chain's bridge_contract %q", r.cfg.Bridge.Hex(), p.BridgeContract)}
	}
	id, err := r.bridge.BridgeId(baseclient.Call(ctx))
	r.m.Observe("base", "base_rpc", err)
	if err != nil {
		return fmt.Errorf("bridgeId of %s: %w", r.cfg.Bridge, err)
	}
	if got := types.HashString(id); got != p.BridgeId {
		return &service.Permanent{Err: fmt.Errorf("bridge %s has bridge id %s, the chain's is %s", r.cfg.Bridge.Hex(), got, p.BridgeId)}
	}
	return nil
}

// errWait ends a pass early without an error: something must happen on Base first (a
// transaction mined, the fee falling, another relayer's change read back).
var errWait = errors.New("waiting")

// pass reads Base and the chain once and sends what Base lacks, in order.
func (r *Relayer) pass(ctx context.Context) error {
	st, err := readBase(ctx, r.cfg.Eth, r.bridge)
	r.m.Observe("base", "base_rpc", err)
	if err != nil {
		return err
	}
	if bal, err := r.sender.balance(ctx); err == nil {
		f, _ := new(big.Float).SetInt(bal).Float64()
		r.m.Balance.Set(f)
	}
	if st.Paused {
		r.log.Warn("the bridge is paused on Base: nothing can be relayed until the guardian unpauses it", "base_block", st.Block)
		return nil
	}
	for _, step := range []func(context.Context, *BaseState) error{r.valsets, r.settlements, r.claims} {
		if err := step(ctx, &st); err != nil {
			if errors.Is(err, errWait) {
				return nil
			}
			return err
		}
	}
	return nil
}

// submission is one transaction the relayer sends: its kind and the valset nonce or epoch it
// carries (0 for claims).
type submission struct {
	kind  string
	nonce uint64
}

func (s submission) String() string {
	switch s.kind {
	case KindSettlement:
		return fmt.Sprintf("settlement %d", s.nonce)
	case KindClaims:
		return "claims"
	}
	return fmt.Sprintf("%s %d", s.kind, s.nonce)
}

// submit sends one call and sorts out what happened. A success is logged and counted as
// landed. A revert is looked up against Base's state: if Base has the item now it is counted
// as already (another relayer was first, or our own earlier transaction); else failed,
// logged as an error with the decoded reason. A transaction in flight or a fee over the cap
// ends the pass without an error (errWait). Other errors (RPC) are returned for backoff.
func (r *Relayer) submit(ctx context.Context, s submission, method string, args ...any) (*ethtypes.Receipt, error) {
	data, err := r.abi.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s, err)
	}
	log := r.log.With("kind", s.kind, "nonce", s.nonce)
	rec, err := r.sender.send(ctx, s.String(), data)
	var inFlight *errInFlight
	var feeHigh *errFeeTooHigh
	var reverted *errReverted
	var notMined *errNotMined
	switch {
	case err == nil:
		r.m.Submissions.WithLabelValues(s.kind, ResultLanded).Inc()
		r.m.GasUsed.WithLabelValues(s.kind).Add(float64(rec.GasUsed))
		log.Info("landed on Base", "tx", rec.TxHash.Hex(), "base_block", rec.BlockNumber, "gas", rec.GasUsed)
		return rec, nil
	case errors.As(err, &inFlight), errors.Is(err, errReread):
		log.Info("not sending yet", "reason", err.Error())
		return nil, errWait
	case errors.As(err, &notMined):
		log.Warn("sent, not mined yet", "tx", notMined.tx.Hash().Hex(), "reason", err.Error())
		return nil, errWait
	case errors.As(err, &feeHigh):
		r.m.Errors.WithLabelValues("fee_cap").Inc()
		log.Warn("not sending", "reason", err.Error())
		return nil, errWait
	case errors.As(err, &reverted):
		st, rerr := readBase(ctx, r.cfg.Eth, r.bridge)
		r.m.Observe("base", "base_rpc", rerr)
		if rerr != nil {
			return nil, rerr
		}
		if st.has(s) {
			r.m.Submissions.WithLabelValues(s.kind, ResultAlready).Inc()
			log.Info("Base already has it", "reason", reverted.reason)
			return nil, errWait
		}
		r.m.Submissions.WithLabelValues(s.kind, ResultFailed).Inc()
		r.m.Errors.WithLabelValues("tx_refused").Inc()
		args := []any{"reason", reverted.reason}
		if reverted.mined != nil {
			args = append(args, "tx", reverted.mined.TxHash.Hex(), "base_block", reverted.mined.BlockNumber)
		}
		log.Error("Base refused it", args...)
		return nil, errWait
	case ctx.Err() != nil:
		return nil, ctx.Err()
	}
	r.m.Observe("base", "base_rpc", err)
	return nil, err
}

// chainErr records a chain query's outcome; NotFound is an answer, not an outage.
func (r *Relayer) chainErr(err error) error {
	outage := err
	if notFound(err) {
		outage = nil
	}
	r.m.Observe("chain", "chain_grpc", outage)
	return err
}

func notFound(err error) bool { return status.Code(err) == codes.NotFound }
