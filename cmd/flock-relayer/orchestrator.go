package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/flockchain/flock/bridge/ethkey"
	"github.com/flockchain/flock/bridge/oracle"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/bridge/signer"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// orchestratorFlags are the orchestrator's own flags, beside serviceFlags.
type orchestratorFlags struct {
	ethKeyFile, ethPasswordFile          string
	confirmations, maxBlockRange, maxGas uint64
	pollInterval                         time.Duration
	maxEventsPerTx                       uint32
	watchEvidence                        bool
}

func newOrchestratorCmd() *cobra.Command {
	var (
		sf serviceFlags
		of orchestratorFlags
	)
	cmd := &cobra.Command{
		Use:   "orchestrator",
		Short: "Run a validator's orchestrator: attest Base's bridge events to the chain, sign its valsets and settlements",
		Long: `Run beside a validator's node, with the orchestrator account (--from) and the eth key
(--eth-key-file) the validator registered. Two loops share one chain connection (one
transaction at a time for the key) and one metrics server:

- the oracle reads FlockBridge's events from Base up to the finalized block (or head minus
  --confirmations on a node without the finalized tag) and attests them to the chain in
  event-nonce order, several per transaction;
- the signer confirms every bridge valset and settlement the chain asks this validator to sign,
  after recomputing it, and refuses (logged at ERROR) anything it cannot recompute.

Nothing is kept on disk: progress is read back from the chain on every pass, so a restart, even
after kill -9, neither skips nor repeats anything. Outages of either node are waited out with
backoff. /metrics and /healthz are served on --metrics-addr. SIGINT or SIGTERM stops it cleanly.`,
		Example: `flock-relayer orchestrator --from orch0 --keyring-dir ~/.flockd --eth-key-file orch0-eth.json --eth-password-file eth-pw.txt --base-rpc https://base.example:8545
flock-relayer orchestrator --config orchestrator.toml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := sf.load(cmd)
			if err != nil {
				return err
			}
			if of.ethKeyFile == "" {
				return errors.New("--eth-key-file: give the keystore of the eth key the validator registered (flock-relayer keys new makes one)")
			}
			ethKey, err := ethkey.LoadKeystore(of.ethKeyFile, of.ethPasswordFile)
			if err != nil {
				return fmt.Errorf("--eth-key-file: %w", err)
			}
			err = runOrchestrator(cmd.Context(), sf, of, ethKey, log)
			if cmd.Context().Err() != nil {
				log.Info("stopped")
				return nil
			}
			return err
		},
	}
	sf.register(cmd, "keyring key of the orchestrator account the validator registered", "127.0.0.1:9464")
	fs := cmd.Flags()
	fs.StringVar(&of.ethKeyFile, "eth-key-file", "", "go-ethereum keystore of the eth key the validator registered (signs valsets and settlements)")
	fs.StringVar(&of.ethPasswordFile, "eth-password-file", "", "file holding the keystore's password (default: empty password)")
	fs.Uint64Var(&of.confirmations, "confirmations", 64, "blocks below the head read as final, used only when the Base node has no finalized tag (checked at start and logged)")
	fs.Uint64Var(&of.maxBlockRange, "max-block-range", 1_000, "most blocks per eth_getLogs call (the provider's limit)")
	fs.DurationVar(&of.pollInterval, "poll-interval", oracle.DefaultPollInterval, "wait between reads of Base's head once caught up (a deposit is attested within about this much of becoming final)")
	fs.Uint32Var(&of.maxEventsPerTx, "max-events-per-tx", 0, "most events per attestation transaction (default: the chain's max_events_per_attestation; a batch too large for a transaction is split anyway)")
	fs.Uint64Var(&of.maxGas, "max-gas-per-tx", oracle.DefaultMaxGas, "most gas one attestation transaction may use; a larger batch is split")
	fs.BoolVar(&of.watchEvidence, "watch-evidence", false, "also read every Base block's transactions to the bridge and send each signature over a valset or settlement the chain never made as evidence (slashes its validator); costs one full block read per Base block")
	return cmd
}

// runOrchestrator connects to both chains and runs the loops on one chain client (one
// sender for the key) and one metrics server, until ctx ends or a loop fails for good.
func runOrchestrator(ctx context.Context, sf serviceFlags, of orchestratorFlags, ethKey *ecdsa.PrivateKey, log *slog.Logger) error {
	reg := service.NewRegistry()
	commonMetrics := service.NewCommon(reg)
	health := service.NewHealth()
	if _, err := service.Serve(ctx, log, sf.metricsAddr, reg, health); err != nil {
		return err
	}
	sf.metrics = commonMetrics
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
	reportRegistration(ctx, log, chain.Bridge, chain.Address().String(), ethkey.AddressOf(ethKey))

	ethBase, err := oracle.NewEthBase(base.Eth, bridge, of.maxBlockRange)
	if err != nil {
		return err
	}
	oracleCfg := oracle.Config{
		Chain: &oracle.ChainClient{Client: chain, MaxGas: of.maxGas}, Base: ethBase, Log: log,
		Metrics: oracle.NewMetrics(reg, commonMetrics), Health: health,
		Confirmations: of.confirmations, MaxBlockRange: of.maxBlockRange, PollInterval: of.pollInterval,
		MaxEventsPerTx: of.maxEventsPerTx,
	}
	signerCfg := signer.Config{Client: chain, EthKey: ethKey, Log: log, Registry: reg, Common: commonMetrics, Health: health}
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return oracle.Run(ctx, oracleCfg) })
	g.Go(func() error { return signer.Run(ctx, signerCfg) })
	if of.watchEvidence {
		g.Go(func() error {
			return signer.Watch(ctx, signer.WatchConfig{Base: base.Eth, Bridge: bridge, Chain: signer.NewGRPC(chain), Log: log,
				Submit: func(ctx context.Context, ev signer.Evidence) error { return signer.SendEvidence(ctx, chain, ev) }})
		})
	}
	err = g.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// reportRegistration logs which validator the keys act for, or that they are not the
// registered ones (yet?): the chain refuses their attestations and confirmations until the
// validator registers them; the loops keep trying meanwhile.
func reportRegistration(ctx context.Context, log *slog.Logger, q bridgetypes.QueryClient, account string, eth common.Address) {
	res, err := q.Orchestrator(ctx, &bridgetypes.QueryOrchestratorRequest{Key: account})
	if err != nil {
		log.Error("this key is not a registered orchestrator (yet?): the chain refuses its attestations until the validator registers it (flock-relayer register)",
			"account", account, "err", err)
		return
	}
	o := res.Orchestrator
	log.Info("orchestrator", "validator", o.Validator, "account", o.Orchestrator, "eth_address", o.EthAddress, "last_attested_nonce", res.LastAttestedNonce)
	if !strings.EqualFold(o.EthAddress, eth.Hex()) {
		log.Error("--eth-key-file is not the eth key the validator registered: the chain refuses its confirmations (register it with flock-relayer register)",
			"eth_key", eth.Hex(), "registered", o.EthAddress)
	}
}
