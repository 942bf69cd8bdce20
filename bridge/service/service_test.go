package service

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"
)

func TestBackoffWaitDoublesUpToMax(t *testing.T) {
	b := Backoff{Initial: time.Second, Max: 5 * time.Second}
	var got []time.Duration
	for i := 0; i < 5; i++ {
		got = append(got, b.Wait(i))
	}
	require.Equal(t, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}, got)
}

func TestRetryStopsOnSuccessPermanentOrCancel(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	b := Backoff{Initial: time.Millisecond, Max: time.Millisecond}
	calls, counted := 0, 0
	err := b.Retry(context.Background(), log, "x", func(error) { counted++ }, func(context.Context) error {
		if calls++; calls < 3 {
			return errors.New("blip")
		}
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, 3, calls)
	require.Equal(t, 2, counted)

	refused := errors.New("refused")
	calls = 0
	err = b.Retry(context.Background(), log, "x", nil, func(context.Context) error { calls++; return &Permanent{refused} })
	require.ErrorIs(t, err, refused)
	require.Equal(t, 1, calls)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = b.Retry(ctx, log, "x", nil, func(context.Context) error { return errors.New("down") })
	require.ErrorIs(t, err, context.Canceled)
}

func TestHealthTurnsUnhealthyWhenALoopStalls(t *testing.T) {
	now := time.Unix(1000, 0)
	h := NewHealth()
	h.now = func() time.Time { return now }
	h.Register("oracle", 10*time.Second)
	h.Register("signer", time.Minute)

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	require.Equal(t, http.StatusOK, rec.Code)

	now = now.Add(11 * time.Second)
	h.Failed("oracle", errors.New("base rpc down"))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	require.Equal(t, http.StatusServiceUnavailable, rec.Code)
	require.Contains(t, rec.Body.String(), "base rpc down")

	h.Progress("oracle")
	loops, ok := h.Status()
	require.True(t, ok)
	require.Equal(t, "oracle", loops[0].Loop)
	require.Empty(t, loops[0].LastError)
}

func TestApplyConfigFileFlagsWinAndTyposFail(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.toml")
	require.NoError(t, os.WriteFile(path, []byte("chain_grpc = \"127.0.0.1:9090\"\nconfirmations = 12\nlog-format = \"json\"\n"), 0o600))

	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	grpc := fs.String("chain-grpc", "", "")
	conf := fs.Uint64("confirmations", 0, "")
	format := fs.String("log-format", "text", "")
	require.NoError(t, fs.Parse([]string{"--log-format", "text"}))
	require.NoError(t, ApplyConfigFile(fs, path))
	require.Equal(t, "127.0.0.1:9090", *grpc)
	require.Equal(t, uint64(12), *conf)
	require.Equal(t, "text", *format, "the command line wins over the file")

	require.NoError(t, os.WriteFile(path, []byte("chain-grcp = \"x\"\n"), 0o600))
	err := ApplyConfigFile(fs, path)
	require.Error(t, err)
	require.True(t, strings.Contains(err.Error(), `"chain-grcp" is not a flag`), err.Error())

	require.NoError(t, os.WriteFile(path, []byte("confirmations = \"many\"\n"), 0o600))
	require.ErrorContains(t, ApplyConfigFile(fs, path), "confirmations")
}

func TestNewLoggerRefusesUnknownFormatAndLevel(t *testing.T) {
	_, err := NewLogger(io.Discard, "xml", "info")
	require.ErrorContains(t, err, `"xml"`)
	_, err = NewLogger(io.Discard, "json", "loud")
	require.ErrorContains(t, err, `"loud"`)
	l, err := NewLogger(io.Discard, "json", "debug")
	require.NoError(t, err)
	require.NotNil(t, l)
}

func TestServeExposesMetricsAndHealth(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	h := NewHealth()
	h.Register("loop", time.Minute)
	addr, err := Serve(ctx, log, "127.0.0.1:0", NewRegistry(), h)
	require.NoError(t, err)
	for _, path := range []string{"/metrics", "/healthz"} {
		res, err := http.Get("http://" + addr + path)
		require.NoError(t, err)
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode, path)
		require.NotEmpty(t, body)
	}
	_, err = Serve(ctx, log, addr, NewRegistry(), h)
	require.ErrorContains(t, err, addr, "a port in use fails at start-up, named")
}
