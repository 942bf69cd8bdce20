package types

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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
