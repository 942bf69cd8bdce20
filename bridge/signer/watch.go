package signer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// The watch: signatures over what the chain never produced show up where they are used, in
// the calldata of FlockBridge.submitSettlement and updateValset, also in transactions that
// revert for lack of power (an attacker gathering a forged quorum, key by key). The watch
// reads every transaction sent to the bridge and turns each such signature into evidence.

// bridgeABI is FlockBridge's ABI, to decode calldata.
var bridgeABI = func() *abi.ABI {
	a, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		panic(err) // the embedded ABI is valid JSON (tested with the bindings)
	}
	return a
}()

// SignaturesInCall decodes calldata sent to FlockBridge and returns each signature it carries
// with what it signs: a settlement (submitSettlement) or the new valset (updateValset). Other
// calls carry none.
func SignaturesInCall(input []byte) ([]Evidence, error) {
	if len(input) < 4 {
		return nil, nil
	}
	method, err := bridgeABI.MethodById(input[:4])
	if err != nil {
		return nil, nil // not a FlockBridge method
	}
	args, err := method.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, fmt.Errorf("%s calldata: %w", method.Name, err)
	}
	var (
		sigs    []bindings.FlockSignedSignature
		subject func() Evidence
	)
	switch method.Name {
	case "submitSettlement":
		sigs = *abi.ConvertType(args[1], new([]bindings.FlockSignedSignature)).(*[]bindings.FlockSignedSignature)
		epoch, root, total, count := args[2].(*big.Int), args[3].([32]byte), args[4].(*big.Int), args[5].(*big.Int)
		if !epoch.IsUint64() || !count.IsUint64() || total.Sign() < 0 || total.BitLen() > 256 {
			return nil, nil // no settlement the chain could have made: not attributable as evidence
		}
		s := &types.SignedSettlement{Epoch: epoch.Uint64(), Root: types.HashString(root), Total: math.NewIntFromBigInt(total), Count: count.Uint64()}
		subject = func() Evidence { return Evidence{Settlement: s} }
	case "updateValset":
		next := *abi.ConvertType(args[0], new(bindings.FlockSignedValset)).(*bindings.FlockSignedValset)
		sigs = *abi.ConvertType(args[2], new([]bindings.FlockSignedSignature)).(*[]bindings.FlockSignedSignature)
		if !next.Nonce.IsUint64() {
			return nil, nil
		}
		vs := &types.SignedValset{Nonce: next.Nonce.Uint64()}
		for i, a := range next.Signers {
			if i >= len(next.Powers) || !next.Powers[i].IsUint64() {
				return nil, nil
			}
			vs.Signers = append(vs.Signers, a.Hex())
			vs.Powers = append(vs.Powers, next.Powers[i].Uint64())
		}
		subject = func() Evidence { return Evidence{Valset: vs} }
	default:
		return nil, nil
	}
	out := make([]Evidence, 0, len(sigs))
	for _, s := range sigs {
		ev := subject()
		ev.Signature = ethsig.FromCompact(s.R, s.Vs)
		out = append(out, ev)
	}
	return out, nil
}

// Blocks is what the watch reads from Base.
type Blocks interface {
	BlockNumber(ctx context.Context) (uint64, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*ethtypes.Block, error)
}

// WatchConfig configures Watch.
type WatchConfig struct {
	Base   Blocks
	Bridge common.Address
	Chain  EvidenceChain
	// Submit sends evidence Chain already checked (SendEvidence with the process's chain
	// client); a refusal by the chain is a *chainclient.TxError.
	Submit func(ctx context.Context, ev Evidence) error
	Log    *slog.Logger
	// From is the first Base block read (0: the head when Watch starts).
	From         uint64
	PollInterval time.Duration // default 5 s
	Backoff      service.Backoff
}

// Watch reads every Base block from cfg.From on, until ctx ends, and sends as evidence each
// signature in a transaction to the bridge whose subject the chain never made. A signature
// the chain did make (an honest relay) is passed over; evidence already used is not an error.
func Watch(ctx context.Context, cfg WatchConfig) error {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 5 * time.Second
	}
	if cfg.Backoff == (service.Backoff{}) {
		cfg.Backoff = service.DefaultBackoff
	}
	log := cfg.Log.With("loop", "evidence-watch")
	next := cfg.From
	for {
		err := cfg.Backoff.Retry(ctx, log, "evidence watch", nil, func(ctx context.Context) error {
			head, err := cfg.Base.BlockNumber(ctx)
			if err != nil {
				return err
			}
			if next == 0 {
				next = head
			}
			for ; next <= head; next++ {
				if err := watchBlock(ctx, cfg, log, next); err != nil {
					return err
				}
			}
			return nil
		})
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		if err := service.Sleep(ctx, cfg.PollInterval); err != nil {
			return nil
		}
	}
}

func watchBlock(ctx context.Context, cfg WatchConfig, log *slog.Logger, number uint64) error {
	b, err := cfg.Base.BlockByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return fmt.Errorf("base block %d: %w", number, err)
	}
	for _, tx := range b.Transactions() {
		if tx.To() == nil || *tx.To() != cfg.Bridge {
			continue
		}
		evs, err := SignaturesInCall(tx.Data())
		if err != nil {
			log.Warn("undecodable call to the bridge", "base_block", number, "tx", tx.Hash(), "err", err)
			continue
		}
		for _, ev := range evs {
			o, err := CheckEvidence(ctx, cfg.Chain, ev)
			if errors.Is(err, types.ErrNotEvidence) {
				continue // the chain made it (an honest relay), or no key signed it
			}
			if err != nil {
				// the chain could not be read: the block is read again, not passed over
				return fmt.Errorf("checking a signature in Base tx %s: %w", tx.Hash(), err)
			}
			who := ""
			if o != nil {
				who = o.Validator
			}
			err = cfg.Submit(ctx, ev)
			var refused *chainclient.TxError
			switch {
			case err == nil:
				log.Warn("a bridge key signed what the chain never made: evidence sent", "base_block", number, "tx", tx.Hash(), "validator", who)
			case errors.Is(err, types.ErrEvidenceAlreadyUsed):
			case errors.As(err, &refused):
				// the chain judged it (e.g. a key nobody registered, a validator no longer
				// bonded): sending it again gets the same answer, so the watch goes on
				log.Warn("the chain refused evidence from a Base transaction", "base_block", number, "tx", tx.Hash(), "validator", who, "err", err)
			default:
				return fmt.Errorf("evidence from Base tx %s against %s: %w", tx.Hash(), who, err)
			}
		}
	}
	return nil
}
