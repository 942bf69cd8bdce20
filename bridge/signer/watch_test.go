package signer

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestSignaturesInCall: the signatures of submitSettlement and updateValset calldata come back
// with the settlement or new valset they sign; other calls carry none.
func TestSignaturesInCall(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	sig, err := ethsig.Sign(crypto.Keccak256Hash([]byte("digest")), key)
	require.NoError(t, err)
	current := bindings.FlockSignedValset{Nonce: big.NewInt(1), Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Powers: []*big.Int{big.NewInt(1 << 32)}}
	sigs := []bindings.FlockSignedSignature{{SignerIndex: big.NewInt(0), R: sig.R, Vs: sig.VS()}}
	root := crypto.Keccak256Hash([]byte("root"))

	input, err := bridgeABI.Pack("submitSettlement", current, sigs, big.NewInt(7), root, big.NewInt(1000), big.NewInt(3))
	require.NoError(t, err)
	evs, err := SignaturesInCall(input)
	require.NoError(t, err)
	require.Len(t, evs, 1)
	require.Equal(t, sig, evs[0].Signature)
	require.Equal(t, uint64(7), evs[0].Settlement.Epoch)
	require.Equal(t, types.HashString(root), evs[0].Settlement.Root)
	require.Equal(t, "1000", evs[0].Settlement.Total.String())
	require.Equal(t, uint64(3), evs[0].Settlement.Count)

	next := bindings.FlockSignedValset{Nonce: big.NewInt(2), Signers: []common.Address{common.HexToAddress("0x00000000000000000000000000000000000000aa")}, Powers: []*big.Int{big.NewInt(5)}}
	input, err = bridgeABI.Pack("updateValset", next, current, sigs)
	require.NoError(t, err)
	evs, err = SignaturesInCall(input)
	require.NoError(t, err)
	require.Len(t, evs, 1)
	require.Equal(t, sig, evs[0].Signature)
	require.Equal(t, &types.SignedValset{Nonce: 2, Signers: []string{next.Signers[0].Hex()}, Powers: []uint64{5}}, evs[0].Valset)

	input, err = bridgeABI.Pack("activateValset")
	require.NoError(t, err)
	evs, err = SignaturesInCall(input)
	require.NoError(t, err)
	require.Empty(t, evs)
	evs, err = SignaturesInCall([]byte{1, 2})
	require.NoError(t, err)
	require.Empty(t, evs)
}

// evidenceFake is fakeChain with the reads CheckEvidence makes beyond the signer's.
type evidenceFake struct{ *fakeChain }

func (e evidenceFake) Settlement(_ context.Context, epoch uint64) (*types.Settlement, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.enter(); err != nil {
		return nil, err
	}
	for _, s := range e.settlements {
		if s.Epoch == epoch {
			return &s, nil
		}
	}
	return nil, nil
}

func (e evidenceFake) Lookup(_ context.Context, key string) (*types.Orchestrator, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.enter(); err != nil {
		return nil, err
	}
	for _, o := range e.regs {
		if strings.EqualFold(o.EthAddress, key) {
			return &o, nil
		}
	}
	return nil, nil
}

// fakeBlocks is Base with blocks 1, 2, … holding these transactions.
type fakeBlocks [][]*ethtypes.Transaction

func (b fakeBlocks) BlockNumber(context.Context) (uint64, error) { return uint64(len(b)), nil }

func (b fakeBlocks) BlockByNumber(_ context.Context, n *big.Int) (*ethtypes.Block, error) {
	return ethtypes.NewBlockWithHeader(&ethtypes.Header{Number: n}).WithBody(ethtypes.Body{Transactions: b[n.Uint64()-1]}), nil
}

// forgedSettlementTx is a submitSettlement call to bridge carrying key's signature over a
// settlement of epoch 1 whose root the chain never made.
func forgedSettlementTx(t *testing.T, f *fixture, bridge common.Address, key *ecdsa.PrivateKey, root string, nonce uint64) (*ethtypes.Transaction, ethsig.Signature) {
	t.Helper()
	domain, err := f.chain.params.Domain()
	require.NoError(t, err)
	s := f.chain.settlements[0]
	r := crypto.Keccak256Hash([]byte(root))
	sig, err := ethsig.Sign(domain.Settlement(digest.Settlement{Epoch: 1, Root: r, Total: s.Total.BigInt(), Count: s.Count}), key)
	require.NoError(t, err)
	current := bindings.FlockSignedValset{Nonce: big.NewInt(1), Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Powers: []*big.Int{big.NewInt(1)}}
	input, err := bridgeABI.Pack("submitSettlement", current, []bindings.FlockSignedSignature{{SignerIndex: big.NewInt(0), R: sig.R, Vs: sig.VS()}},
		big.NewInt(1), r, s.Total.BigInt(), new(big.Int).SetUint64(s.Count))
	require.NoError(t, err)
	return ethtypes.NewTx(&ethtypes.LegacyTx{Nonce: nonce, To: &bridge, Gas: 1_000_000, Data: input}), sig
}

// runWatch runs Watch over base until sent reports a signature equal to want, and returns
// every signature Submit was handed meanwhile (false if want never came within 10 s).
func runWatch(t *testing.T, f *fixture, base fakeBlocks, bridge common.Address, want ethsig.Signature, submit func(Evidence) error) ([]ethsig.Signature, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var (
		mu   sync.Mutex
		got  []ethsig.Signature
		done = make(chan error, 1)
	)
	go func() {
		done <- Watch(ctx, WatchConfig{Base: base, Bridge: bridge, Chain: evidenceFake{f.chain}, From: 1,
			Log: slog.New(slog.NewTextHandler(io.Discard, nil)), PollInterval: 10 * time.Millisecond,
			Backoff: service.Backoff{Initial: time.Millisecond, Max: 10 * time.Millisecond},
			Submit: func(_ context.Context, ev Evidence) error {
				mu.Lock()
				got = append(got, ev.Signature)
				mu.Unlock()
				if ev.Signature == want {
					cancel()
				}
				return submit(ev)
			}})
	}()
	require.NoError(t, <-done)
	mu.Lock()
	defer mu.Unlock()
	return got, len(got) > 0 && got[len(got)-1] == want
}

// TestWatchPassesOverRefusedEvidence: a junk signature from a key nobody registered, in a call
// to the bridge (anyone can send one), is sent, refused by the chain, and passed over; the
// watch reaches the next block and sends the real evidence there.
func TestWatchPassesOverRefusedEvidence(t *testing.T) {
	f := newFixture(t)
	bridge := common.HexToAddress(f.chain.params.BridgeContract)
	stranger, err := crypto.GenerateKey()
	require.NoError(t, err)
	junkTx, junk := forgedSettlementTx(t, f, bridge, stranger, "junk", 0)
	realTx, forged := forgedSettlementTx(t, f, bridge, f.vals[3].eth, "forged", 1)
	got, reached := runWatch(t, f, fakeBlocks{{junkTx}, {realTx}}, bridge, forged, func(ev Evidence) error {
		if ev.Signature == junk {
			return &chainclient.TxError{Hash: "AB", Height: 9, Codespace: types.ModuleName, Code: types.ErrValidatorNotBonded.ABCICode(), Log: "no registered key"}
		}
		return nil
	})
	require.True(t, reached, "the watch reached block 2 past the refused junk: sent %d", len(got))
	require.Equal(t, []ethsig.Signature{junk, forged}, got, "the junk was sent once, not retried")
}

// TestWatchRetriesUnreadableChain: evidence checked while the node is down is checked again
// and sent, not passed over for good.
func TestWatchRetriesUnreadableChain(t *testing.T) {
	f := newFixture(t)
	bridge := common.HexToAddress(f.chain.params.BridgeContract)
	tx, forged := forgedSettlementTx(t, f, bridge, f.vals[3].eth, "forged", 0)
	f.chain.down = 2
	got, reached := runWatch(t, f, fakeBlocks{{tx}}, bridge, forged, func(Evidence) error { return nil })
	require.True(t, reached, "the evidence was sent once the chain answered")
	require.Equal(t, []ethsig.Signature{forged}, got)
}
