package artifacts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Server serves a Store: GET /artifacts/{sha256} returns the bytes, PUT /artifacts/{sha256}
// stores a body that must hash to the name (201), POST /artifacts stores any body and
// answers with its name.
type Server struct{ Store *Store }

func (s Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/artifacts/")
	switch {
	case r.Method == http.MethodGet && name != r.URL.Path:
		b, err := s.Store.Get(name)
		switch {
		case errors.Is(err, ErrNotFound):
			http.Error(w, err.Error(), http.StatusNotFound)
		case err != nil:
			http.Error(w, err.Error(), http.StatusBadRequest)
		default:
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = w.Write(b)
		}
	case r.Method == http.MethodPut && name != r.URL.Path:
		if err := ValidName(name); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		b, err := Verify(name, http.MaxBytesReader(w, r.Body, MaxSize))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if _, err := s.Store.Put(b); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	case r.Method == http.MethodPost && (r.URL.Path == "/artifacts" || r.URL.Path == "/artifacts/"):
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxSize))
		if err != nil {
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
			return
		}
		name, err := s.Store.Put(b)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, name)
	default:
		http.Error(w, "use GET or PUT /artifacts/{sha256}, or POST /artifacts", http.StatusMethodNotAllowed)
	}
}

// Client talks to a Server at BaseURL (e.g. http://127.0.0.1:7070).
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

// NewClient returns a client with a 60 s timeout per request.
func NewClient(baseURL string) *Client {
	return &Client{BaseURL: strings.TrimRight(baseURL, "/"), HTTP: &http.Client{Timeout: 60 * time.Second}}
}

// URI is the address of an artifact on this server, as submitted to the chain.
func (c *Client) URI(name string) string { return c.BaseURL + "/artifacts/" + name }

// Put uploads b under its hash and returns the name.
func (c *Client) Put(ctx context.Context, b []byte) (string, error) {
	name := Hash(b)
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.URI(name), bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", fmt.Errorf("uploading to %s: %w", c.BaseURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return "", fmt.Errorf("uploading %s to %s: %s: %s", name, c.BaseURL, resp.Status, strings.TrimSpace(string(msg)))
	}
	return name, nil
}

// Get downloads an artifact and verifies it against its name before returning it.
func (c *Client) Get(ctx context.Context, name string) ([]byte, error) {
	if err := ValidName(name); err != nil {
		return nil, err
	}
	return Fetch(ctx, c.HTTP, c.URI(name), name)
}

// Fetch downloads uri (any HTTP location, such as a URI recorded on chain) and verifies the
// content hashes to want.
func Fetch(ctx context.Context, hc *http.Client, uri, want string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("downloading %s: %w", uri, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("%s: %w", uri, ErrNotFound)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("downloading %s: %s", uri, resp.Status)
	}
	return Verify(want, io.LimitReader(resp.Body, MaxSize+1))
}
