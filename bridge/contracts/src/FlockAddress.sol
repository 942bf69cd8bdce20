// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title FlockAddress
/// @notice Checks that a string is a well-formed Flock chain account address: lowercase bech32
/// (BIP-173, not bech32m) with the human-readable part `flock`, a 20-byte (44 characters) or
/// 32-byte (64 characters) payload, canonical zero padding and a valid checksum.
/// @dev A deposit's recipient is only a string on Base; if it did not decode on the chain the
/// deposited FLOCK would be stranded. Checking the bech32 checksum here (about 10k gas) turns
/// every typo into a revert before any token moves.
library FlockAddress {
    /// polymod state after the expanded human-readable part "flock" (computed off-chain, tested
    /// against the Go bech32 encoder)
    uint256 private constant HRP_STATE = 0x26701d1;
    /// 1 + the 5-bit value of each character from '0' (48) to 'z' (122); 0 = not in the charset
    bytes private constant CHARSET_REV =
        hex"10000b1216151b1f08060000000000000000000000000000000000000000000000000000000000000000000000000000001e00190e1a0a0918001317201c1400020104110c1d0d0f070503";
    uint256 private constant PREFIX_LEN = 6; // "flock1"
    uint256 private constant CHECKSUM_LEN = 6;

    function isValid(string calldata addr) internal pure returns (bool) {
        bytes calldata s = bytes(addr);
        uint256 n = s.length;
        // 20-byte payload: 32 data characters; 32-byte payload: 52 data characters
        if (n != PREFIX_LEN + 32 + CHECKSUM_LEN && n != PREFIX_LEN + 52 + CHECKSUM_LEN) return false;
        if (bytes6(s[:PREFIX_LEN]) != bytes6("flock1")) return false;

        bytes memory rev = CHARSET_REV;
        uint256 chk = HRP_STATE;
        uint256 v;
        unchecked {
            for (uint256 i = PREFIX_LEN; i < n; ++i) {
                uint256 c = uint8(s[i]);
                if (c < 48 || c > 122) return false;
                v = uint8(rev[c - 48]);
                if (v == 0) return false;
                v -= 1;
                chk = _step(chk) ^ v;
                // the last data character of a 32-byte payload carries 4 padding bits (260 - 256)
                // that must be zero, or the chain's decoder rejects it
                if (n == 64 && i == n - CHECKSUM_LEN - 1 && v & 0x0f != 0) return false;
            }
        }
        return chk == 1;
    }

    function _step(uint256 pre) private pure returns (uint256 chk) {
        uint256 b = pre >> 25;
        chk = (pre & 0x1ffffff) << 5;
        if (b & 1 != 0) chk ^= 0x3b6a57b2;
        if (b & 2 != 0) chk ^= 0x26508e6d;
        if (b & 4 != 0) chk ^= 0x1ea119fa;
        if (b & 8 != 0) chk ^= 0x3d4233dd;
        if (b & 16 != 0) chk ^= 0x2a1462b3;
    }
}
