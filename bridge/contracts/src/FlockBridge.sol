// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {FlockAddress} from "./FlockAddress.sol";
import {FlockMerkle} from "./FlockMerkle.sol";
import {FlockSigned} from "./FlockSigned.sol";

/// @title FlockBridge
/// @notice Base side of the Flock bridge. Holds the FLOCK that backs every aflock on the Flock
/// chain: deposits lock FLOCK here and are minted on the chain; withdrawals and reward payouts
/// are burned on the chain and paid out here as Merkle-tree settlements signed by the chain's
/// validator set (its bridge valset).
///
/// Security model (see README.md):
/// - everything the valset signs waits `claimDelay` before it takes effect, and the guardian
///   may veto it meanwhile: a settlement before its first claim, a new valset before it becomes
///   the active one, a new guardian before it takes the role;
/// - settlements land in consecutive epochs, and no settlement pays more than it signed for;
/// - the guardian can pause (for at most MAX_PAUSE_DURATION unless renewed), veto and hand over
///   its role, and nothing else: it can neither move funds nor sign for the valset.
contract FlockBridge is FlockSigned, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice One leaf of a settlement's payout tree.
    struct Claim {
        uint256 epoch;
        uint256 index;
        address account;
        uint256 amount;
        bytes32[] proof;
    }

    /// @dev Two storage slots; a claim reads both and writes `paid`. `root` keeps the first 224
    /// bits of the signed Merkle root, and the 32 bits left over hold the claim time. Proving a
    /// leaf against a root someone else built is a 224-bit second-preimage search; even a
    /// withdrawer who shapes the signed tree (say, its only leaf) faces a 112-bit collision
    /// search. `claimableAt` is 0 for an unknown epoch and VETOED once vetoed. `total` (set at
    /// submission, never 0) shares its slot with `paid`, so counting a claim rewrites a non-zero
    /// slot (2.9k gas) rather than filling an empty one (20k).
    struct Settlement {
        bytes28 root;
        uint32 claimableAt;
        uint128 total;
        uint128 paid;
    }

    // ---------------------------------------------------------------------------------------
    // constants and immutables

    /// @notice Smallest claim delay accepted at deployment: below it nobody can react to a veto.
    uint256 public constant MIN_CLAIM_DELAY = 1 hours;
    /// @notice Largest claim delay accepted at deployment.
    uint256 public constant MAX_CLAIM_DELAY = 30 days;
    /// @notice A pause ends by itself this long after the guardian last paused (or renewed).
    uint256 public constant MAX_PAUSE_DURATION = 7 days;
    /// @notice `claimableAt` of a vetoed settlement: never.
    uint32 public constant VETOED = type(uint32).max;

    /// @notice The bridged token (FLOCK).
    IERC20 public immutable token;
    /// @notice Seconds between the valset signing something and its effect: a settlement's
    /// first claim, a new valset's activation, a new guardian's installation. The guardian's
    /// veto window.
    uint256 public immutable claimDelay;
    /// @notice Largest total a single settlement may pay out.
    uint256 public immutable maxSettlementTotal;
    /// @notice Smallest deposit or rewards funding: each costs every orchestrator an
    /// attestation, so dust must cost its sender more than it costs them.
    uint256 public immutable minDeposit;

    // ---------------------------------------------------------------------------------------
    // state

    /// @notice Guardian: may pause, unpause, veto what the valset signed during its delay and
    /// hand over its role.
    address public guardian;
    /// @notice The bridge is paused until this time (0: not paused).
    /// @dev shares the guardian's slot: the claim path reads one slot for the pause check
    uint64 public pausedUntil;
    /// @notice A guardian proposed by transferGuardian, until it accepts.
    address public pendingGuardian;
    /// @notice Nonce of the last event the chain attests; the first is 1. Every state change the
    /// chain mirrors takes the next one, so orchestrators attest a single sequence with no gaps:
    /// Deposited, RewardsFunded, ValsetProposed, ValsetUpdated, ValsetVetoed,
    /// SettlementSubmitted, SettlementVetoed, GuardianChangeProposed, GuardianChangeVetoed and
    /// GuardianTransferred. (The constructor's ValsetProposed and ValsetUpdated carry 0: the
    /// initial valset is the chain's own, not attested.)
    /// @dev shares a slot with lastEpoch: a settlement writes both (5k gas saved)
    uint128 public eventNonce;
    /// @notice Epoch of the last accepted settlement; the next one must be lastEpoch + 1.
    uint128 public lastEpoch;
    /// @notice EIP-712 struct hash of the active valset, which signs everything.
    bytes32 public valsetCheckpoint;
    /// @notice Nonce of the active valset.
    uint256 public valsetNonce;
    /// @notice Checkpoint of the valset waiting for activation (0: none).
    bytes32 public pendingValsetCheckpoint;
    /// @notice Nonce of the pending valset.
    uint256 public pendingValsetNonce;
    /// @notice When the pending valset may be activated.
    uint256 public pendingValsetActivatesAt;
    /// @notice Checkpoints the guardian vetoed: they can never be proposed again (their
    /// signatures are public).
    mapping(bytes32 checkpoint => bool) public vetoedValsets;
    /// @notice A guardian the valset ordered (0: none) and when it may take the role.
    address public nextGuardian;
    uint64 public nextGuardianAt;
    /// @notice Nonce of the last guardian change the valset ordered; a new order needs a larger one.
    uint256 public guardianChangeNonce;
    /// @notice Settlements by epoch (see Settlement; 0: no such settlement; VETOED: vetoed).
    mapping(uint256 epoch => Settlement) public settlements;
    /// @dev claimed bits: epoch => index / 256 => bit index % 256
    mapping(uint256 epoch => mapping(uint256 word => uint256 bits)) private claimedBitmap;

    // ---------------------------------------------------------------------------------------
    // events

    event Deposited(uint256 indexed eventNonce, address indexed sender, string recipient, uint256 amount);
    event RewardsFunded(uint256 indexed eventNonce, address indexed funder, uint256 amount);
    /// @dev a valset is pending (activatable from activatesAt unless vetoed); the constructor
    /// emits it with eventNonce 0 for the initial valset
    event ValsetProposed(
        uint256 indexed eventNonce,
        uint256 indexed valsetNonce,
        bytes32 checkpoint,
        address[] signers,
        uint256[] powers,
        uint256 activatesAt
    );
    /// @dev the valset with this checkpoint is now the active one; the constructor emits it with
    /// eventNonce 0 for the initial valset
    event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint);
    event ValsetVetoed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint);
    event SettlementSubmitted(
        uint256 indexed eventNonce, uint256 indexed epoch, bytes32 root, uint256 total, uint256 count, uint256 claimableAt
    );
    /// @dev No claim of `epoch` succeeds afterwards, so `paid` and the claimed bitmap
    /// (claimedWords) are final. If the vetoed root is the chain's, the chain restores the leaves
    /// not claimed, which sum to its total minus `paid`; if it is not (a forged settlement), none
    /// of the chain's leaves were paid and all are restored.
    event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 paid);
    event Claimed(uint256 indexed epoch, address indexed account, uint256 index, uint256 amount);
    event Paused(address indexed guardian, uint256 until);
    event Unpaused(address indexed guardian);
    event GuardianTransferStarted(address indexed guardian, address indexed pendingGuardian);
    /// @dev the guardian changed: through acceptGuardian or executeGuardianChange
    event GuardianTransferred(
        uint256 indexed eventNonce, address indexed previousGuardian, address indexed newGuardian
    );
    /// @dev the valset ordered a new guardian (guardianChangeNonce), executable from executableAt
    event GuardianChangeProposed(
        uint256 indexed eventNonce,
        uint256 indexed guardianChangeNonce,
        address indexed newGuardian,
        uint256 executableAt
    );
    event GuardianChangeVetoed(
        uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian
    );

    // ---------------------------------------------------------------------------------------
    // errors (the valset and signature errors are in FlockSigned)

    error ZeroAmount();
    error ZeroAddress();
    error InvalidRecipient();
    error DepositTooSmall(uint256 amount, uint256 minDeposit);
    error BridgePaused();
    error NotPaused();
    error NotGuardian(address caller);
    error NotPendingGuardian(address caller);
    error InvalidConfig();
    // valset changes
    error CheckpointMismatch();
    error StaleValsetNonce(uint256 nonce, uint256 current);
    error ValsetChangePending(uint256 pendingNonce);
    error ValsetIsVetoed(bytes32 checkpoint);
    error NoPendingValset();
    error ValsetActivationTooEarly(uint256 activatesAt);
    error ValsetVetoWindowClosed(uint256 valsetNonce);
    // guardian changes
    error StaleGuardianChangeNonce(uint256 nonce, uint256 last);
    error NoGuardianChange();
    error GuardianChangeTooEarly(uint256 executableAt);
    error GuardianVetoWindowClosed(uint256 nonce);
    // settlements and claims
    error EpochNotNext(uint256 epoch, uint256 expected);
    error InvalidSettlement();
    error PayoutCapExceeded(uint256 total, uint256 cap);
    error UnknownSettlement(uint256 epoch);
    error SettlementIsVetoed(uint256 epoch);
    error ClaimTooEarly(uint256 epoch, uint256 claimableAt);
    error VetoWindowClosed(uint256 epoch);
    error AlreadyClaimed(uint256 epoch, uint256 index);
    error InvalidProof(uint256 epoch, uint256 index);
    error SettlementTotalExceeded(uint256 epoch, uint256 paid, uint256 total);
    error NoClaims();

    // ---------------------------------------------------------------------------------------

    modifier whenNotPaused() {
        if (block.timestamp < pausedUntil) revert BridgePaused();
        _;
    }

    modifier onlyGuardian() {
        if (msg.sender != guardian) revert NotGuardian(msg.sender);
        _;
    }

    /// @param token_ the bridged token
    /// @param bridgeId_ names this bridge (the chain's bridge id); non-zero
    /// @param guardian_ the guardian; non-zero. A multisig (a Safe, say): see README.md
    /// @param claimDelay_ the veto window, MIN_CLAIM_DELAY to MAX_CLAIM_DELAY seconds
    /// @param maxSettlementTotal_ cap on a settlement's total, non-zero and below 2^128
    /// @param minDeposit_ smallest deposit or funding, non-zero
    /// @param initialValset the chain's bridge valset at deployment (active at once, unsigned)
    constructor(
        IERC20 token_,
        bytes32 bridgeId_,
        address guardian_,
        uint256 claimDelay_,
        uint256 maxSettlementTotal_,
        uint256 minDeposit_,
        Valset memory initialValset
    ) FlockSigned(bridgeId_) {
        if (address(token_) == address(0) || guardian_ == address(0)) revert ZeroAddress();
        if (
            bridgeId_ == bytes32(0) || claimDelay_ < MIN_CLAIM_DELAY || claimDelay_ > MAX_CLAIM_DELAY
                || maxSettlementTotal_ == 0 || maxSettlementTotal_ > type(uint128).max || minDeposit_ == 0
        ) revert InvalidConfig();
        token = token_;
        guardian = guardian_;
        claimDelay = claimDelay_;
        maxSettlementTotal = maxSettlementTotal_;
        minDeposit = minDeposit_;

        _validateValset(initialValset);
        bytes32 checkpoint = _checkpoint(initialValset);
        valsetCheckpoint = checkpoint;
        valsetNonce = initialValset.nonce;
        emit ValsetProposed(
            0, initialValset.nonce, checkpoint, initialValset.signers, initialValset.powers, block.timestamp
        );
        emit ValsetUpdated(0, initialValset.nonce, checkpoint);
    }

    // ---------------------------------------------------------------------------------------
    // into the chain

    /// @notice Locks `amount` FLOCK (approved beforehand) for `recipient` on the Flock chain.
    /// The amount minted on the chain is what this contract actually received, at least minDeposit.
    /// @param recipient a `flock1...` bech32 account address, checked here including its checksum
    /// (isValidRecipient is the same check as a view)
    function deposit(uint256 amount, string calldata recipient) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        if (!FlockAddress.isValid(recipient)) revert InvalidRecipient();
        uint256 received = _pull(amount);
        emit Deposited(++eventNonce, msg.sender, recipient, received);
    }

    /// @notice Adds `amount` FLOCK (approved beforehand) to the chain's rewards pool; at least
    /// minDeposit, like a deposit.
    function fundRewards(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        uint256 received = _pull(amount);
        emit RewardsFunded(++eventNonce, msg.sender, received);
    }

    /// @dev balance difference, so a token that takes a fee on transfer never mints more on the
    /// chain than it locked here; the minimum applies to what arrived
    function _pull(uint256 amount) private returns (uint256 received) {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        received = token.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        if (received < minDeposit) revert DepositTooSmall(received, minDeposit);
    }

    // ---------------------------------------------------------------------------------------
    // signed by the valset

    /// @notice Proposes `newValset`, signed by more than 2/3 of the active valset's power. It
    /// becomes the active valset when someone calls activateValset after `claimDelay`, unless
    /// the guardian vetoes it first; until then the active valset keeps signing. One proposal
    /// at a time, so a hostile proposal cannot displace an honest one that is waiting. The
    /// nonce must exceed the active valset's (the chain may skip valsets).
    function updateValset(Valset calldata newValset, Valset calldata currentValset, Signature[] calldata sigs)
        external
        whenNotPaused
    {
        _checkCurrent(currentValset);
        if (pendingValsetCheckpoint != bytes32(0)) revert ValsetChangePending(pendingValsetNonce);
        if (newValset.nonce <= currentValset.nonce) revert StaleValsetNonce(newValset.nonce, currentValset.nonce);
        _validateValset(newValset);
        bytes32 checkpoint = _checkpoint(newValset);
        if (vetoedValsets[checkpoint]) revert ValsetIsVetoed(checkpoint);
        _verifyQuorum(currentValset, sigs, _hashTypedData(checkpoint));

        uint256 activatesAt = block.timestamp + claimDelay;
        pendingValsetCheckpoint = checkpoint;
        pendingValsetNonce = newValset.nonce;
        pendingValsetActivatesAt = activatesAt;
        emit ValsetProposed(
            ++eventNonce, newValset.nonce, checkpoint, newValset.signers, newValset.powers, activatesAt
        );
    }

    /// @notice Makes the pending valset the active one, once its delay has passed. Anyone may.
    function activateValset() external whenNotPaused {
        bytes32 checkpoint = pendingValsetCheckpoint;
        if (checkpoint == bytes32(0)) revert NoPendingValset();
        uint256 activatesAt = pendingValsetActivatesAt;
        if (block.timestamp < activatesAt) revert ValsetActivationTooEarly(activatesAt);
        uint256 nonce = pendingValsetNonce;
        valsetCheckpoint = checkpoint;
        valsetNonce = nonce;
        _clearPendingValset();
        emit ValsetUpdated(++eventNonce, nonce, checkpoint);
    }

    /// @notice Records the payout tree of `epoch`, signed by more than 2/3 of the active
    /// valset's power. Epochs are consecutive: a settlement cannot overtake (and so strand) an
    /// earlier one. Claimable from `claimDelay` seconds on, unless the guardian vetoes it.
    /// @param root Merkle root over keccak256(abi.encode(epoch, index, account, amount)) leaves
    /// (sorted-pair hashing, as OpenZeppelin's MerkleProof)
    /// @param total sum of the leaves' amounts, at most maxSettlementTotal; claims beyond it
    /// revert, whatever the tree holds
    /// @param count number of leaves; indices are 0..count-1
    function submitSettlement(
        Valset calldata currentValset,
        Signature[] calldata sigs,
        uint256 epoch,
        bytes32 root,
        uint256 total,
        uint256 count
    ) external whenNotPaused {
        _checkCurrent(currentValset);
        uint256 expected = uint256(lastEpoch) + 1;
        if (epoch != expected) revert EpochNotNext(epoch, expected);
        if (root == bytes32(0) || total == 0 || count == 0) revert InvalidSettlement();
        if (total > maxSettlementTotal) revert PayoutCapExceeded(total, maxSettlementTotal);
        _verifyQuorum(currentValset, sigs, settlementDigest(epoch, root, total, count));

        uint256 claimableAt = block.timestamp + claimDelay;
        if (claimableAt >= VETOED) revert InvalidSettlement(); // from the year 2106 on
        lastEpoch = uint128(epoch);
        settlements[epoch] =
            Settlement({root: bytes28(root), claimableAt: uint32(claimableAt), total: uint128(total), paid: 0});
        emit SettlementSubmitted(++eventNonce, epoch, root, total, count, claimableAt);
    }

    /// @notice Orders `newGuardian` to replace the guardian, signed by more than 2/3 of the
    /// active valset's power: the way back from a guardian that is lost or unresponsive. Takes
    /// effect through executeGuardianChange after `claimDelay`; the current guardian may veto it
    /// during the delay only. A later order (larger nonce) replaces a waiting one.
    function proposeGuardianChange(
        address newGuardian,
        uint256 nonce,
        Valset calldata currentValset,
        Signature[] calldata sigs
    ) external {
        if (newGuardian == address(0)) revert ZeroAddress();
        _checkCurrent(currentValset);
        if (nonce <= guardianChangeNonce) revert StaleGuardianChangeNonce(nonce, guardianChangeNonce);
        _verifyQuorum(currentValset, sigs, guardianChangeDigest(nonce, newGuardian));

        uint256 executableAt = block.timestamp + claimDelay;
        guardianChangeNonce = nonce;
        nextGuardian = newGuardian;
        nextGuardianAt = uint64(executableAt);
        emit GuardianChangeProposed(++eventNonce, nonce, newGuardian, executableAt);
    }

    /// @notice Installs the guardian the valset ordered, once the delay has passed. Anyone may,
    /// also while paused (a pause is the situation it is for).
    function executeGuardianChange() external {
        address next = nextGuardian;
        if (next == address(0)) revert NoGuardianChange();
        if (block.timestamp < nextGuardianAt) revert GuardianChangeTooEarly(nextGuardianAt);
        address previous = guardian;
        guardian = next;
        pendingGuardian = address(0);
        nextGuardian = address(0);
        nextGuardianAt = 0;
        emit GuardianTransferred(++eventNonce, previous, next);
    }

    // ---------------------------------------------------------------------------------------
    // out of the chain

    /// @notice Pays leaf `index` of `epoch`'s settlement to `account`. Anyone may send it.
    function claim(uint256 epoch, uint256 index, address account, uint256 amount, bytes32[] calldata proof)
        external
        nonReentrant
        whenNotPaused
    {
        _claim(epoch, index, account, amount, proof, false);
        token.safeTransfer(account, amount);
    }

    /// @notice Pays many leaves, possibly of several settlements, in one transaction; reverts as
    /// a whole if any of them cannot be paid (simulate first, see isClaimed). A claim someone
    /// else sent first reverts the batch: claimManySkipClaimed skips those instead.
    function claimMany(Claim[] calldata claims) external nonReentrant whenNotPaused {
        uint256 n = claims.length;
        if (n == 0) revert NoClaims();
        for (uint256 i; i < n; ++i) {
            Claim calldata c = claims[i];
            _claim(c.epoch, c.index, c.account, c.amount, c.proof, false);
            token.safeTransfer(c.account, c.amount);
        }
    }

    /// @notice claimMany that skips leaves already claimed (by a front-running claim, say)
    /// instead of reverting; any other failure still reverts the batch.
    /// @return paid paid[i] is true if claims[i] was paid by this call, false if it was skipped
    function claimManySkipClaimed(Claim[] calldata claims) external nonReentrant whenNotPaused returns (bool[] memory paid) {
        uint256 n = claims.length;
        if (n == 0) revert NoClaims();
        paid = new bool[](n);
        for (uint256 i; i < n; ++i) {
            Claim calldata c = claims[i];
            if (_claim(c.epoch, c.index, c.account, c.amount, c.proof, true)) {
                paid[i] = true;
                token.safeTransfer(c.account, c.amount);
            }
        }
    }

    /// @dev checks and effects of one claim; the caller moves the tokens afterwards. Returns
    /// false (and changes nothing) for a leaf already claimed if `skipClaimed`, else reverts.
    function _claim(
        uint256 epoch,
        uint256 index,
        address account,
        uint256 amount,
        bytes32[] calldata proof,
        bool skipClaimed
    ) private returns (bool) {
        if (account == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        Settlement storage s = settlements[epoch];
        bytes28 root = s.root;
        uint32 claimableAt = s.claimableAt;
        if (claimableAt == 0) revert UnknownSettlement(epoch);
        if (claimableAt == VETOED) revert SettlementIsVetoed(epoch);
        if (block.timestamp < claimableAt) revert ClaimTooEarly(epoch, claimableAt);
        if (!_setClaimed(epoch, index)) {
            if (skipClaimed) return false;
            revert AlreadyClaimed(epoch, index);
        }
        // the index is part of the leaf, so an index outside the tree has no proof
        if (bytes28(FlockMerkle.processProof(proof, FlockMerkle.leaf(epoch, index, account, amount))) != root) {
            revert InvalidProof(epoch, index);
        }
        // a tree whose leaves sum past its signed total pays no more than the total
        uint256 paid = uint256(s.paid) + amount;
        uint256 total = s.total;
        if (paid > total) revert SettlementTotalExceeded(epoch, paid, total);
        s.paid = uint128(paid); // paid <= total < 2^128
        emit Claimed(epoch, account, index, amount);
        return true;
    }

    /// @dev marks leaf `index` of `epoch` paid; false if it already was
    function _setClaimed(uint256 epoch, uint256 index) private returns (bool) {
        mapping(uint256 => uint256) storage words = claimedBitmap[epoch];
        uint256 word = index >> 8;
        uint256 bit = 1 << (index & 0xff);
        uint256 bits = words[word];
        if (bits & bit != 0) return false;
        words[word] = bits | bit;
        return true;
    }

    // ---------------------------------------------------------------------------------------
    // guardian

    /// @notice Cancels a settlement during its claim delay, or at any time while the bridge is
    /// paused (so a pause can outlast the delay without letting the settlement through).
    function vetoSettlement(uint256 epoch) external onlyGuardian {
        Settlement storage s = settlements[epoch];
        uint32 claimableAt = s.claimableAt;
        if (claimableAt == 0) revert UnknownSettlement(epoch);
        if (claimableAt == VETOED) revert SettlementIsVetoed(epoch);
        if (!paused() && block.timestamp >= claimableAt) revert VetoWindowClosed(epoch);
        s.claimableAt = VETOED;
        emit SettlementVetoed(++eventNonce, epoch, s.paid);
    }

    /// @notice Cancels the pending valset during its delay, or at any time before its
    /// activation while the bridge is paused. Its checkpoint can never be proposed again.
    function vetoValset() external onlyGuardian {
        bytes32 checkpoint = pendingValsetCheckpoint;
        if (checkpoint == bytes32(0)) revert NoPendingValset();
        uint256 nonce = pendingValsetNonce;
        if (!paused() && block.timestamp >= pendingValsetActivatesAt) revert ValsetVetoWindowClosed(nonce);
        vetoedValsets[checkpoint] = true;
        _clearPendingValset();
        emit ValsetVetoed(++eventNonce, nonce, checkpoint);
    }

    /// @notice Cancels the guardian change the valset ordered, during its delay only: a pause
    /// does not extend this window, so a guardian cannot keep itself in place by pausing.
    function vetoGuardianChange() external onlyGuardian {
        address next = nextGuardian;
        if (next == address(0)) revert NoGuardianChange();
        if (block.timestamp >= nextGuardianAt) revert GuardianVetoWindowClosed(guardianChangeNonce);
        nextGuardian = address(0);
        nextGuardianAt = 0;
        emit GuardianChangeVetoed(++eventNonce, guardianChangeNonce, next);
    }

    /// @notice Pauses the bridge for MAX_PAUSE_DURATION from now; while paused, calling it again
    /// renews the pause. A pause nobody renews ends by itself, so a lost guardian key cannot
    /// freeze the bridge for good.
    function pause() external onlyGuardian {
        uint256 until = block.timestamp + MAX_PAUSE_DURATION;
        pausedUntil = uint64(until);
        emit Paused(msg.sender, until);
    }

    function unpause() external onlyGuardian {
        if (!paused()) revert NotPaused();
        pausedUntil = 0;
        emit Unpaused(msg.sender);
    }

    /// @notice First step of handing over the guardian role; address(0) cancels a pending one.
    function transferGuardian(address newGuardian) external onlyGuardian {
        pendingGuardian = newGuardian;
        emit GuardianTransferStarted(msg.sender, newGuardian);
    }

    /// @notice Second step: the proposed guardian takes the role.
    function acceptGuardian() external {
        if (msg.sender != pendingGuardian || msg.sender == address(0)) revert NotPendingGuardian(msg.sender);
        address previous = guardian;
        guardian = msg.sender;
        pendingGuardian = address(0);
        emit GuardianTransferred(++eventNonce, previous, msg.sender);
    }

    // ---------------------------------------------------------------------------------------
    // views

    /// @notice Whether the bridge is paused now (a pause expires at pausedUntil).
    function paused() public view returns (bool) {
        return block.timestamp < pausedUntil;
    }

    /// @notice Whether deposit would accept `recipient`: exactly the contract's check, so a
    /// client can ask before it sends an approval.
    function isValidRecipient(string calldata recipient) external pure returns (bool) {
        return FlockAddress.isValid(recipient);
    }

    /// @notice Everything about `epoch`'s settlement in plain types: the root's first 28 bytes,
    /// the claim time (0: no such settlement; VETOED if vetoed), whether it was vetoed, the
    /// signed total and what has been paid.
    function settlementStatus(uint256 epoch)
        external
        view
        returns (bytes28 rootPrefix, uint256 claimableAt, bool vetoed, uint256 total, uint256 paid)
    {
        Settlement memory s = settlements[epoch];
        return (s.root, s.claimableAt, s.claimableAt == VETOED, s.total, s.paid);
    }

    /// @notice Whether leaf `index` of `epoch` has been paid.
    function isClaimed(uint256 epoch, uint256 index) external view returns (bool) {
        return claimedBitmap[epoch][index >> 8] & (1 << (index & 0xff)) != 0;
    }

    /// @notice Claimed bits of leaves 256·word … 256·word+255 of `epoch` (bit i: leaf 256·word+i).
    function claimedWord(uint256 epoch, uint256 word) external view returns (uint256) {
        return claimedBitmap[epoch][word];
    }

    /// @notice claimedWord for `count` words from `firstWord` on, so a whole settlement's claimed
    /// set (final after a veto) takes one call: ceil(leaves / 256) words.
    function claimedWords(uint256 epoch, uint256 firstWord, uint256 count) external view returns (uint256[] memory words) {
        words = new uint256[](count);
        mapping(uint256 => uint256) storage bitmap = claimedBitmap[epoch];
        for (uint256 i; i < count; ++i) {
            words[i] = bitmap[firstWord + i];
        }
    }

    // ---------------------------------------------------------------------------------------
    // internals

    function _checkCurrent(Valset calldata vs) private view {
        if (_checkpointCalldata(vs) != valsetCheckpoint) revert CheckpointMismatch();
    }

    function _clearPendingValset() private {
        pendingValsetCheckpoint = bytes32(0);
        pendingValsetNonce = 0;
        pendingValsetActivatesAt = 0;
    }
}
