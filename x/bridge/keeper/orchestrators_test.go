package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
)

func TestRegisterOrchestrator(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(10, 10, 10), nil)
	v := h.val(0)
	evs, err := h.send(h.registration(0, v.Orchestrator, 0, v.ValAddr))
	require.NoError(t, err)
	got := typedOf[types.EventOrchestratorRegistered](t, evs)
	require.Len(t, got, 1)
	require.Equal(t, types.EventOrchestratorRegistered{Validator: v.ValAddr.String(), Orchestrator: v.Orchestrator.String(), EthAddress: v.EthAddress.Hex()}, *got[0])

	want := types.Orchestrator{Validator: v.ValAddr.String(), Orchestrator: v.Orchestrator.String(), EthAddress: v.EthAddress.Hex(), RegisteredHeight: h.ctx().BlockHeight()}
	for _, key := range []string{v.ValAddr.String(), v.Orchestrator.String(), v.EthAddress.Hex(), "0x" + v.EthAddress.Hex()[2:]} {
		res, err := h.q.Orchestrator(h.ctx(), &types.QueryOrchestratorRequest{Key: key})
		require.NoError(t, err, key)
		require.Equal(t, want, res.Orchestrator, key)
		require.Zero(t, res.LastAttestedNonce)
	}
	rec, err := h.k.EthKeys.Get(h.ctx(), v.EthAddress.Bytes())
	require.NoError(t, err)
	require.Equal(t, types.EthKeyRecord{EthAddress: v.EthAddress.Hex(), Validator: v.ValAddr.String()}, rec)

	_, err = h.q.Orchestrator(h.ctx(), &types.QueryOrchestratorRequest{Key: h.val(1).ValAddr.String()})
	require.Equal(t, codes.NotFound, status.Code(err))
	_, err = h.q.Orchestrator(h.ctx(), &types.QueryOrchestratorRequest{Key: "nonsense"})
	require.Equal(t, codes.InvalidArgument, status.Code(err))

	h.register(1)
	h.register(2)
	page, err := h.q.Orchestrators(h.ctx(), &types.QueryOrchestratorsRequest{Pagination: &query.PageRequest{Limit: 2, CountTotal: true}})
	require.NoError(t, err)
	require.Len(t, page.Orchestrators, 2)
	require.EqualValues(t, 3, page.Pagination.Total)
	rest, err := h.q.Orchestrators(h.ctx(), &types.QueryOrchestratorsRequest{Pagination: &query.PageRequest{Key: page.Pagination.NextKey}})
	require.NoError(t, err)
	require.Len(t, rest.Orchestrators, 1)

	res, err := h.q.LastAttestedNonce(h.ctx(), &types.QueryLastAttestedNonceRequest{Orchestrator: h.val(2).Orchestrator.String()})
	require.NoError(t, err)
	require.Equal(t, types.QueryLastAttestedNonceResponse{}, *res)
	_, err = h.q.LastAttestedNonce(h.ctx(), &types.QueryLastAttestedNonceRequest{Orchestrator: user("nobody").String()})
	require.Equal(t, codes.NotFound, status.Code(err))
}

// TestRegisterOrchestratorRefusals: every refusal is typed and names the value at fault.
func TestRegisterOrchestratorRefusals(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(10, 10, 10), nil)
	v0, v1 := h.val(0), h.val(1)
	h.register(1)
	stranger := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())

	for _, tc := range []struct {
		name string
		msg  *types.MsgRegisterOrchestrator
		err  error
		says string
	}{
		{"not a validator", func() *types.MsgRegisterOrchestrator {
			m := h.registration(0, v0.Orchestrator, 0, sdk.ValAddress(stranger))
			m.Validator = sdk.ValAddress(stranger).String()
			return m
		}(), types.ErrNotValidator, sdk.ValAddress(stranger).String()},
		{"signature by another key", func() *types.MsgRegisterOrchestrator {
			m := h.registration(0, v0.Orchestrator, 2, v0.ValAddr)
			m.EthAddress = v0.EthAddress.Hex()
			return m
		}(), types.ErrWrongSigner, "not eth address " + v0.EthAddress.Hex()},
		{"signature for another validator", h.registration(0, v0.Orchestrator, 0, v1.ValAddr), types.ErrWrongSigner, v0.EthAddress.Hex()},
		{"signature for another orchestrator", func() *types.MsgRegisterOrchestrator {
			m := h.registration(0, v0.Orchestrator, 0, v0.ValAddr)
			m.Orchestrator = stranger.String()
			return m
		}(), types.ErrWrongSigner, stranger.String()},
		{"orchestrator of another validator", h.registration(0, v1.Orchestrator, 0, v0.ValAddr), types.ErrKeyInUse, "registered by validator " + v1.ValAddr.String()},
		{"eth key of another validator", h.registration(0, v0.Orchestrator, 1, v0.ValAddr), types.ErrKeyInUse, v1.EthAddress.Hex() + " is the key of validator " + v1.ValAddr.String()},
		{"malformed eth address", func() *types.MsgRegisterOrchestrator {
			m := h.registration(0, v0.Orchestrator, 0, v0.ValAddr)
			m.EthAddress = "0x1234"
			return m
		}(), types.ErrInvalidEthAddress, `"0x1234"`},
		{"signature with v flipped", func() *types.MsgRegisterOrchestrator {
			m := h.registration(0, v0.Orchestrator, 0, v0.ValAddr)
			flipped := map[string]string{"1b": "1c", "1c": "1b"}[m.EthSignature[len(m.EthSignature)-2:]]
			m.EthSignature = m.EthSignature[:len(m.EthSignature)-2] + flipped // recovers another signer
			return m
		}(), types.ErrWrongSigner, v0.EthAddress.Hex()},
		{"signature with v 0", func() *types.MsgRegisterOrchestrator {
			m := h.registration(0, v0.Orchestrator, 0, v0.ValAddr)
			m.EthSignature = m.EthSignature[:len(m.EthSignature)-2] + "00"
			return m
		}(), types.ErrInvalidSignature, "v must be 27 or 28"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := h.send(tc.msg)
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.says)
		})
	}
	ok, err := h.k.Orchestrators.Has(h.ctx(), v0.ValAddr)
	require.NoError(t, err)
	require.False(t, ok, "a refused registration wrote nothing")
}

// TestRotateOrchestrator: re-registering retires the old key (still the validator's: it cannot
// be registered by another, and evidence can name it), keeps the validator's attested nonce
// when it is ahead of the chain, and frees the old orchestrator account.
func TestRotateOrchestrator(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(10, 10, 10, 10), nil)
	h.registerAll()
	// validator 0 attests nonces 1 and 2 alone: nothing applies, its nonce is 2
	h.mustAttest(0, deposits(1, 2, user("a"))...)
	require.Zero(t, h.baseState().LastEventNonce)

	v0, v3 := h.val(0), h.val(3)
	newOrch := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	// validator 0 rotates to a fresh orchestrator account and eth key
	fresh := apptest.NewValidator(99, v0.Tokens)
	d := types.RegistrationDigest(apptest.ChainID, v0.ValAddr, newOrch, fresh.EthAddress)
	msg := signedRegistration(t, v0.ValAddr, newOrch, fresh, d)
	evs, err := h.send(msg)
	require.NoError(t, err)
	got := typedOf[types.EventOrchestratorRegistered](t, evs)
	require.Len(t, got, 1)
	require.Equal(t, v0.EthAddress.Hex(), got[0].PreviousEthAddress)

	old, err := h.k.EthKeys.Get(h.ctx(), v0.EthAddress.Bytes())
	require.NoError(t, err)
	require.True(t, old.Retired)
	require.Equal(t, v0.ValAddr.String(), old.Validator)
	last, err := h.k.AttestedNonces.Get(h.ctx(), v0.ValAddr)
	require.NoError(t, err)
	require.EqualValues(t, 2, last, "the new account cannot vote again for nonces 1 and 2")

	// the old orchestrator account no longer attests; the new one continues at 3
	_, _, err = h.attest(0, depositEvent(3, user("a").String(), flk1()))
	require.ErrorIs(t, err, types.ErrNotOrchestrator)
	_, err = h.try(func(ctx sdk.Context) error {
		_, err := h.ms.AttestEvents(ctx, &types.MsgAttestEvents{Orchestrator: newOrch.String(), Events: deposits(1, 1, user("a"))})
		return err
	})
	require.ErrorIs(t, err, types.ErrNonceOutOfOrder)
	require.ErrorContains(t, err, "expected nonce 3")

	// the retired key stays validator 0's: validator 3 cannot rotate to it
	d3 := types.RegistrationDigest(apptest.ChainID, v3.ValAddr, v3.Orchestrator, v0.EthAddress)
	_, err = h.send(signedRegistration(t, v3.ValAddr, v3.Orchestrator, v0, d3))
	require.ErrorIs(t, err, types.ErrKeyInUse)
	require.ErrorContains(t, err, "a retired key of validator "+v0.ValAddr.String())
	// but validator 3 may take the freed orchestrator account
	d3 = types.RegistrationDigest(apptest.ChainID, v3.ValAddr, v0.Orchestrator, v3.EthAddress)
	_, err = h.send(signedRegistration(t, v3.ValAddr, v0.Orchestrator, v3, d3))
	require.NoError(t, err)
}

// TestRegisterStartsAtAppliedNonce: an orchestrator registered after events were applied
// attests from the next one; older events are final.
func TestRegisterStartsAtAppliedNonce(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(10, 10, 10, 10), nil)
	for i := 0; i < 3; i++ {
		h.register(i)
		h.mustAttest(i, deposits(1, 2, user("a"))...)
	}
	require.EqualValues(t, 2, h.baseState().LastEventNonce)
	h.register(3)
	res, err := h.q.Orchestrator(h.ctx(), &types.QueryOrchestratorRequest{Key: h.val(3).ValAddr.String()})
	require.NoError(t, err)
	require.EqualValues(t, 2, res.LastAttestedNonce)
	_, _, err = h.attest(3, deposits(1, 1, user("a"))...)
	require.ErrorIs(t, err, types.ErrNonceOutOfOrder)
	require.ErrorContains(t, err, "event 1 from "+h.val(3).ValAddr.String()+": expected nonce 3")
}
