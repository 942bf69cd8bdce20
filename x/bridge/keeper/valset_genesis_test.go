package keeper_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/keeper"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestValsetGenesisRoundTrip: valsets, confirmations, deadlines and bad-signature records survive
// an export and a restart from it, and the restarted chain goes on from them (no duplicate
// valset, the used evidence still refused); a genesis with a broken valset is refused.
func TestValsetGenesisRoundTrip(t *testing.T) {
	h := fourRegistered(t)
	require.NoError(t, h.confirmValset(0, 1))
	// a settlement whose one leaf makes its root (InitGenesis rebuilds the tree from the leaves)
	payee := common.HexToAddress("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4")
	require.NoError(t, h.k.Leaves.Set(h.ctx(), collections.Join(uint64(1), uint64(0)), types.Leaf{Epoch: 1, Index: 0, Withdrawal: types.Withdrawal{
		Id: 1, Kind: types.WITHDRAWAL_KIND_WITHDRAW, Sender: h.whale.String(), BaseRecipient: payee.Hex(), Amount: app.Flock(5)}}))
	s := h.setSettlement(1, types.SETTLEMENT_STATUS_SIGNING, merkle.LeafHash(1, 0, payee, app.Flock(5).BigInt()), 5, 1)
	require.NoError(t, h.confirmSettlement(2, s))
	forged := &types.SignedValset{Nonce: 8, Signers: []string{h.val(3).EthAddress.Hex()}, Powers: []uint64{valset.PowerTotal}}
	fvs, err := types.SignedValsetOf(forged)
	require.NoError(t, err)
	evidence := &types.MsgSubmitBadSignatureEvidence{Submitter: h.whale.String(), Subject: &types.MsgSubmitBadSignatureEvidence_Valset{Valset: forged}, Signature: h.sign(3, h.domain().Valset(fvs))}
	_, err = h.ms.SubmitBadSignatureEvidence(h.ctx(), evidence)
	require.NoError(t, err)
	h.block()

	before, err := h.k.ExportGenesis(h.ctx())
	require.NoError(t, err)
	require.NoError(t, before.Validate())
	require.Len(t, before.Valsets, 2, "valset 2 without the jailed validator 3")
	require.Len(t, before.ValsetConfirmations, 1)
	require.Len(t, before.SettlementConfirmations, 1)
	require.Len(t, before.Deadlines, 2)
	require.Len(t, before.BadSignatures, 1)

	exported, err := h.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	r := apptest.Restart(t, exported)
	k := r.App.BridgeKeeper
	after, err := k.ExportGenesis(r.Context())
	require.NoError(t, err)
	require.Equal(t, before.Valsets, after.Valsets)
	require.Equal(t, before.ValsetConfirmations, after.ValsetConfirmations)
	require.Equal(t, before.SettlementConfirmations, after.SettlementConfirmations)
	require.Equal(t, before.Deadlines, after.Deadlines)
	require.Equal(t, before.BadSignatures, after.BadSignatures)
	_, err = keeper.NewMsgServerImpl(k).SubmitBadSignatureEvidence(r.Context(), evidence)
	require.ErrorIs(t, err, types.ErrEvidenceAlreadyUsed)
	r.Advance(t, time.Minute)
	n, err := k.LatestValsetNonceForTest(r.Context())
	require.NoError(t, err)
	require.Equal(t, uint64(2), n, "the restarted chain makes no duplicate valset")

	// broken records are refused
	for name, edit := range map[string]func(gs *types.GenesisState){
		"checkpoint":       func(gs *types.GenesisState) { gs.Valsets[0].Checkpoint = types.HashString(crypto.Keccak256Hash()) },
		"power too low":    func(gs *types.GenesisState) { gs.Valsets[0].Members = gs.Valsets[0].Members[:1] },
		"duplicate valset": func(gs *types.GenesisState) { gs.Valsets = append(gs.Valsets, gs.Valsets[0]) },
		"orphan confirm":   func(gs *types.GenesisState) { gs.ValsetConfirmations[0].Nonce = 5 },
		"bad signature":    func(gs *types.GenesisState) { gs.SettlementConfirmations[0].Confirmation.Signature = "0x00" },
		"deadline kind":    func(gs *types.GenesisState) { gs.Deadlines[0].Kind = types.CONFIRM_KIND_UNSPECIFIED },
		"evidence digest":  func(gs *types.GenesisState) { gs.BadSignatures[0].Digest = "0x1" },
	} {
		gs, err := h.k.ExportGenesis(h.ctx())
		require.NoError(t, err)
		edit(gs)
		require.ErrorIs(t, gs.Validate(), types.ErrInvalidGenesis, name)
	}
}
