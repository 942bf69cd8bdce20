package main

import (
	"context"
	"io"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/relay"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// relayFlags are the relay's own flags, beside processFlags.
type relayFlags struct {
	keys                     baseclient.KeySource
	grpc, maxFee             string
	poll, txTimeout, replace time.Duration
	pushClaims               bool
	claimsPerTx, claimEpochs int
}

func newRelayCmd() *cobra.Command {
	var (
		pf processFlags
		rf relayFlags
	)
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Submit the chain's signed valsets and settlements to FlockBridge on Base (and optionally push claims); runs until stopped",
		Long: `relay carries what the chain's bridge valset signed onto Base: valset proposals and their
activation after the contract's delay, and settlements in epoch order, each once it has a
quorum of signatures of Base's active valset. It keeps no state: every pass reads what Base
has from the contract, so a restart or a second relayer never sends anything twice. It reads
the chain (queries only) and pays Base gas from its own account (--key-file).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := pf.load(cmd)
			if err != nil {
				return err
			}
			err = runRelay(cmd.Context(), pf, rf, log, cmd.ErrOrStderr())
			if cmd.Context().Err() != nil {
				log.Info("stopped")
				return nil
			}
			return err
		},
	}
	pf.register(cmd, "127.0.0.1:9465")
	keyFlags(cmd, &rf.keys)
	f := cmd.Flags()
	f.StringVar(&rf.grpc, "chain-grpc", "127.0.0.1:9090", "gRPC address (host:port) of a flockd node (queries only: the relayer signs nothing on the chain)")
	f.StringVar(&rf.maxFee, "max-fee-per-gas", "", "most a transaction may pay per gas, in wei; above it nothing is sent until the fee falls (default: no cap)")
	f.DurationVar(&rf.poll, "poll-interval", 5*time.Second, "pause between two passes")
	f.DurationVar(&rf.txTimeout, "tx-timeout", 2*time.Minute, "how long to wait for the RPC and for a transaction to be mined within a pass (it stays in flight after)")
	f.DurationVar(&rf.replace, "replace-after", 5*time.Minute, "how long a transaction may stay unmined before it is replaced, at its nonce, with higher fees (within --max-fee-per-gas)")
	f.BoolVar(&rf.pushClaims, "push-claims", false, "also pay the payees of landed settlements once their delay has passed (the relayer pays the gas)")
	f.IntVar(&rf.claimsPerTx, "claims-per-tx", 50, "most claims in one claim transaction (--push-claims)")
	f.IntVar(&rf.claimEpochs, "claim-epochs", 16, "how many of the newest settlements --push-claims looks at")
	return cmd
}

// runRelay connects to the chain (queries only) and Base, serves the metrics and runs the
// relay loop until ctx ends or the target turns out wrong.
func runRelay(ctx context.Context, pf processFlags, rf relayFlags, log *slog.Logger, warn io.Writer) error {
	cap, err := (&rpcFlags{maxFeePerGas: rf.maxFee}).feeCap()
	if err != nil {
		return err
	}
	reg := service.NewRegistry()
	metrics := relay.NewMetrics(reg)
	health := service.NewHealth()
	if _, err := service.Serve(ctx, log, pf.metricsAddr, reg, health); err != nil {
		return err
	}
	enc, err := chainclient.AppEncoding()
	if err != nil {
		return err
	}
	conn, err := chainclient.Connect(rf.grpc, enc)
	if err != nil {
		return err
	}
	defer conn.Close()
	chain := types.NewQueryClient(conn)
	base, err := pf.dialBase(ctx, log)
	if err != nil {
		return err
	}
	defer base.Close()
	_, bridge, err := pf.bridgeParams(ctx, log, chain, base)
	if err != nil {
		return err
	}
	key, err := rf.keys.Load(base.ChainID.Uint64(), warn)
	if err != nil {
		return err
	}
	r, err := relay.New(relay.Config{Chain: chain, Eth: base.Eth, ChainID: base.ChainID, Bridge: bridge, Key: key,
		MaxFeePerGas: cap, TxTimeout: rf.txTimeout, ReplaceAfter: rf.replace, PollInterval: rf.poll, PushClaims: rf.pushClaims,
		ClaimsPerTx: rf.claimsPerTx, ClaimEpochs: rf.claimEpochs, Log: log, Metrics: metrics, Health: health})
	if err != nil {
		return err
	}
	log.Info("relayer account", "address", r.Address().Hex(), "chain_grpc", rf.grpc)
	return r.Run(ctx)
}
