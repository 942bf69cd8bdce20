// Package digest builds the EIP-712 digests the bridge valset signs, byte for byte as
// FlockBridge computes them. The domain binds every signature to one chain id, one contract
// and one bridge id; the struct type (Valset, Settlement or GuardianChange) is the kind, the
// valset nonce, settlement epoch or guardian-change nonce the nonce. No Cosmos imports.
package digest

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/valset"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"))
	nameHash    = crypto.Keccak256Hash([]byte("FlockBridge"))
	versionHash = crypto.Keccak256Hash([]byte("1"))

	// SettlementTypeHash is FlockBridge.SETTLEMENT_TYPEHASH.
	SettlementTypeHash = crypto.Keccak256Hash([]byte("Settlement(uint256 epoch,bytes32 root,uint256 total,uint256 count)"))

	// GuardianChangeTypeHash is FlockBridge.GUARDIAN_CHANGE_TYPEHASH.
	GuardianChangeTypeHash = crypto.Keccak256Hash([]byte("GuardianChange(uint256 nonce,address guardian)"))
)

// Domain identifies one deployment of FlockBridge.
type Domain struct {
	ChainID  *big.Int       // the Base chain id (8453 mainnet, 84532 Sepolia, 845399 devchain)
	Contract common.Address // the FlockBridge address
	BridgeID common.Hash    // FlockBridge.bridgeId, the EIP-712 salt
}

// Separator is FlockBridge.domainSeparator().
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:], nameHash[:], versionHash[:],
		word(d.ChainID),
		common.LeftPadBytes(d.Contract[:], 32),
		d.BridgeID[:],
	)
}

// Settlement is what the valset signs for one settlement epoch.
type Settlement struct {
	Epoch uint64
	Root  common.Hash // Merkle root of the payout tree (package merkle)
	Total *big.Int    // sum of the payouts
	Count uint64      // number of leaves
}

// StructHash is the EIP-712 struct hash of s.
func (s Settlement) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		SettlementTypeHash[:],
		word(new(big.Int).SetUint64(s.Epoch)),
		s.Root[:],
		word(s.Total),
		word(new(big.Int).SetUint64(s.Count)),
	)
}

// Valset is the digest the current valset signs to install vs (FlockBridge.valsetDigest).
func (d Domain) Valset(vs valset.Valset) common.Hash { return d.typed(vs.Checkpoint()) }

// Settlement is the digest the current valset signs for s (FlockBridge.settlementDigest).
func (d Domain) Settlement(s Settlement) common.Hash { return d.typed(s.StructHash()) }

// GuardianChange is the digest the current valset signs to make guardian the bridge's guardian
// (FlockBridge.guardianChangeDigest); nonce must exceed the last order's.
func (d Domain) GuardianChange(nonce uint64, guardian common.Address) common.Hash {
	return d.typed(crypto.Keccak256Hash(
		GuardianChangeTypeHash[:],
		word(new(big.Int).SetUint64(nonce)),
		common.LeftPadBytes(guardian[:], 32),
	))
}

// typed is keccak256("\x19\x01" || domainSeparator || structHash).
func (d Domain) typed(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// word is x as a 32-byte big-endian ABI word; nil is zero. x must be in [0, 2^256).
func word(x *big.Int) []byte {
	if x == nil {
		return make([]byte, 32)
	}
	return common.LeftPadBytes(x.Bytes(), 32)
}
