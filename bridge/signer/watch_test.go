package signer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/ethsig"
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
