// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title FlockToken
/// @notice A plain ERC-20 standing in for FLOCK on devnets and in tests only. Production uses
/// the real FLOCK token on Base; nothing in FlockBridge depends on this contract.
contract FlockToken is ERC20 {
    /// @param holder receives the whole supply
    /// @param supply in atto-FLOCK (18 decimals, like FLOCK)
    constructor(address holder, uint256 supply) ERC20("Flock Devnet Token", "FLOCK") {
        _mint(holder, supply);
    }
}
