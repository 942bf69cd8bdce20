package signer

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/flockchain/flock/bridge/service"
)

// Metrics of the signer, by kind ("valset", "settlement"). Alert on pending staying above zero
// for a good part of the chain's confirm_window (its validator is slashed at the end of it)
// and on any increase of refused.
type Metrics struct {
	// Pending is what the chain asks of this validator and it has not confirmed after the last
	// pass (refused items and items whose confirmation failed stay pending).
	Pending *prometheus.GaugeVec
	// Sent counts confirmations the chain accepted.
	Sent *prometheus.CounterVec
	// Refused counts valsets and settlements the signer would not sign because they differ
	// from its own recomputation (each once per process).
	Refused *prometheus.CounterVec
}

// NewMetrics registers the signer's metrics on reg (nil: not exported).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Pending: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: service.Namespace, Name: "pending_confirmations",
			Help: "Valsets and settlements the chain asks this validator to confirm and it has not (after the last pass), by kind.",
		}, []string{"kind"}),
		Sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: service.Namespace, Name: "confirmations_sent_total",
			Help: "Confirmations (MsgConfirmValset, MsgConfirmSettlement) the chain accepted, by kind.",
		}, []string{"kind"}),
		Refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: service.Namespace, Name: "signing_refused_total",
			Help: "Valsets and settlements not signed because they differ from the signer's own recomputation, by kind.",
		}, []string{"kind"}),
	}
	for _, k := range []string{kindValset, kindSettlement} {
		m.Pending.WithLabelValues(k)
		m.Sent.WithLabelValues(k)
		m.Refused.WithLabelValues(k)
	}
	if reg != nil {
		reg.MustRegister(m.Pending, m.Sent, m.Refused)
	}
	return m
}
