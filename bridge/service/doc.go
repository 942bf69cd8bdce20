// Package service is what the long-running flock-relayer processes (orchestrator, relay)
// share: structured logs (log/slog), a Prometheus registry served on /metrics beside a
// /healthz that turns unhealthy when a loop stops making progress, retries with capped
// exponential backoff, and a TOML config file whose keys are the command's flag names.
//
// The processes keep no state on disk: everything they need to resume is read back from the
// chain and from Base, so this package holds no progress either, only what is needed to
// observe and pace them.
package service
