package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// serviceFlags are the flags of a long-running role that signs on the chain (orchestrator):
// the chain connection (chainFlags) beside processFlags.
type serviceFlags struct {
	chainFlags
	processFlags
}

func (f *serviceFlags) register(cmd *cobra.Command, fromHelp, metricsAddr string) {
	f.chainFlags.register(cmd, fromHelp)
	f.processFlags.register(cmd, metricsAddr)
}

// load applies --config to the flags the command line did not set, checks what no default
// can stand for, and makes the logger.
func (f *serviceFlags) load(cmd *cobra.Command) (*slog.Logger, error) {
	log, err := f.processFlags.load(cmd)
	if err != nil {
		return nil, err
	}
	if f.from == "" {
		return nil, errors.New("--from: name the keyring key that signs")
	}
	return log, nil
}

// processFlags are the flags of every long-running role (orchestrator, relay): Base, the
// bridge, metrics and logs. Each may also be set in the --config TOML file, whose keys are the
// flag names; the command line wins.
type processFlags struct {
	config, baseRPC, bridge          string
	metricsAddr, logFormat, logLevel string
	baseTimeout                      time.Duration
	// metrics, when set, counts the start-up's failures to reach a node (errors_total, rpc_up).
	metrics *service.Common
}

// startBackoff paces the start-up's waits for a node as the loops pace theirs: an operator
// who brings a node back sees the process connect within seconds.
var startBackoff = service.Backoff{Initial: 500 * time.Millisecond, Max: 5 * time.Second}

// observe records a start-up call to a node in the metrics, if any.
func (f *processFlags) observe(endpoint, kind string, err error) {
	if f.metrics != nil {
		f.metrics.Observe(endpoint, kind, err)
	}
}

func (f *processFlags) register(cmd *cobra.Command, metricsAddr string) {
	fs := cmd.Flags()
	fs.StringVar(&f.config, "config", "", `TOML file of flag values, keys named as the flags (chain-grpc = "127.0.0.1:9090"); the command line wins`)
	fs.StringVar(&f.baseRPC, "base-rpc", "", "JSON-RPC URL of a Base node: http(s):// or ws(s)://")
	fs.StringVar(&f.bridge, "bridge", "", "FlockBridge address on Base (default: the chain's bridge_contract param; refuses to start if they differ)")
	fs.StringVar(&f.metricsAddr, "metrics-addr", metricsAddr, "host:port serving Prometheus /metrics and /healthz (empty: none)")
	fs.StringVar(&f.logFormat, "log-format", "text", "log format: json or text")
	fs.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.DurationVar(&f.baseTimeout, "base-timeout", 30*time.Second, "how long to wait for one Base RPC connection or transaction")
}

// load applies --config to the flags the command line did not set, checks --base-rpc and
// --bridge, and makes the logger.
func (f *processFlags) load(cmd *cobra.Command) (*slog.Logger, error) {
	if err := service.ApplyConfigFile(cmd.Flags(), f.config); err != nil {
		return nil, err
	}
	if f.baseRPC == "" {
		return nil, errors.New("--base-rpc: give the JSON-RPC URL of a Base node")
	}
	if f.bridge != "" && !common.IsHexAddress(f.bridge) {
		return nil, fmt.Errorf("--bridge %q is not a Base address (0x and 40 hex digits)", f.bridge)
	}
	return f.logger(cmd.ErrOrStderr())
}

func (f *processFlags) logger(w io.Writer) (*slog.Logger, error) {
	return service.NewLogger(w, f.logFormat, f.logLevel)
}

// dialChain connects as --from and learns the chain id (from the node unless --chain-id),
// waiting with backoff for a node that does not answer yet.
func (f *serviceFlags) dialChain(ctx context.Context, log *slog.Logger) (*chainclient.Client, error) {
	c, _, err := f.dial()
	if err != nil {
		return nil, err
	}
	var id string
	err = startBackoff.Retry(ctx, log, "asking the chain node its chain id", nil, func(ctx context.Context) error {
		id, err = c.ChainID(ctx)
		f.observe("chain", "chain_grpc", err)
		return err
	})
	if err != nil {
		c.Close()
		return nil, err
	}
	log.Info("chain", "grpc", f.grpc, "chain_id", id, "account", c.Address().String())
	return c, nil
}

// dialBase connects to --base-rpc, waiting with backoff for a node that does not answer yet.
func (f *processFlags) dialBase(ctx context.Context, log *slog.Logger) (*baseclient.Client, error) {
	var c *baseclient.Client
	err := startBackoff.Retry(ctx, log, "connecting to Base", nil, func(ctx context.Context) error {
		var err error
		c, err = baseclient.Dial(ctx, f.baseRPC, f.baseTimeout)
		f.observe("base", "base_rpc", err)
		return err
	})
	if err != nil {
		return nil, err
	}
	if !c.ChainID.IsUint64() {
		c.Close()
		return nil, fmt.Errorf("--base-rpc %s answers chain id %s", f.baseRPC, c.ChainID)
	}
	log.Info("base", "rpc", f.baseRPC, "chain_id", c.ChainID)
	return c, nil
}

// bridgeParams reads the chain's bridge params (waiting for the node) and checks the
// deployment against Base and --bridge: the process refuses to serve another bridge than the
// chain's, or one on another Base chain.
func (f *processFlags) bridgeParams(ctx context.Context, log *slog.Logger, chain bridgetypes.QueryClient, base *baseclient.Client) (bridgetypes.Params, common.Address, error) {
	var p bridgetypes.Params
	err := startBackoff.Retry(ctx, log, "reading the chain's bridge params", nil, func(ctx context.Context) error {
		res, err := chain.Params(ctx, &bridgetypes.QueryParamsRequest{})
		f.observe("chain", "chain_grpc", err)
		if err == nil {
			p = res.Params
		}
		return err
	})
	if err != nil {
		return p, common.Address{}, err
	}
	if p.BridgeContract == "" {
		return p, common.Address{}, errors.New("the chain's bridge is not configured (params.bridge_contract is empty): nothing to serve until governance sets it")
	}
	addr := common.HexToAddress(p.BridgeContract)
	if f.bridge != "" && common.HexToAddress(f.bridge) != addr {
		return p, common.Address{}, fmt.Errorf("--bridge %s is not the chain's bridge_contract %s: refusing to serve another bridge", f.bridge, p.BridgeContract)
	}
	if id := base.ChainID.Uint64(); id != p.BaseChainId {
		return p, common.Address{}, fmt.Errorf("--base-rpc %s is chain %d, but the chain's bridge is on Base chain %d", f.baseRPC, id, p.BaseChainId)
	}
	log.Info("bridge", "contract", addr.Hex(), "base_chain_id", p.BaseChainId)
	return p, addr, nil
}
