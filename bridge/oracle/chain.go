package oracle

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	errorsmod "cosmossdk.io/errors"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// ChainClient is the Chain of a flockd node reached by chainclient, attesting as the
// client's key (the orchestrator account). Share the client with the orchestrator's other
// loops: it sends one transaction at a time.
type ChainClient struct {
	Client *chainclient.Client
	// GasAdjustment multiplies the simulated gas (default 1.3). ApplyGas is added per event
	// (default 150,000): the vote that completes a quorum also applies the events that pass
	// (a deposit mints and may create the recipient's account, ~100,000 gas), which a
	// simulation made before the other orchestrators' votes are in does not see. MaxGas is the
	// most one attestation may use (default 30,000,000): above it the batch is
	// ErrBatchTooLarge.
	GasAdjustment float64
	ApplyGas      uint64
	MaxGas        uint64
	// SendTimeout bounds the wait for an attestation to be in a block (default 1 min): a
	// transaction dropped from the mempool must not hold the loop; the next pass reads the
	// chain again, and a late inclusion is then simply what the chain reports.
	SendTimeout time.Duration
}

// Defaults of ChainClient's gas sizing.
const (
	DefaultGasAdjustment = 1.3
	DefaultApplyGas      = 150_000
	DefaultMaxGas        = 30_000_000
	DefaultSendTimeout   = time.Minute
)

// State reads the orchestrator's and the chain's nonces, the last applied event's Base
// block and the events-per-attestation limit.
func (c *ChainClient) State(ctx context.Context) (ChainState, error) {
	q := c.Client.Bridge
	own, err := q.LastAttestedNonce(ctx, &types.QueryLastAttestedNonceRequest{Orchestrator: c.Client.Address().String()})
	if err != nil {
		return ChainState{}, fmt.Errorf("last attested nonce: %w", err)
	}
	bs, err := q.BaseState(ctx, &types.QueryBaseStateRequest{})
	if err != nil {
		return ChainState{}, fmt.Errorf("base state: %w", err)
	}
	p, err := q.Params(ctx, &types.QueryParamsRequest{})
	if err != nil {
		return ChainState{}, fmt.Errorf("params: %w", err)
	}
	// the applied nonce and its block come from one answer, so they agree
	return ChainState{OwnNonce: own.LastAttestedNonce, AppliedNonce: bs.State.LastEventNonce,
		LastBaseBlock: bs.State.LastBaseBlock, MaxEventsPerAttestation: p.Params.MaxEventsPerAttestation}, nil
}

// AttestedBlock reads the Base block of nonce from its attestations (the lowest, should
// claims for it conflict).
func (c *ChainClient) AttestedBlock(ctx context.Context, nonce uint64) (uint64, bool, error) {
	res, err := c.Client.Bridge.Attestations(ctx, &types.QueryAttestationsRequest{EventNonce: nonce})
	if status.Code(err) == codes.NotFound {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("attestations of nonce %d: %w", nonce, err)
	}
	var block uint64
	for _, a := range res.Attestations {
		if b := a.Attestation.Event.BaseBlock; block == 0 || b < block {
			block = b
		}
	}
	return block, block != 0, nil
}

// SettlementCount is the chain's leaf count of epoch, 0 if the chain never cut it.
func (c *ChainClient) SettlementCount(ctx context.Context, epoch uint64) (uint64, error) {
	res, err := c.Client.Bridge.Settlement(ctx, &types.QuerySettlementRequest{Epoch: epoch})
	if status.Code(err) == codes.NotFound {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("settlement %d: %w", epoch, err)
	}
	return res.Settlement.Count, nil
}

// Attest simulates the attestation to size its gas, then sends it.
func (c *ChainClient) Attest(ctx context.Context, events []types.BaseEvent) (AttestResult, error) {
	adj, applyGas, maxGas := c.GasAdjustment, c.ApplyGas, c.MaxGas
	if adj <= 0 {
		adj = DefaultGasAdjustment
	}
	if applyGas == 0 {
		applyGas = DefaultApplyGas
	}
	if maxGas == 0 {
		maxGas = DefaultMaxGas
	}
	msg := &types.MsgAttestEvents{Orchestrator: c.Client.Address().String(), Events: events}
	used, err := c.Client.Simulate(ctx, msg)
	if err != nil {
		return AttestResult{}, simulationError(err)
	}
	gas := uint64(float64(used)*adj) + 20_000 + applyGas*uint64(len(events))
	if gas > maxGas {
		return AttestResult{}, fmt.Errorf("%w: %d events need %d gas, above the %d allowed", ErrBatchTooLarge, len(events), gas, maxGas)
	}
	timeout := c.SendTimeout
	if timeout <= 0 {
		timeout = DefaultSendTimeout
	}
	sendCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res, err := c.Client.SendGas(sendCtx, gas, msg)
	if err != nil {
		if errors.Is(err, sdkerrors.ErrOutOfGas) || errors.Is(err, sdkerrors.ErrTxTooLarge) || strings.Contains(err.Error(), "tx too large") {
			err = fmt.Errorf("%w: %w", ErrBatchTooLarge, err)
		}
		return AttestResult{}, err
	}
	return AttestResult{TxHash: res.Hash, Height: res.Height, Gas: gas}, nil
}

// refusals are the x/bridge errors a simulation's text is matched against (it carries no
// code), so the loop tells a refusal from a node that did not answer.
var refusals = []*errorsmod.Error{
	types.ErrNonceOutOfOrder, types.ErrTooManyEvents, types.ErrNotOrchestrator, types.ErrValidatorNotBonded,
	types.ErrInvalidClaim, types.ErrInvalidEthAddress, types.ErrInvalidAddress, types.ErrBridgeNotConfigured,
	sdkerrors.ErrWrongSequence, sdkerrors.ErrInsufficientFunds, sdkerrors.ErrInsufficientFee,
}

func simulationError(err error) error {
	if status.Code(err) == codes.Unknown {
		msg := status.Convert(err).Message()
		for _, r := range refusals {
			if strings.Contains(msg, ": "+r.Error()) {
				return fmt.Errorf("simulation: %w: %s", r, msg)
			}
		}
	}
	return fmt.Errorf("simulation: %w", err)
}

// isRefusal tells a refusal by the chain (a registered error, from a transaction or a
// simulation; or a simulation the node ran and refused, e.g. for a sequence a transaction
// still in the mempool took) from a failure to reach it.
func isRefusal(err error) bool {
	var tx *chainclient.TxError
	var reg *errorsmod.Error
	return errors.As(err, &tx) || errors.As(err, &reg) || status.Code(err) == codes.Unknown
}
