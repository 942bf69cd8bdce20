// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

// Test-only tokens that misbehave in the ways a bridge must survive. Never deployed outside tests.

/// @notice Burns `feeBps` of every transfer, like a fee-on-transfer token.
contract FeeToken is ERC20 {
    uint256 public immutable feeBps;

    constructor(address holder, uint256 supply, uint256 feeBps_) ERC20("Fee Token", "FEE") {
        feeBps = feeBps_;
        _mint(holder, supply);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value * feeBps / 10_000;
            super._update(from, address(0), fee);
            value -= fee;
        }
        super._update(from, to, value);
    }
}

/// @notice Calls `target` with `data` from inside every transfer once armed, to try re-entering
/// the bridge; records whether the call succeeded and its revert data.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public data;
    bool public attempted;
    bool public reentered;
    bytes public revertData;

    constructor(address holder, uint256 supply) ERC20("Reentrant Token", "RE") {
        _mint(holder, supply);
    }

    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (target != address(0) && !attempted) {
            attempted = true;
            (bool ok, bytes memory ret) = target.call(data);
            reentered = ok;
            revertData = ret;
        }
    }
}
