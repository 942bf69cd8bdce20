package oracle

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/flockchain/flock/x/bridge/types"
)

// A simulation's refusal carries only text: the registered error it names is recovered, so
// the loop logs it as the chain's refusal (with the nonces), not as a node that is down.
func TestSimulationErrorsAreTyped(t *testing.T) {
	sim := func(msg string) error {
		return fmt.Errorf("node x: %w", status.Error(codes.Unknown, msg+" with gas used: '52281'"))
	}
	err := simulationError(sim("failed to execute message; message index: 0: event 12 from flockvaloper1xyz: expected nonce 8 (its last attested is 7): event nonce out of order"))
	require.ErrorIs(t, err, types.ErrNonceOutOfOrder)
	require.ErrorContains(t, err, "expected nonce 8")
	require.True(t, isRefusal(err))

	err = simulationError(sim("account sequence mismatch, expected 1, got 0: incorrect account sequence [cosmos/cosmos-sdk@v0.53.8/x/auth/ante/sigverify.go:370]"))
	require.ErrorIs(t, err, sdkerrors.ErrWrongSequence)

	err = simulationError(sim("something else the node refused"))
	require.False(t, errors.Is(err, types.ErrNonceOutOfOrder))
	require.True(t, isRefusal(err), "the node answered: a refusal, not an outage")

	down := simulationError(fmt.Errorf("node x did not answer (is it running?): %w", status.Error(codes.Unavailable, "connection refused")))
	require.False(t, isRefusal(down))
}
