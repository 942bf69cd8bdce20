package relay

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/flockchain/flock/bridge/service"
)

// What the relayer submits: the kind label of its metrics and logs.
const (
	KindValsetUpdate     = "valset_update"
	KindValsetActivation = "valset_activation"
	KindSettlement       = "settlement"
	KindClaims           = "claims"
)

// Results of a submission.
const (
	ResultLanded  = "landed"  // mined and successful
	ResultAlready = "already" // Base already had it (another relayer, or our own earlier transaction)
	ResultFailed  = "failed"  // refused or reverted for another reason
)

// Metrics are the relayer's Prometheus metrics (beside service.Common).
type Metrics struct {
	*service.Common
	// Pending is what the chain has that Base does not yet: valsets above Base's newest,
	// settlements above Base's last epoch, unclaimed leaves of landed settlements (with
	// push-claims).
	Pending *prometheus.GaugeVec
	// Submissions counts transactions by kind and result.
	Submissions *prometheus.CounterVec
	// GasUsed sums the gas of the relayer's mined transactions by kind.
	GasUsed *prometheus.CounterVec
	// Balance is the relayer account's balance on Base, in wei: alert before it runs dry.
	Balance prometheus.Gauge
	// ClaimsPushed counts leaves paid by the relayer's claim transactions.
	ClaimsPushed prometheus.Counter
}

// NewMetrics registers the relayer's metrics (and the common ones) on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Common: service.NewCommon(reg),
		Pending: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: service.Namespace, Name: "relay_pending",
			Help: "What the chain has and Base does not yet, by kind: valsets, settlements, unclaimed leaves (with --push-claims)."}, []string{"kind"}),
		Submissions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: service.Namespace, Name: "submissions_total",
			Help: "Transactions sent to Base by kind (valset_update, valset_activation, settlement, claims) and result (landed, already, failed)."}, []string{"kind", "result"}),
		GasUsed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: service.Namespace, Name: "relay_gas_used_total",
			Help: "Gas used by the relayer's mined transactions, by kind."}, []string{"kind"}),
		Balance: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: service.Namespace, Name: "relayer_balance_wei",
			Help: "The relayer account's balance on Base, in wei."}),
		ClaimsPushed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: service.Namespace, Name: "claims_pushed_total",
			Help: "Leaves paid to their payees by the relayer's claim transactions (--push-claims)."}),
	}
	reg.MustRegister(m.Pending, m.Submissions, m.GasUsed, m.Balance, m.ClaimsPushed)
	return m
}
