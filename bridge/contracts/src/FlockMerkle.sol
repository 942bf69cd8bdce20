// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title FlockMerkle
/// @notice Settlement payout trees: the leaf hash and OpenZeppelin-compatible proof processing
/// (keccak256 of the sorted pair at each level, MerkleProof.processProofCalldata), written as
/// tight assembly because every claim runs them. `bridge/merkle` is the Go twin; a differential
/// test checks both against OpenZeppelin's library on random and adversarial proofs.
library FlockMerkle {
    /// @dev keccak256(abi.encode(epoch, index, account, amount)), hashed in scratch memory past
    /// the free memory pointer instead of allocating
    function leaf(uint256 epoch, uint256 index, address account, uint256 amount) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, epoch)
            mstore(add(ptr, 0x20), index)
            mstore(add(ptr, 0x40), and(account, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(ptr, 0x60), amount)
            h := keccak256(ptr, 0x80)
        }
    }

    /// @dev the root `proof` links `node` to, as one branch-free loop over calldata; the
    /// library's checked indexing and calls cost about 80 gas more per level
    function processProof(bytes32[] calldata proof, bytes32 node) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            h := node
            for {
                let p := proof.offset
                let end := add(p, shl(5, proof.length))
            } lt(p, end) { p := add(p, 0x20) } {
                let sibling := calldataload(p)
                let o := shl(5, gt(h, sibling)) // 0x20 when h is the larger: it goes second
                mstore(o, h)
                mstore(xor(o, 0x20), sibling)
                h := keccak256(0x00, 0x40)
            }
        }
    }
}
