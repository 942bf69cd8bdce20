package service

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// Backoff paces retries: the first wait is Initial, each next one doubles, up to Max.
type Backoff struct {
	Initial, Max time.Duration
}

// DefaultBackoff retries quickly at first (an RPC blip) and settles at 30 s (an outage).
var DefaultBackoff = Backoff{Initial: 500 * time.Millisecond, Max: 30 * time.Second}

// Wait returns the wait before retry number attempt (0-based).
func (b Backoff) Wait(attempt int) time.Duration {
	d := b.Initial
	for i := 0; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	return min(d, b.Max)
}

// Permanent marks an error that retrying cannot fix (a refusal, a bad config): Retry
// returns it at once.
type Permanent struct{ Err error }

func (p *Permanent) Error() string { return p.Err.Error() }
func (p *Permanent) Unwrap() error { return p.Err }

// Retry runs fn until it succeeds, returns a *Permanent error, or ctx ends. Each failure is
// logged with what was being done and counted by onError (may be nil), then waited out with
// the backoff. It returns fn's last error, or ctx's.
func (b Backoff) Retry(ctx context.Context, log *slog.Logger, what string, onError func(error), fn func(context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := fn(ctx)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var p *Permanent
		if errors.As(err, &p) {
			return err
		}
		if onError != nil {
			onError(err)
		}
		wait := b.Wait(attempt)
		log.Warn("retrying", "what", what, "attempt", attempt+1, "wait", wait, "err", err)
		if err := Sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// Sleep waits d or until ctx ends (then returns ctx's error).
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
