package service

import (
	"encoding/json"
	"net/http"
	"sort"
	"sync"
	"time"
)

// Health tracks, per loop, when it last completed a pass. /healthz answers 200 while every
// registered loop has progressed within its staleness bound, 503 otherwise, with a JSON body
// naming each loop, its last progress and its last error.
type Health struct {
	mu    sync.Mutex
	now   func() time.Time
	loops map[string]*loopHealth
}

type loopHealth struct {
	stale    time.Duration
	last     time.Time
	lastErr  string
	errSince time.Time
}

// NewHealth is an empty tracker.
func NewHealth() *Health { return &Health{now: time.Now, loops: map[string]*loopHealth{}} }

// Register adds a loop that is unhealthy when it has not progressed for stale. A loop counts
// as progressing from the moment it is registered (start-up is not an outage).
func (h *Health) Register(loop string, stale time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.loops[loop] = &loopHealth{stale: stale, last: h.now()}
}

// Progress records a completed pass of loop and clears its error.
func (h *Health) Progress(loop string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if l, ok := h.loops[loop]; ok {
		l.last, l.lastErr, l.errSince = h.now(), "", time.Time{}
	}
}

// Failed records loop's latest error (shown by /healthz until the next progress).
func (h *Health) Failed(loop string, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if l, ok := h.loops[loop]; ok && err != nil {
		if l.lastErr == "" {
			l.errSince = h.now()
		}
		l.lastErr = err.Error()
	}
}

// LoopStatus is one loop in /healthz.
type LoopStatus struct {
	Loop         string    `json:"loop"`
	Healthy      bool      `json:"healthy"`
	LastProgress time.Time `json:"last_progress"`
	LastError    string    `json:"last_error,omitempty"`
	ErrorSince   time.Time `json:"error_since,omitempty"`
}

// Status reports every loop, sorted by name, and whether all are healthy.
func (h *Health) Status() ([]LoopStatus, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	now, all := h.now(), true
	out := make([]LoopStatus, 0, len(h.loops))
	for name, l := range h.loops {
		ok := now.Sub(l.last) <= l.stale
		all = all && ok
		out = append(out, LoopStatus{Loop: name, Healthy: ok, LastProgress: l.last, LastError: l.lastErr, ErrorSince: l.errSince})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Loop < out[j].Loop })
	return out, all
}

// ServeHTTP is /healthz.
func (h *Health) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	loops, ok := h.Status()
	w.Header().Set("Content-Type", "application/json")
	if !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(struct {
		Healthy bool         `json:"healthy"`
		Loops   []LoopStatus `json:"loops"`
	}{ok, loops})
}
