package service

import "github.com/prometheus/client_golang/prometheus"

// Namespace prefixes every flock-relayer metric.
const Namespace = "flock_bridge"

// Common are the metrics every long-running process exports; each role adds its own on the
// same registry (names after PeggyJV's orchestrator: what an operator alerts on).
type Common struct {
	// Errors counts failures by kind: base_rpc, chain_grpc, tx_refused, verify, config...
	Errors *prometheus.CounterVec
	// RPCUp is 1 while the endpoint ("base", "chain") answered the last call, 0 after a failure.
	RPCUp *prometheus.GaugeVec
}

// NewCommon registers the common metrics on reg.
func NewCommon(reg prometheus.Registerer) *Common {
	c := &Common{
		Errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "errors_total", Help: "Failures by kind (base_rpc, chain_grpc, tx_refused, verify, ...).",
		}, []string{"kind"}),
		RPCUp: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: Namespace, Name: "rpc_up", Help: "1 while the endpoint (base, chain) answered the last call, 0 after a failure.",
		}, []string{"endpoint"}),
	}
	reg.MustRegister(c.Errors, c.RPCUp)
	return c
}

// Observe records the outcome of a call to endpoint: up or down, and an error of kind.
func (c *Common) Observe(endpoint, kind string, err error) {
	if err != nil {
		c.RPCUp.WithLabelValues(endpoint).Set(0)
		c.Errors.WithLabelValues(kind).Inc()
		return
	}
	c.RPCUp.WithLabelValues(endpoint).Set(1)
}
