package types

import (
	"crypto/ecdsa"
	"encoding/binary"

	errorsmod "cosmossdk.io/errors"
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

// VerifyRegistration checks that sig is eth's signature of the registration digest of chainID,
// validator and orchestrator: the check x/bridge makes of a registration, in a transaction
// (MsgRegisterOrchestrator) and in the genesis (flockd genesis add-orchestrator) alike.
func VerifyRegistration(chainID string, validator sdk.ValAddress, orchestrator sdk.AccAddress, eth common.Address, sig ethsig.Signature) error {
	signer, err := ethsig.Recover(RegistrationDigest(chainID, validator, orchestrator, eth), sig)
	if err != nil {
		return errorsmod.Wrapf(ErrInvalidSignature, "eth signature: %v", err)
	}
	if signer != eth {
		return errorsmod.Wrapf(ErrWrongSigner, "eth signature recovers %s, not eth address %s: sign the registration digest of chain %q, validator %s and orchestrator %s with that key",
			signer.Hex(), eth.Hex(), chainID, validator, orchestrator)
	}
	return nil
}
