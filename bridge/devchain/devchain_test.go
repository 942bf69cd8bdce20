package devchain

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// The devchain answers over HTTP and WS on loopback with chain id 845399, Prague rules,
// prefunded dev keys and a block every BlockTime.
func TestDevchainServes(t *testing.T) {
	c, err := Start(Config{HTTPPort: freePort(t), WSPort: freePort(t), BlockTime: 100 * time.Millisecond, DevKeys: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, url := range []string{c.HTTPURL(), c.WSURL()} {
		cl, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		id, err := cl.ChainID(ctx)
		if err != nil || id.Uint64() != ChainID {
			t.Fatalf("%s: chain id %v %v", url, id, err)
		}
		bal, err := cl.BalanceAt(ctx, crypto.PubkeyToAddress(DevKey(2).PublicKey), nil)
		if err != nil || bal.Cmp(DevFunds) != 0 {
			t.Fatalf("%s: dev key balance %v %v", url, bal, err)
		}
		cl.Close()
	}
	cl, _ := ethclient.DialContext(ctx, c.HTTPURL())
	defer cl.Close()
	h0, _ := cl.BlockNumber(ctx)
	deadline := time.Now().Add(5 * time.Second)
	for {
		h, _ := cl.BlockNumber(ctx)
		if h >= h0+2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no blocks: %d -> %d", h0, h)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if d := c.Describe(); len(d) == 0 {
		t.Fatal("empty banner")
	}
}

func TestChainConfigIsPrague(t *testing.T) {
	cfg := ChainConfig(big.NewInt(ChainID))
	if cfg.ChainID.Uint64() != ChainID || cfg.PragueTime == nil || *cfg.PragueTime != 0 {
		t.Fatalf("config %v", cfg)
	}
	if cfg.OsakaTime != nil || cfg.AmsterdamTime != nil || cfg.BogotaTime != nil || cfg.BPO1Time != nil {
		t.Fatalf("post-Prague fork enabled: %v", cfg)
	}
	if !cfg.IsPrague(big.NewInt(1), 1) || cfg.IsOsaka(big.NewInt(1), 1) {
		t.Fatal("fork checks")
	}
}

func TestStartRejects(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	busy := l.Addr().(*net.TCPAddr).Port
	for name, cfg := range map[string]Config{
		"public host":  {Host: "0.0.0.0", HTTPPort: freePort(t)},
		"busy port":    {HTTPPort: busy},
		"same ports":   {HTTPPort: 30001, WSPort: 30001},
		"port too big": {HTTPPort: 70000},
	} {
		if c, err := Start(cfg); err == nil {
			c.Close()
			t.Errorf("%s: started", name)
		}
	}
}

func TestDevKeysAreValid(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		a := crypto.PubkeyToAddress(DevKey(i).PublicKey).Hex()
		if seen[a] {
			t.Fatalf("dev key %d repeats", i)
		}
		seen[a] = true
	}
}
