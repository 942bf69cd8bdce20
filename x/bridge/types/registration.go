package types

import (
	"crypto/ecdsa"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/ethsig"
)

// registrationDomain separates registration signatures from every bridge digest: an eth key's
// registration can never be replayed as a valset or settlement signature, or the reverse.
const registrationDomain = "flock/bridge/register-orchestrator/v1"

// RegistrationDigest is what an orchestrator's eth key signs to register it:
// keccak256(domain || len-prefixed chain id || validator operator bytes || orchestrator account
// bytes || eth address). Naming the chain, the validator and the orchestrator means a
// signature proves possession of the key for this registration only.
func RegistrationDigest(chainID string, validator, orchestrator []byte, eth common.Address) common.Hash {
	return crypto.Keccak256Hash(
		[]byte(registrationDomain),
		lenPrefixed([]byte(chainID)),
		lenPrefixed(validator),
		lenPrefixed(orchestrator),
		eth[:],
	)
}

func lenPrefixed(b []byte) []byte {
	return append(binary.BigEndian.AppendUint64(nil, uint64(len(b))), b...)
}

// NewMsgRegisterOrchestrator is validator's registration of orchestrator with the eth key
// ethKey on chain chainID, the key's signature over RegistrationDigest included. flockd's
// register-orchestrator and flock-relayer register both build it here.
func NewMsgRegisterOrchestrator(chainID string, validator sdk.ValAddress, orchestrator sdk.AccAddress, ethKey *ecdsa.PrivateKey) (*MsgRegisterOrchestrator, error) {
	eth := crypto.PubkeyToAddress(ethKey.PublicKey)
	sig, err := ethsig.Sign(RegistrationDigest(chainID, validator, orchestrator, eth), ethKey)
	if err != nil {
		return nil, err
	}
	return &MsgRegisterOrchestrator{
		Validator:    validator.String(),
		Orchestrator: orchestrator.String(),
		EthAddress:   eth.Hex(),
		EthSignature: sig.Hex(),
	}, nil
}
