package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
)

// A node that answers the finalized tag with an error has no finality to offer: the oracle
// falls back to confirmations. A node that does not answer is an outage, not a missing tag.
func TestFinalizedTagDetection(t *testing.T) {
	// a JSON-RPC node whose eth_getBlockByNumber knows "latest" but refuses "finalized"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params []any           `json:"params"`
		}
		require.NoError(t, json.NewDecoder(r.Body).Decode(&req))
		w.Header().Set("Content-Type", "application/json")
		if req.Method == "eth_getBlockByNumber" && req.Params[0] == "finalized" {
			_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID,
				"error": map[string]any{"code": -32602, "message": "invalid block tag finalized"}})
			return
		}
		http.Error(w, "not served", http.StatusNotImplemented)
	}))
	defer srv.Close()
	client, err := ethclient.Dial(srv.URL)
	require.NoError(t, err)
	defer client.Close()
	base, err := NewEthBase(client, common.Address{1}, 10)
	require.NoError(t, err)
	_, err = base.Finalized(context.Background())
	require.ErrorIs(t, err, ErrNoFinalizedTag)
	require.ErrorContains(t, err, "invalid block tag finalized")

	srv.Close() // now nobody answers
	_, err = base.Finalized(context.Background())
	require.Error(t, err)
	require.False(t, errors.Is(err, ErrNoFinalizedTag), "an outage is not a missing tag: %v", err)

	// a proxy in front of a node that is down answers HTTP 503: an outage too
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "upstream unavailable", http.StatusServiceUnavailable)
	}))
	defer down.Close()
	client503, err := ethclient.Dial(down.URL)
	require.NoError(t, err)
	defer client503.Close()
	base, err = NewEthBase(client503, common.Address{1}, 10)
	require.NoError(t, err)
	_, err = base.Finalized(context.Background())
	require.ErrorContains(t, err, "503")
	require.False(t, errors.Is(err, ErrNoFinalizedTag))
}
