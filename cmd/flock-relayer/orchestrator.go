package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/flockchain/flock/bridge/oracle"
	"github.com/flockchain/flock/bridge/service"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// orchestratorFlags are the orchestrator's own flags, beside serviceFlags.
type orchestratorFlags struct {
	confirmations, maxBlockRange, maxGas uint64
	pollInterval                         time.Duration
	maxEventsPerTx                       uint32
}

func newOrchestratorCmd() *cobra.Command {
	var (
		sf serviceFlags
		of orchestratorFlags
	)
	cmd := &cobra.Command{
		Use:   "orchestrator",
		Short: "Run a validator's orchestrator: attest FlockBridge's finalized Base events to the chain",
		Long: `Run beside a validator's node, with the orchestrator key the validator registered.

The oracle reads FlockBridge's events from Base up to the finalized block (or head minus
--confirmations on a node without the finalized tag) and attests them to the chain in
event-nonce order, several per transaction. It keeps nothing on disk: progress is read back
from the chain on every pass, so a restart, even after kill -9, neither skips nor repeats an
event. Outages of either node are waited out with backoff.

/metrics and /healthz are served on --metrics-addr. SIGINT or SIGTERM stops it cleanly.`,
		Example: `flock-relayer orchestrator --from orch0 --keyring-dir ~/.flockd --base-rpc https://base.example:8545
flock-relayer orchestrator --config orchestrator.toml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := sf.load(cmd)
			if err != nil {
				return err
			}
			err = runOrchestrator(cmd.Context(), sf, of, log)
			if cmd.Context().Err() != nil {
				log.Info("stopped")
				return nil
			}
			return err
		},
	}
	sf.register(cmd, "keyring key of the orchestrator account the validator registered", "127.0.0.1:9464")
	fs := cmd.Flags()
	fs.Uint64Var(&of.confirmations, "confirmations", 64, "blocks below the head read as final, used only when the Base node has no finalized tag (checked at start and logged)")
	fs.Uint64Var(&of.maxBlockRange, "max-block-range", 1_000, "most blocks per eth_getLogs call (the provider's limit)")
	fs.DurationVar(&of.pollInterval, "poll-interval", time.Second, "wait between reads of Base once caught up")
	fs.Uint32Var(&of.maxEventsPerTx, "max-events-per-tx", 0, "most events per attestation transaction (default: the chain's max_events_per_attestation; a batch too large for a transaction is split anyway)")
	fs.Uint64Var(&of.maxGas, "max-gas-per-tx", oracle.DefaultMaxGas, "most gas one attestation transaction may use; a larger batch is split")
	return cmd
}

// runOrchestrator connects to both chains and runs the loops on one chain client (one
// sender for the key) and one metrics server, until ctx ends or a loop fails for good.
func runOrchestrator(ctx context.Context, sf serviceFlags, of orchestratorFlags, log *slog.Logger) error {
	reg := service.NewRegistry()
	common := service.NewCommon(reg)
	health := service.NewHealth()
	if _, err := service.Serve(ctx, log, sf.metricsAddr, reg, health); err != nil {
		return err
	}
	sf.metrics = common
	chain, err := sf.dialChain(ctx, log)
	if err != nil {
		return err
	}
	defer chain.Close()
	base, err := sf.dialBase(ctx, log)
	if err != nil {
		return err
	}
	defer base.Close()
	_, bridge, err := sf.bridgeParams(ctx, log, chain.Bridge, base)
	if err != nil {
		return err
	}
	reportRegistration(ctx, log, chain.Bridge, chain.Address().String())

	ethBase, err := oracle.NewEthBase(base.Eth, bridge, of.maxBlockRange)
	if err != nil {
		return err
	}
	oracleCfg := oracle.Config{
		Chain: &oracle.ChainClient{Client: chain, MaxGas: of.maxGas}, Base: ethBase, Log: log,
		Metrics: oracle.NewMetrics(reg, common), Health: health,
		Confirmations: of.confirmations, MaxBlockRange: of.maxBlockRange, PollInterval: of.pollInterval,
		MaxEventsPerTx: of.maxEventsPerTx,
	}
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return oracle.Run(ctx, oracleCfg) })
	err = g.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// reportRegistration logs which validator the key attests for, or that it is not registered
// yet (the chain refuses its attestations until it is; the loops keep trying).
func reportRegistration(ctx context.Context, log *slog.Logger, q bridgetypes.QueryClient, account string) {
	res, err := q.Orchestrator(ctx, &bridgetypes.QueryOrchestratorRequest{Key: account})
	if err != nil {
		log.Error("this key is not a registered orchestrator (yet?): the chain refuses its attestations until the validator registers it (flock-relayer register)",
			"account", account, "err", err)
		return
	}
	o := res.Orchestrator
	log.Info("orchestrator", "validator", o.Validator, "account", o.Orchestrator, "eth_address", o.EthAddress, "last_attested_nonce", res.LastAttestedNonce)
}
