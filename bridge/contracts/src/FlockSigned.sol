// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title FlockSigned
/// @notice What FlockBridge's valset signs and how it is checked: valsets (signer addresses with
/// powers normalised to 2^32), EIP-712 digests bound to this chain id, this contract and the
/// bridge id, and the "more than 2/3 of the power" quorum rule. The Go packages bridge/valset,
/// bridge/digest and bridge/ethsig build the same bytes.
abstract contract FlockSigned {
    /// @notice A bridge validator set. Signers are strictly ascending (so unique and non-zero);
    /// powers are normalised so that they sum to at most 2^32.
    struct Valset {
        uint256 nonce;
        address[] signers;
        uint256[] powers;
    }

    /// @notice A signature by `signers[signerIndex]` of the current valset, in EIP-2098 compact
    /// form: vs = (v - 27) << 255 | s, s in the lower half order. Signatures in a list must have
    /// strictly ascending signer indices. (The compact form saves a calldata word per signer.)
    struct Signature {
        uint256 signerIndex;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice Sum of the normalised powers of a valset is at most this (2^32).
    uint256 public constant POWER_TOTAL = 1 << 32;
    /// @notice Signed power must be strictly greater than this: floor(2/3 * 2^32).
    uint256 public constant POWER_THRESHOLD = 2_863_311_530;
    /// @notice Largest valset; bounds the gas of a valset update or settlement (~5k per signer).
    uint256 public constant MAX_VALSET_SIZE = 256;

    bytes32 private constant DOMAIN_TYPEHASH = keccak256(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"
    );
    bytes32 private constant NAME_HASH = keccak256("FlockBridge");
    bytes32 private constant VERSION_HASH = keccak256("1");
    /// @notice EIP-712 type of a valset update (the "kind" of the digest).
    bytes32 public constant VALSET_TYPEHASH = keccak256("Valset(uint256 nonce,address[] signers,uint256[] powers)");
    /// @notice EIP-712 type of a settlement.
    bytes32 public constant SETTLEMENT_TYPEHASH =
        keccak256("Settlement(uint256 epoch,bytes32 root,uint256 total,uint256 count)");
    /// @notice EIP-712 type of the valset's order to replace the guardian.
    bytes32 public constant GUARDIAN_CHANGE_TYPEHASH = keccak256("GuardianChange(uint256 nonce,address guardian)");

    /// @notice Names this bridge instance; part of every signed digest (EIP-712 salt), so one
    /// chain's signatures are never valid for another bridge of the same validators.
    bytes32 public immutable bridgeId;

    error InvalidValsetSize(uint256 size);
    error ValsetLengthMismatch(uint256 signers, uint256 powers);
    error ValsetNotSorted(uint256 position);
    error ZeroPower(uint256 position);
    error ValsetPowerTooHigh(uint256 total);
    error ValsetPowerTooLow(uint256 total);
    error SignersNotSorted(uint256 position);
    error SignerIndexOutOfRange(uint256 signerIndex);
    error InvalidSignature(uint256 signerIndex);
    error InsufficientPower(uint256 power, uint256 threshold);

    constructor(bytes32 bridgeId_) {
        bridgeId = bridgeId_;
    }

    // ---------------------------------------------------------------------------------------
    // views: the digests signers sign

    /// @notice EIP-712 domain separator: name "FlockBridge", version "1", this chain id, this
    /// contract, salt = bridgeId. Recomputed on every call, so a fork with another chain id
    /// invalidates every signature.
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this), bridgeId));
    }

    /// @notice The checkpoint (EIP-712 struct hash) of a valset.
    function valsetCheckpointOf(Valset calldata vs) external pure returns (bytes32) {
        return _checkpointCalldata(vs);
    }

    /// @notice The digest the current valset signs to propose `vs`.
    function valsetDigest(Valset calldata vs) external view returns (bytes32) {
        return _hashTypedData(_checkpointCalldata(vs));
    }

    /// @notice The digest the current valset signs for a settlement.
    function settlementDigest(uint256 epoch, bytes32 root, uint256 total, uint256 count)
        public
        view
        returns (bytes32)
    {
        return _hashTypedData(keccak256(abi.encode(SETTLEMENT_TYPEHASH, epoch, root, total, count)));
    }

    /// @notice The digest the current valset signs to make `newGuardian` the guardian.
    function guardianChangeDigest(uint256 nonce, address newGuardian) public view returns (bytes32) {
        return _hashTypedData(keccak256(abi.encode(GUARDIAN_CHANGE_TYPEHASH, nonce, newGuardian)));
    }

    // ---------------------------------------------------------------------------------------
    // internals

    function _hashTypedData(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    function _checkpoint(Valset memory vs) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                VALSET_TYPEHASH, vs.nonce, keccak256(abi.encodePacked(vs.signers)), keccak256(abi.encodePacked(vs.powers))
            )
        );
    }

    /// @dev the calldata twin of _checkpoint. An ABI-encoded address[] or uint256[] in calldata
    /// is already the EIP-712 encoding (one 32-byte word per element), so it is hashed in place:
    /// about 1,000 gas less per signer than abi.encodePacked on every settlement. Dirty upper
    /// bits in an address word only change the hash, which then fails the checkpoint check.
    function _checkpointCalldata(Valset calldata vs) internal pure returns (bytes32) {
        return keccak256(abi.encode(VALSET_TYPEHASH, vs.nonce, _hashWords(vs.signers), _hashWords(vs.powers)));
    }

    function _hashWords(address[] calldata a) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40) // scratch past the free memory pointer, not kept
            let size := mul(a.length, 32)
            calldatacopy(ptr, a.offset, size)
            h := keccak256(ptr, size)
        }
    }

    function _hashWords(uint256[] calldata a) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            let size := mul(a.length, 32)
            calldatacopy(ptr, a.offset, size)
            h := keccak256(ptr, size)
        }
    }

    /// @dev a valset the bridge can be governed by: 1..MAX_VALSET_SIZE signers, strictly
    /// ascending (hence unique and non-zero), non-zero powers summing to more than the threshold
    /// and at most 2^32 (else "2/3 of the power" would not mean 2/3)
    function _validateValset(Valset memory vs) internal pure {
        uint256 n = vs.signers.length;
        if (n == 0 || n > MAX_VALSET_SIZE) revert InvalidValsetSize(n);
        if (vs.powers.length != n) revert ValsetLengthMismatch(n, vs.powers.length);
        address prev;
        uint256 total;
        for (uint256 i; i < n; ++i) {
            address signer = vs.signers[i];
            if (signer <= prev) revert ValsetNotSorted(i);
            prev = signer;
            uint256 power = vs.powers[i];
            if (power == 0) revert ZeroPower(i);
            if (power > POWER_TOTAL) revert ValsetPowerTooHigh(power);
            total += power;
        }
        if (total > POWER_TOTAL) revert ValsetPowerTooHigh(total);
        if (total <= POWER_THRESHOLD) revert ValsetPowerTooLow(total);
    }

    /// @dev reverts unless `sigs` are valid signatures of `digest` by distinct members of `vs`
    /// (ascending indices) whose powers sum to more than the threshold. The caller has matched
    /// `vs` against the active checkpoint, so it was validated when it was proposed.
    function _verifyQuorum(Valset calldata vs, Signature[] calldata sigs, bytes32 digest) internal pure {
        // hoisted: each access to a dynamic member of a calldata struct re-validates its offset
        address[] calldata signers = vs.signers;
        uint256[] calldata powers = vs.powers;
        uint256 n = signers.length;
        uint256 power;
        uint256 next; // lowest signer index the next signature may have
        for (uint256 i; i < sigs.length; ++i) {
            Signature calldata sig = sigs[i];
            uint256 idx = sig.signerIndex;
            if (idx < next) revert SignersNotSorted(i);
            if (idx >= n) revert SignerIndexOutOfRange(idx);
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig.r, sig.vs);
            if (err != ECDSA.RecoverError.NoError || signer != signers[idx]) revert InvalidSignature(idx);
            unchecked {
                power += powers[idx]; // at most 256 powers of at most 2^32 each
                next = idx + 1;
            }
        }
        if (power <= POWER_THRESHOLD) revert InsufficientPower(power, POWER_THRESHOLD);
    }
}
