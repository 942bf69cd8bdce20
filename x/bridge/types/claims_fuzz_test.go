package types_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/bridge/types"
)

// claimSeeds are one valid event of every kind, as orchestrators send them.
func claimSeeds() []types.BaseEvent {
	addr := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").Hex()
	h := func(n int64) string { return types.HashString(common.BigToHash(big.NewInt(n))) }
	amount := math.NewIntWithDecimal(15, 17)
	out := []types.BaseEvent{
		{Claim: &types.BaseEvent_Deposit{Deposit: &types.DepositClaim{Sender: addr, Recipient: "flock1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5a3kzf2", Amount: amount}}},
		{Claim: &types.BaseEvent_RewardsFunded{RewardsFunded: &types.RewardsFundedClaim{Funder: addr, Amount: amount}}},
		{Claim: &types.BaseEvent_ValsetProposed{ValsetProposed: &types.ValsetProposedClaim{ValsetNonce: 2, Checkpoint: h(7), ActivatesAt: 1_700_000_000}}},
		{Claim: &types.BaseEvent_ValsetActivated{ValsetActivated: &types.ValsetActivatedClaim{ValsetNonce: 2, Checkpoint: h(7)}}},
		{Claim: &types.BaseEvent_ValsetVetoed{ValsetVetoed: &types.ValsetVetoedClaim{ValsetNonce: 2, Checkpoint: h(7)}}},
		{Claim: &types.BaseEvent_SettlementSubmitted{SettlementSubmitted: &types.SettlementSubmittedClaim{Epoch: 1, Root: h(8), Total: amount, Count: 3, ClaimableAt: 1_700_000_100}}},
		{Claim: &types.BaseEvent_SettlementVetoed{SettlementVetoed: &types.SettlementVetoedClaim{Epoch: 1, Paid: amount, ClaimedBitmap: []byte{0x05}}}},
		{Claim: &types.BaseEvent_GuardianChangeProposed{GuardianChangeProposed: &types.GuardianChangeProposedClaim{ChangeNonce: 1, NewGuardian: addr, ExecutableAt: 1_700_000_200}}},
		{Claim: &types.BaseEvent_GuardianChangeVetoed{GuardianChangeVetoed: &types.GuardianChangeVetoedClaim{ChangeNonce: 1, NewGuardian: addr}}},
		{Claim: &types.BaseEvent_GuardianTransferred{GuardianTransferred: &types.GuardianTransferredClaim{PreviousGuardian: addr, NewGuardian: addr}}},
	}
	for i := range out {
		nonce := uint64(i + 1)
		out[i].EventNonce, out[i].BaseBlock, out[i].TxHash = nonce, 100+nonce, h(int64(nonce))
	}
	return out
}

// TestClaimSeedsValid keeps the fuzz seeds honest: every one is valid, and their claim hashes
// are distinct.
func TestClaimSeedsValid(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range claimSeeds() {
		require.NoError(t, e.Validate(), e.Kind())
		hash, err := e.ClaimHash()
		require.NoError(t, err)
		require.Len(t, hash, 32)
		require.False(t, seen[string(hash)])
		seen[string(hash)] = true
	}
}

// FuzzBaseEventValidate: decoding arbitrary bytes as a claim and validating it never panics;
// a claim that validates survives a re-encoding with the same claim hash and stays valid, so
// every honest orchestrator's vote for one observed event meets on one key.
func FuzzBaseEventValidate(f *testing.F) {
	for _, e := range claimSeeds() {
		bz, err := e.Marshal()
		require.NoError(f, err)
		f.Add(bz)
		f.Add(bz[:len(bz)/2])
	}
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x00})                   // nonce 0
	f.Add([]byte{0x52, 0x03, 0x1a, 0x01, 0x2d}) // deposit with amount "-"
	f.Fuzz(func(t *testing.T, bz []byte) {
		var e types.BaseEvent
		if err := e.Unmarshal(bz); err != nil {
			return
		}
		_ = e.Kind()
		if err := e.Validate(); err != nil {
			return
		}
		hash, err := e.ClaimHash()
		require.NoError(t, err)
		again, err := e.Marshal()
		require.NoError(t, err)
		var e2 types.BaseEvent
		require.NoError(t, e2.Unmarshal(again))
		require.NoError(t, e2.Validate())
		hash2, err := e2.ClaimHash()
		require.NoError(t, err)
		require.True(t, bytes.Equal(hash, hash2), "claim hash changed across a re-encoding")
		again2, err := e2.Marshal()
		require.NoError(t, err)
		require.Equal(t, again, again2, "the canonical encoding is a fixed point")
	})
}
