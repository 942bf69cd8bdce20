package oracle

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/flockchain/flock/bridge/service"
)

// Metrics are the oracle's gauges and counters (flock_bridge_ prefix), beside the common
// ones. What to alert on: last_attested_nonce behind base_event_nonce for minutes (this
// orchestrator is not attesting), chain_last_applied_nonce behind base_event_nonce (the
// bridge is stalled: fewer than 2/3 of the power attests), base_safe_block not moving (the
// Base node is stuck), rpc_up 0.
type Metrics struct {
	*service.Common
	BaseLatestBlock       prometheus.Gauge
	BaseSafeBlock         prometheus.Gauge
	BaseLastObservedBlock prometheus.Gauge
	LastAttestedNonce     prometheus.Gauge
	ChainLastAppliedNonce prometheus.Gauge
	BaseEventNonce        prometheus.Gauge
	EventsAttested        prometheus.Counter
	AttestTxs             prometheus.Counter
	BatchSplits           prometheus.Counter
}

// NewMetrics registers the oracle's metrics on reg; common are the process's common
// metrics (registered once per process, shared with the other loops).
func NewMetrics(reg prometheus.Registerer, common *service.Common) *Metrics {
	gauge := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: service.Namespace, Name: name, Help: help})
	}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: service.Namespace, Name: name, Help: help})
	}
	m := &Metrics{
		Common:                common,
		BaseLatestBlock:       gauge("base_latest_block", "Latest Base block number seen."),
		BaseSafeBlock:         gauge("base_safe_block", "Base block the oracle reads up to: the finalized block, or head - confirmations on a node without the finalized tag."),
		BaseLastObservedBlock: gauge("base_last_observed_block", "Last Base block whose bridge events this orchestrator has read and attested."),
		LastAttestedNonce:     gauge("last_attested_nonce", "This orchestrator's last attested event nonce, as the chain reports it."),
		ChainLastAppliedNonce: gauge("chain_last_applied_nonce", "The chain's last applied event nonce."),
		BaseEventNonce:        gauge("base_event_nonce", "FlockBridge's event nonce at the safe block: the last event the chain should have."),
		EventsAttested:        counter("events_attested_total", "Events attested by this orchestrator."),
		AttestTxs:             counter("attest_txs_total", "MsgAttestEvents transactions included in a block."),
		BatchSplits:           counter("attest_batch_splits_total", "Attestation batches split because they did not fit one transaction."),
	}
	reg.MustRegister(m.BaseLatestBlock, m.BaseSafeBlock, m.BaseLastObservedBlock, m.LastAttestedNonce,
		m.ChainLastAppliedNonce, m.BaseEventNonce, m.EventsAttested, m.AttestTxs, m.BatchSplits)
	return m
}
