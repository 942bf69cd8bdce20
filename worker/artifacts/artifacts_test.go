package artifacts_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/artifacts"
)

func TestLocalStore(t *testing.T) {
	s, err := artifacts.Open(t.TempDir())
	require.NoError(t, err)
	name, err := s.Put([]byte("model bytes"))
	require.NoError(t, err)
	require.Equal(t, artifacts.Hash([]byte("model bytes")), name)
	got, err := s.Get(name)
	require.NoError(t, err)
	require.Equal(t, "model bytes", string(got))

	_, err = s.Get(artifacts.Hash([]byte("never stored")))
	require.ErrorIs(t, err, artifacts.ErrNotFound)
	_, err = s.Get("../../etc/passwd")
	require.ErrorContains(t, err, "want 64 hex characters")
}

func TestTamperedContentIsRejected(t *testing.T) {
	dir := t.TempDir()
	s, _ := artifacts.Open(dir)
	name, err := s.Put([]byte("honest"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte("evil"), 0o644))
	_, err = s.Get(name)
	require.ErrorIs(t, err, artifacts.ErrTampered)

	srv := httptest.NewServer(artifacts.Server{Store: s})
	defer srv.Close()
	c := artifacts.NewClient(srv.URL)
	_, err = c.Get(context.Background(), name)
	require.Error(t, err, "the server refuses to serve it, and the client would refuse it too")

	// a lying server: serves other bytes under the name
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("evil")) }))
	defer liar.Close()
	_, err = artifacts.NewClient(liar.URL).Get(context.Background(), name)
	require.ErrorIs(t, err, artifacts.ErrTampered)

	// an upload whose body does not match its name is refused
	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/artifacts/"+artifacts.Hash([]byte("a")), strings.NewReader("b"))
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
}

func TestHTTPRoundTripConcurrentAndMissing(t *testing.T) {
	s, _ := artifacts.Open(t.TempDir())
	srv := httptest.NewServer(artifacts.Server{Store: s})
	defer srv.Close()
	c := artifacts.NewClient(srv.URL)
	ctx := context.Background()

	content := []byte(strings.Repeat("weights ", 10_000))
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Put(ctx, content)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	got, err := c.Get(ctx, artifacts.Hash(content))
	require.NoError(t, err)
	require.Equal(t, content, got)

	_, err = c.Get(ctx, artifacts.Hash([]byte("missing")))
	require.ErrorIs(t, err, artifacts.ErrNotFound)

	_, err = artifacts.NewClient("http://127.0.0.1:1").Get(ctx, artifacts.Hash(content))
	require.ErrorContains(t, err, "downloading http://127.0.0.1:1/artifacts/")
}
