package devchain

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Scripts move the devchain's clock over JSON-RPC as they would anvil's: evm_increaseTime takes
// a number or a decimal or hex string, evm_mine seals a block; bad amounts are refused.
func TestEvmClockOverRPC(t *testing.T) {
	c, err := Start(Config{HTTPPort: freePort(t), DevKeys: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl, err := rpc.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	head := func() (number, time uint64) {
		h, err := c.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64(), h.Time
	}
	n0, _ := head()
	var got hexutil.Uint64
	if err := cl.CallContext(ctx, &got, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if n1, t1 := head(); n1 != n0+1 || uint64(got) != t1 {
		t.Fatalf("evm_mine: head %d -> %d, returned time %d, head time %d", n0, n1, got, t1)
	}
	_, before := head()
	for _, arg := range []any{3600, "7200", "0xe10"} {
		if err := cl.CallContext(ctx, &got, "evm_increaseTime", arg); err != nil {
			t.Fatalf("evm_increaseTime(%v): %v", arg, err)
		}
	}
	if _, after := head(); uint64(got) != after || after < before+3600+7200+3600 {
		t.Fatalf("clock %d -> %d (returned %d), want at least +14400", before, after, got)
	}
	for _, bad := range []any{0, -5, "x", 1.5, []int{1}, uint64(20 * 365 * 86400)} {
		if err := cl.CallContext(ctx, &got, "evm_increaseTime", bad); err == nil ||
			!strings.Contains(err.Error(), "seconds") && !strings.Contains(err.Error(), "evm_increaseTime") {
			t.Errorf("evm_increaseTime(%v): %v, want a refusal", bad, err)
		}
	}
}
