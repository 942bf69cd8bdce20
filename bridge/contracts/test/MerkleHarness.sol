// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {FlockMerkle} from "../src/FlockMerkle.sol";

/// @notice Test only, never deployed: exposes FlockMerkle next to OpenZeppelin's MerkleProof so
/// a differential test can call both on the same inputs.
contract MerkleHarness {
    function flockRoot(bytes32[] calldata proof, bytes32 node) external pure returns (bytes32) {
        return FlockMerkle.processProof(proof, node);
    }

    function openZeppelinRoot(bytes32[] calldata proof, bytes32 node) external pure returns (bytes32) {
        return MerkleProof.processProofCalldata(proof, node);
    }

    function flockLeaf(uint256 epoch, uint256 index, address account, uint256 amount) external pure returns (bytes32) {
        return FlockMerkle.leaf(epoch, index, account, amount);
    }
}
