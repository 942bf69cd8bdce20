package keeper_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/x/bridge/types"
)

// fourRegistered is a chain of validators bonding 100, 200, 300 and 400 FLOCK, all
// registered, with its first valset made.
func fourRegistered(t *testing.T) *valsetHarness {
	h := newValsetHarness(t, 100, 200, 300, 400)
	for i := range 4 {
		h.register(i, nil)
	}
	h.block()
	require.Equal(t, uint64(1), h.latestNonce())
	return h
}

// TestConfirmValsetRefusals: every refusal names what was wrong; a good confirmation is stored
// with its event; the same key cannot confirm twice.
func TestConfirmValsetRefusals(t *testing.T) {
	h := fourRegistered(t)
	d := h.valsetDigest(1)
	send := func(orch sdk.AccAddress, nonce uint64, sig string) (sdk.Context, error) {
		ctx := h.ctx()
		_, err := h.ms.ConfirmValset(ctx, &types.MsgConfirmValset{Orchestrator: orch.String(), Nonce: nonce, Signature: sig})
		h.backed()
		return ctx, err
	}

	_, err := send(h.whale, 1, h.sign(0, d))
	require.ErrorIs(t, err, types.ErrNotOrchestrator)
	require.ErrorContains(t, err, h.whale.String())

	_, err = send(h.val(0).Orchestrator, 9, h.sign(0, d))
	require.ErrorIs(t, err, types.ErrUnknownValset)
	require.ErrorContains(t, err, "valset 9")
	require.ErrorContains(t, err, "latest is 1")

	// validator 1's key signing for validator 0's orchestrator
	_, err = send(h.val(0).Orchestrator, 1, h.sign(1, d))
	require.ErrorIs(t, err, types.ErrWrongSigner)
	require.ErrorContains(t, err, h.val(1).EthAddress.Hex())
	require.ErrorContains(t, err, h.val(0).EthAddress.Hex())

	// a signature over another valset's digest recovers to some other address
	_, err = send(h.val(0).Orchestrator, 1, h.sign(0, common.Hash{1}))
	require.ErrorIs(t, err, types.ErrWrongSigner)

	_, err = send(h.val(0).Orchestrator, 1, "0x1234")
	require.ErrorIs(t, err, types.ErrInvalidSignature)

	ctx, err := send(h.val(0).Orchestrator, 1, h.sign(0, d))
	require.NoError(t, err)
	ev := typedEvents[*types.EventConfirmed](t, ctx.EventManager().ABCIEvents())
	require.Equal(t, []*types.EventConfirmed{{Kind: "valset", Id: 1, Validator: h.val(0).ValAddr.String(), EthAddress: h.val(0).EthAddress.Hex()}}, ev)
	res, err := h.q.ValsetConfirmations(h.ctx(), &types.QueryValsetConfirmationsRequest{Nonce: 1})
	require.NoError(t, err)
	require.Len(t, res.Confirmations, 1)
	require.Equal(t, h.val(0).EthAddress.Hex(), res.Confirmations[0].EthAddress)
	sig, err := ethsig.ParseHex(res.Confirmations[0].Signature)
	require.NoError(t, err)
	require.True(t, ethsig.Verify(d, sig, h.val(0).EthAddress))

	_, err = send(h.val(0).Orchestrator, 1, h.sign(0, d))
	require.ErrorIs(t, err, types.ErrAlreadyConfirmed)

	// once Base runs valset 1, it is no longer signable
	h.setActiveValset(1)
	_, err = send(h.val(1).Orchestrator, 1, h.sign(1, d))
	require.ErrorIs(t, err, types.ErrNotSignable)
	require.ErrorContains(t, err, "active valset is already 1")

	// a vetoed valset is not signable either
	h.delegate(0, 100)
	h.block()
	require.Equal(t, uint64(2), h.latestNonce())
	require.NoError(t, h.k.ValsetVetoedForTest(h.ctx(), &types.ValsetVetoedClaim{ValsetNonce: 2, Checkpoint: h.valset(2).Checkpoint}))
	_, err = send(h.val(1).Orchestrator, 2, h.sign(1, h.valsetDigest(2)))
	require.ErrorIs(t, err, types.ErrNotSignable)
	require.ErrorContains(t, err, "vetoed")

	// no bridge configured, nothing can be signed
	h.setParams(func(p *types.Params) { p.BaseChainId = 0 })
	_, err = send(h.val(1).Orchestrator, 2, h.sign(1, d))
	require.ErrorIs(t, err, types.ErrBridgeNotConfigured)
}

// TestValsetSignatureList: the relayer's list is built against Base's active valset: signer
// indices are positions in it, only its members' confirmations with its keys count, a quorum
// is the fewest highest-power signatures above 2/3 of 2^32, and every signature in it
// verifies against the digest of the valset to install.
func TestValsetSignatureList(t *testing.T) {
	h := fourRegistered(t)
	list := func() types.SignatureList {
		res, err := h.q.ValsetConfirmations(h.ctx(), &types.QueryValsetConfirmationsRequest{Nonce: 2})
		require.NoError(t, err)
		return res.Signatures
	}
	h.setActiveValset(1)
	h.delegate(0, 100) // valset 2
	h.block()
	require.Equal(t, uint64(2), h.latestNonce())
	active := h.valset(1)
	activeVs, err := active.Bridge()
	require.NoError(t, err)
	d := h.valsetDigest(2)

	require.Empty(t, list().Signatures)
	require.NoError(t, h.confirmValset(0, 2)) // 10 % of valset 1
	require.NoError(t, h.confirmValset(1, 2)) // 20 %
	l := list()
	require.False(t, l.Quorum)
	require.Len(t, l.Signatures, 2, "every signature so far, short of a quorum")
	require.Equal(t, active.Members[activeVs.Index(h.val(0).EthAddress)].Power+active.Members[activeVs.Index(h.val(1).EthAddress)].Power, l.SignedPower)
	require.Equal(t, active, l.SigningValset)

	require.NoError(t, h.confirmValset(3, 2)) // + 40 % = 70 %
	l = list()
	require.True(t, l.Quorum)
	require.Len(t, l.Signatures, 3)
	require.NoError(t, h.confirmValset(2, 2)) // 40 % + 30 % suffice
	l = list()
	require.True(t, l.Quorum)
	require.Len(t, l.Signatures, 2, "the fewest signatures above the threshold")
	var signers []common.Address
	for j, s := range l.Signatures {
		if j > 0 {
			require.Greater(t, s.SignerIndex, l.Signatures[j-1].SignerIndex, "ascending, as the contract wants")
		}
		m := activeVs.Members[s.SignerIndex]
		require.Equal(t, m.Address.Hex(), s.EthAddress)
		sig, err := ethsig.ParseHex(s.Signature)
		require.NoError(t, err)
		require.True(t, ethsig.Verify(d, sig, m.Address))
		signers = append(signers, m.Address)
	}
	require.ElementsMatch(t, []common.Address{h.val(2).EthAddress, h.val(3).EthAddress}, signers)
	require.Greater(t, l.SignedPower, uint64(2_863_311_530))

	// a confirmation made with a key the active valset does not hold does not count: validator
	// 3 rotates and confirms valset 3 (made for the rotation) with its new key
	newKey := newEthKey(t, "valset 3 rotation")
	h.register(3, newKey)
	h.block()
	require.Equal(t, uint64(3), h.latestNonce())
	for i := range 4 {
		require.NoError(t, h.confirmValset(i, 3))
	}
	res, err := h.q.ValsetConfirmations(h.ctx(), &types.QueryValsetConfirmationsRequest{Nonce: 3})
	require.NoError(t, err)
	require.Len(t, res.Confirmations, 4)
	for _, s := range res.Signatures.Signatures {
		require.NotEqual(t, crypto.PubkeyToAddress(newKey.PublicKey).Hex(), s.EthAddress)
	}
	require.Len(t, res.Signatures.Signatures, 3, "validator 3's new key is not in valset 1")
	require.False(t, res.Signatures.Quorum, "validators 0, 1 and 2 hold 60 % of valset 1: short of a quorum")

	// Base holds a valset the chain never made under nonce 1: no list
	ctx := h.ctx()
	bs, err := h.k.BaseState.Get(ctx)
	require.NoError(t, err)
	bs.ActiveCheckpoint = types.HashString(common.Hash{9})
	require.NoError(t, h.k.BaseState.Set(ctx, bs))
	require.Empty(t, list().Signatures)
	require.False(t, list().Quorum)

	_, err = h.q.ValsetConfirmations(h.ctx(), &types.QueryValsetConfirmationsRequest{Nonce: 99})
	require.ErrorContains(t, err, "valset 99")
}

// TestConfirmSettlement: only a settlement in SIGNING can be confirmed, with the registered key,
// once; its signature list is against Base's active valset.
func TestConfirmSettlement(t *testing.T) {
	h := fourRegistered(t)
	h.setActiveValset(1)
	root := crypto.Keccak256Hash([]byte("root"))
	s := h.setSettlement(1, types.SETTLEMENT_STATUS_BUILDING, common.Hash{}, 0, 0)
	err := h.confirmSettlementRaw(0, 1, h.sign(0, h.settlementDigest(s)))
	require.ErrorIs(t, err, types.ErrNotSignable)
	require.ErrorContains(t, err, "BUILDING")

	s = h.setSettlement(1, types.SETTLEMENT_STATUS_SIGNING, root, 1_000, 3)
	err = h.confirmSettlementRaw(0, 7, h.sign(0, h.settlementDigest(s)))
	require.ErrorIs(t, err, types.ErrUnknownSettlement)
	require.ErrorContains(t, err, "settlement 7")
	err = h.confirmSettlementRaw(0, 1, h.sign(2, h.settlementDigest(s)))
	require.ErrorIs(t, err, types.ErrWrongSigner)
	// a signature over the same root with another total is over another digest
	other := s
	other.Total = s.Total.AddRaw(1)
	err = h.confirmSettlementRaw(0, 1, h.sign(0, h.settlementDigest(other)))
	require.ErrorIs(t, err, types.ErrWrongSigner)
	err = h.confirmSettlementRaw(4, 1, h.sign(0, h.settlementDigest(s)))
	require.ErrorIs(t, err, types.ErrNotOrchestrator)

	require.NoError(t, h.confirmSettlement(0, s))
	require.ErrorIs(t, h.confirmSettlement(0, s), types.ErrAlreadyConfirmed)
	require.NoError(t, h.confirmSettlement(3, s))
	require.NoError(t, h.confirmSettlement(2, s))
	res, err := h.q.SettlementConfirmations(h.ctx(), &types.QuerySettlementConfirmationsRequest{Epoch: 1})
	require.NoError(t, err)
	require.Len(t, res.Confirmations, 3)
	require.True(t, res.Signatures.Quorum)
	require.Len(t, res.Signatures.Signatures, 2, "validators 3 and 2: 70 %")
	d := h.settlementDigest(s)
	bvs, err := h.valset(1).Bridge()
	require.NoError(t, err)
	for _, c := range res.Signatures.Signatures {
		sig, err := ethsig.ParseHex(c.Signature)
		require.NoError(t, err)
		require.True(t, ethsig.Verify(d, sig, bvs.Members[c.SignerIndex].Address))
	}

	for _, st := range []types.SettlementStatus{types.SETTLEMENT_STATUS_LANDED, types.SETTLEMENT_STATUS_VETOED, types.SETTLEMENT_STATUS_CONFLICTED} {
		s = h.setSettlement(1, st, root, 1_000, 3)
		err = h.confirmSettlement(1, s)
		require.ErrorIs(t, err, types.ErrNotSignable, st.String())
		require.ErrorContains(t, err, st.String())
	}
	_, err = h.q.SettlementConfirmations(h.ctx(), &types.QuerySettlementConfirmationsRequest{Epoch: 2})
	require.ErrorContains(t, err, "settlement 2")
}

// confirmSettlementRaw sends validator i's orchestrator's confirmation of epoch with sig (i = 4:
// an account that is no orchestrator).
func (h *valsetHarness) confirmSettlementRaw(i int, epoch uint64, sig string) error {
	orch := h.whale
	if i < len(h.f.Validators) {
		orch = h.val(i).Orchestrator
	}
	_, err := h.ms.ConfirmSettlement(h.ctx(), &types.MsgConfirmSettlement{Orchestrator: orch.String(), Epoch: epoch, Signature: sig})
	h.backed()
	return err
}
