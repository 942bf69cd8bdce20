// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @notice Test only, never deployed: the design of Uniswap's MerkleDistributor (one immutable
/// root, a claimed bitmap, packed leaves keccak256(index, account, amount); no pause, no claim
/// delay or veto, no per-epoch roots, no reentrancy guard). The gas table measures
/// FlockBridge.claim against it on the same tree sizes, token and EVM rules.
contract BaselineDistributor {
    IERC20 public immutable token;
    bytes32 public immutable merkleRoot;
    mapping(uint256 word => uint256 bits) private claimedBitmap;

    event Claimed(uint256 index, address account, uint256 amount);

    error AlreadyClaimed(uint256 index);
    error InvalidProof(uint256 index);
    error TransferFailed();

    constructor(IERC20 token_, bytes32 merkleRoot_) {
        token = token_;
        merkleRoot = merkleRoot_;
    }

    function claim(uint256 index, address account, uint256 amount, bytes32[] calldata proof) external {
        uint256 word = index >> 8;
        uint256 bit = 1 << (index & 0xff);
        uint256 bits = claimedBitmap[word];
        if (bits & bit != 0) revert AlreadyClaimed(index);
        bytes32 leaf = keccak256(abi.encodePacked(index, account, amount));
        if (!MerkleProof.verifyCalldata(proof, merkleRoot, leaf)) revert InvalidProof(index);
        claimedBitmap[word] = bits | bit;
        if (!token.transfer(account, amount)) revert TransferFailed();
        emit Claimed(index, account, amount);
    }
}
