package devchain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// Config of a running devchain.
type Config struct {
	ChainID   uint64        // default ChainID
	Host      string        // listen address; default 127.0.0.1 (loopback only)
	HTTPPort  int           // JSON-RPC over HTTP; 0 = no HTTP server
	WSPort    int           // JSON-RPC over WebSocket; 0 = no WS server
	BlockTime time.Duration // a block every BlockTime; 0 = only on Commit (tests)
	DevKeys   int           // number of prefunded dev keys; default 10
	GasLimit  uint64        // block gas limit; default 60M (Base's is higher, 60M is enough)
}

// Chain is a running devchain: go-ethereum's simulated backend, assembled here rather than by
// simulated.NewBackend so that the node can also serve the evm_ clock methods (evm.go), which
// must be registered before it starts.
type Chain struct {
	node   *node.Node
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
	cfg    Config
	keys   []*ecdsa.PrivateKey

	stop chan struct{}
	done chan struct{}
	mu   sync.Mutex // serialises Commit between the block ticker and callers
}

// modules served over HTTP and WS: what a relayer and cast/ethers-style tools use, and evm_
// (evm_increaseTime, evm_mine) for scripts that must pass the bridge's delays
var rpcModules = []string{"eth", "net", "web3", "txpool", "evm"}

// Start starts a devchain. Close stops it.
func Start(cfg Config) (*Chain, error) {
	if cfg.ChainID == 0 {
		cfg.ChainID = ChainID
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.DevKeys == 0 {
		cfg.DevKeys = 10
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 60_000_000
	}
	if ip := net.ParseIP(cfg.Host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("devchain: host %q is not a loopback address; the dev keys are public", cfg.Host)
	}
	for _, p := range []int{cfg.HTTPPort, cfg.WSPort} {
		if p < 0 || p > 65535 {
			return nil, fmt.Errorf("devchain: port %d out of range", p)
		}
		if p > 0 {
			// the node would only log a failed listener; fail loudly instead
			l, err := net.Listen("tcp", net.JoinHostPort(cfg.Host, strconv.Itoa(p)))
			if err != nil {
				return nil, fmt.Errorf("devchain: port %d is not free: %w", p, err)
			}
			l.Close()
		}
	}
	if cfg.HTTPPort != 0 && cfg.HTTPPort == cfg.WSPort {
		return nil, errors.New("devchain: HTTP and WS need different ports")
	}

	c := &Chain{cfg: cfg, stop: make(chan struct{}), done: make(chan struct{})}
	for i := 0; i < cfg.DevKeys; i++ {
		c.keys = append(c.keys, DevKey(i))
	}
	if err := c.startNode(); err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}
	if cfg.BlockTime > 0 {
		go c.produce(cfg.BlockTime)
	} else {
		close(c.done)
	}
	return c, nil
}

// startNode does what simulated.NewBackend does (same node and eth settings, the same
// simulated beacon reset to genesis) with this chain's config, plus the evm_ API.
func (c *Chain) startNode() error {
	cfg := c.cfg
	nc := node.DefaultConfig
	nc.DataDir = ""
	nc.P2P = p2p.Config{NoDiscovery: true}
	if cfg.HTTPPort > 0 {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = cfg.Host, cfg.HTTPPort, rpcModules
	}
	if cfg.WSPort > 0 {
		nc.WSHost, nc.WSPort, nc.WSModules = cfg.Host, cfg.WSPort, rpcModules
		nc.WSOrigins = []string{"*"} // loopback only; browsers on this machine may connect
	}
	// the dev chain starts on every fork, so the system contracts those forks call must exist
	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, Alloc(cfg.DevKeys))
	ec := ethconfig.Defaults
	ec.Genesis = &core.Genesis{Config: ChainConfig(new(big.Int).SetUint64(cfg.ChainID)), GasLimit: cfg.GasLimit, Alloc: alloc}
	ec.NetworkId = cfg.ChainID
	ec.Miner.GasCeil = cfg.GasLimit
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	ec.LogNoHistory = true

	stack, err := node.New(&nc)
	if err != nil {
		return err
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return err
	}
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))},
		{Namespace: "evm", Service: &evmAPI{c}},
	})
	if err := stack.Start(); err != nil {
		stack.Close()
		return err
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err == nil {
		err = beacon.Fork(backend.BlockChain().GetCanonicalHash(0))
	}
	if err != nil {
		stack.Close()
		return err
	}
	c.node, c.beacon, c.client = stack, beacon, ethclient.NewClient(stack.Attach())
	return nil
}

func (c *Chain) produce(every time.Duration) {
	defer close(c.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.Commit()
		}
	}
}

// Commit seals a block now (also between ticks).
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.beacon.Commit()
}

// Client is an RPC client of the chain, in process.
func (c *Chain) Client() simulated.Client { return c.client }

// Fork makes parentHash the head, so that blocks committed next build a side chain that
// becomes canonical (a reorg) once it is longer.
func (c *Chain) Fork(parentHash common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.beacon.Fork(parentHash)
}

// AdjustTime seals an empty block adjustment later than the last one. The transaction pool
// drops mined transactions asynchronously after a block, and refuses to adjust while it still
// lists them, so this waits up to two seconds for it to catch up.
func (c *Chain) AdjustTime(adjustment time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	deadline := time.Now().Add(2 * time.Second)
	for {
		err := c.beacon.AdjustTime(adjustment)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Close stops block production and the node.
func (c *Chain) Close() error {
	select {
	case <-c.stop:
	default:
		close(c.stop)
	}
	<-c.done
	c.client.Close()
	return errors.Join(c.beacon.Stop(), c.node.Close())
}

// Keys are the prefunded dev keys.
func (c *Chain) Keys() []*ecdsa.PrivateKey { return c.keys }

// ChainID is the chain id.
func (c *Chain) ChainID() uint64 { return c.cfg.ChainID }

// HTTPURL is the JSON-RPC HTTP endpoint, or "" without one.
func (c *Chain) HTTPURL() string {
	if c.cfg.HTTPPort == 0 {
		return ""
	}
	return "http://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.cfg.HTTPPort))
}

// WSURL is the JSON-RPC WebSocket endpoint, or "" without one.
func (c *Chain) WSURL() string {
	if c.cfg.WSPort == 0 {
		return ""
	}
	return "ws://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.cfg.WSPort))
}

// Describe is the start-up banner: endpoints and the dev keys with their addresses.
func (c *Chain) Describe() string {
	s := fmt.Sprintf("devchain: chain id %d, Prague rules", c.cfg.ChainID)
	if c.cfg.BlockTime > 0 {
		s += fmt.Sprintf(", a block every %s", c.cfg.BlockTime)
	}
	s += "\n"
	if u := c.HTTPURL(); u != "" {
		s += "  http " + u + "\n"
	}
	if u := c.WSURL(); u != "" {
		s += "  ws   " + u + "\n"
	}
	s += "  clock: evm_increaseTime(seconds) seals a block that much later, evm_mine seals one now\n"
	s += "  prefunded dev keys (1,000,000 ETH each; public, for this devchain only):\n"
	for i, k := range c.keys {
		s += fmt.Sprintf("  %2d %s 0x%x\n", i, crypto.PubkeyToAddress(k.PublicKey).Hex(), crypto.FromECDSA(k))
	}
	return s
}
