package relay

import (
	"fmt"
	"math/big"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/x/bridge/types"
)

// signedForBase checks that the chain's signature list was made against the valset Base has
// active now: the chain learns of an activation only once the orchestrators attest it, and
// until then its list names the previous valset, which the contract would refuse.
func signedForBase(list types.SignatureList, st *BaseState) bool {
	return list.SigningValset.Checkpoint == types.HashString(st.ValsetCheckpoint)
}

// contractArgs is the chain's signature list in the contract's form: the signing valset
// (currentValset) and the compact signatures.
func contractArgs(list types.SignatureList) (bindings.FlockSignedValset, []bindings.FlockSignedSignature, error) {
	current, err := valsetBinding(list.SigningValset)
	if err != nil {
		return current, nil, err
	}
	sigs := make([]bindings.FlockSignedSignature, len(list.Signatures))
	for i, s := range list.Signatures {
		sig, err := types.ParseSignature("signature", s.Signature)
		if err != nil {
			return current, nil, fmt.Errorf("signature of signer %d (%s): %w", s.SignerIndex, s.EthAddress, err)
		}
		sigs[i] = bindings.FlockSignedSignature{SignerIndex: big.NewInt(int64(s.SignerIndex)), R: sig.R, Vs: sig.VS()}
	}
	return current, sigs, nil
}

// valsetBinding is a chain valset as the contract's struct.
func valsetBinding(v types.Valset) (bindings.FlockSignedValset, error) {
	vs, err := v.Bridge()
	if err != nil {
		return bindings.FlockSignedValset{}, err
	}
	return bindings.FlockSignedValset{Nonce: new(big.Int).SetUint64(vs.Nonce), Signers: vs.Signers(), Powers: vs.Powers()}, nil
}
