// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// FlockBridgeClaim is an auto generated low-level Go binding around an user-defined struct.
type FlockBridgeClaim struct {
	Epoch   *big.Int
	Index   *big.Int
	Account common.Address
	Amount  *big.Int
	Proof   [][32]byte
}

// FlockSignedSignature is an auto generated low-level Go binding around an user-defined struct.
type FlockSignedSignature struct {
	SignerIndex *big.Int
	R           [32]byte
	Vs          [32]byte
}

// FlockSignedValset is an auto generated low-level Go binding around an user-defined struct.
type FlockSignedValset struct {
	Nonce   *big.Int
	Signers []common.Address
	Powers  []*big.Int
}

// FlockBridgeMetaData contains all meta data concerning the FlockBridge contract.
var FlockBridgeMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"bridgeId_\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"claimDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSettlementTotal_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit_\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"initialValset\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BridgePaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"}],\"name\":\"ClaimTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"EpochNotNext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"executableAt\",\"type\":\"uint256\"}],\"name\":\"GuardianChangeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"GuardianVetoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"power\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InvalidValsetSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaims\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoGuardianChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingValset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PayoutCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SettlementIsVetoed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"SettlementTotalExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"}],\"name\":\"SignerIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"last\",\"type\":\"uint256\"}],\"name\":\"StaleGuardianChangeNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"StaleValsetNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"UnknownSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"name\":\"ValsetActivationTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pendingNonce\",\"type\":\"uint256\"}],\"name\":\"ValsetChangePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"}],\"name\":\"ValsetIsVetoed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"powers\",\"type\":\"uint256\"}],\"name\":\"ValsetLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"ValsetNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"ValsetPowerTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"ValsetPowerTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"valsetNonce\",\"type\":\"uint256\"}],\"name\":\"ValsetVetoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"VetoWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"ZeroPower\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"guardianChangeNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"executableAt\",\"type\":\"uint256\"}],\"name\":\"GuardianChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"guardianChangeNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"GuardianChangeVetoed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pendingGuardian\",\"type\":\"address\"}],\"name\":\"GuardianTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGuardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"GuardianTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"}],\"name\":\"SettlementSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"SettlementVetoed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"valsetNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"activatesAt\",\"type\":\"uint256\"}],\"name\":\"ValsetProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"valsetNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"valsetNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"}],\"name\":\"ValsetVetoed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"GUARDIAN_CHANGE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAUSE_DURATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALSET_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_CLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POWER_THRESHOLD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POWER_TOTAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLEMENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VETOED\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridgeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFlockBridge.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFlockBridge.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimManySkipClaimed\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"paid\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"claimedWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"firstWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"claimedWords\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eventNonce\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"executeGuardianChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"guardianChangeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardianChangeNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"isValidRecipient\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastEpoch\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSettlementTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextGuardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextGuardianAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pausedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGuardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingValsetActivatesAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingValsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingValsetNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structFlockSigned.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"proposeGuardianChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"settlementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"settlementStatus\",\"outputs\":[{\"internalType\":\"bytes28\",\"name\":\"rootPrefix\",\"type\":\"bytes28\"},{\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"vetoed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"settlements\",\"outputs\":[{\"internalType\":\"bytes28\",\"name\":\"root\",\"type\":\"bytes28\"},{\"internalType\":\"uint32\",\"name\":\"claimableAt\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"total\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"paid\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structFlockSigned.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"submitSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"transferGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"newValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structFlockSigned.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"vs\",\"type\":\"tuple\"}],\"name\":\"valsetCheckpointOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockSigned.Valset\",\"name\":\"vs\",\"type\":\"tuple\"}],\"name\":\"valsetDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vetoGuardianChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"vetoSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vetoValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"}],\"name\":\"vetoedValsets\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x61012080604052346105e557614103803803809161001d8285610615565b833981019060e0818303126105e55780516001600160a01b038116918282036105e55760208101519161005260408301610638565b60608301519060808401519260a08501519460c08101519060018060401b0382116105e55701956060878a03126105e55760405197606089016001600160401b0381118a821017610601576040528751895260208801516001600160401b0381116105e5578801978a601f8a0112156105e5578851986100d18a61064c565b996100df6040519b8c610615565b808b526020808c019160051b830101918d83116105e557602001905b8282106105e95750505060208a019889526040810151906001600160401b0382116105e557019980601f8c0112156105e5578a516101388161064c565b9b6040519c610147908e610615565b818d5260208d019160051b81016020019283116105e557602001905b8282106105d55750505060408901998a52816080521580156105c4575b6105b5571580156105aa575b801561059e575b8015610596575b8015610586575b801561057e575b61056f5760a0525f80546001600160a01b0319166001600160a01b039290921691909117905560c05260e0526101005280515180158015610564575b6105525783515181810361053c57505f5f915f915b8183106104a25750505064010000000081116104905763aaaaaaaa81111561047e5750815181516040516020810181819360208151939101925f5b81811061045c575050610250925003601f198101835282610615565b51902084516040516020810181819360208151939101925f5b818110610443575050610285925003601f198101835282610615565b5190206040519160208301937fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a78552604084015260608301526080820152608081526102d260a082610615565b5190209283600355825191826004555190516040519160808301868452608060208501528151809152602060a085019201905f5b818110610424575050508281036040840152602080835192838152019201905f5b81811061040e57426060860152875f7f0d9ce247f9fb497a47c503e3deb07a57a6ec7ffff3269045be30b8452af4d3da60208a8a847fe8ef055bf2a31fd3fd0d35092ce34c23b2c9fe267b796ffa19b9e16be817253f8c8c038da35193604051908152a3604051613a77908161068c82396080518181816103270152612b36015260a0518181816102c60152818161122801528181611c89015281816123e101526134a4015260c05181818161077a01528181610d19015281816118f3015261217f015260e0518181816118b50152611df9015261010051818181611e8101526135cc0152f35b8251845260209384019390920191600101610327565b82516001600160a01b0316845260209384019390920191600101610306565b8451835260209485019486945090920191600101610269565b84516001600160a01b0316835260209485019486945090920191600101610234565b63f987ab3560e01b5f5260045260245ffd5b632b64274360e01b5f5260045260245ffd5b8451929391926001600160a01b03906104bc908690610663565b5116906001600160a01b031681111561052957906104db848851610663565b518015610516576401000000008111610490578101809111610502579260010191906101f9565b634e487b7160e01b5f52601160045260245ffd5b846328baf61b60e21b5f5260045260245ffd5b8363644cb93560e11b5f5260045260245ffd5b90630b6b224160e21b5f5260045260245260445ffd5b632191d23360e11b5f5260045260245ffd5b5061010081116101e4565b6306b7c75960e31b5f5260045ffd5b5084156101a8565b506001600160801b0384116101a1565b50831561019a565b5062278d008311610193565b50610e10831061018c565b63d92e233d60e01b5f5260045ffd5b506001600160a01b03831615610180565b8151815260209182019101610163565b5f80fd5b602080916105f684610638565b8152019101906100fb565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761060157604052565b51906001600160a01b03821682036105e557565b6001600160401b0381116106015760051b60200190565b80518210156106775760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306110a76146125e25750806306a4c983146125c257806308df7dc81461254557806308f3d57814612526578063091954cd146124885780630c9903e21461238a57806311fcec9e1461222957806312ea09ff1461220c57806319b5e247146121ef5780631be76c72146121d15780631c3e6ee6146121a25780631c8ec299146121685780632799657d1461214b578063341abcd014612130578063348da60814612113578063362304cc146120d9578063370914b3146120bc578063370bd8cf14611f795780633f4ba83a14611ec1578063412a9d6614611ea457806341b3d18514611e6a578063452a932014611e38578063467ceea314611e1c5780634810aace14611de25780634818e84d14611daf5780635660160514611cff5780635c975abb14611cd25780635d4df3bf14611bfe5780635eee6d7514611bcf57806361605b9214611bb35780636ab2a34b14611b795780636b7753de1461180057806370600251146116dc578063762c31ba146116a957806378ba33941461166a5780637f58f48c146114b75780638456cb59146113ab57806391cfb8471461139357806393707a19146112c85780639409bcb0146112aa57806398490a921461127b5780639a8a8127146110c9578063a1d9581414610b03578063a5f31d61146109ef578063a718cccf146109a9578063ad492966146108dd578063b1fb79c0146108a3578063bd67c9f714610879578063c8114de114610696578063cce1a1f014610679578063ce4fd1311461056f578063da748b1014610546578063e1811d6c1461051f578063f1215d2514610383578063f364c90c1461034a578063f570bb3614610310578063f698da25146102ee5763fc0c546a1461029a575f80fd5b346102ea575f6003193601126102ea57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346102ea575f6003193601126102ea576020610308612ab1565b604051908152f35b346102ea575f6003193601126102ea5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102ea57602061035a366126d5565b905f52600c825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b346102ea5760406003193601126102ea5760043560243567ffffffffffffffff81116102ea576103b79036906004016126eb565b916103c0612b6f565b67ffffffffffffffff5f5460a01c1642106104f75780156104cf576103e583836136e2565b156104a7576fffffffffffffffffffffffffffffffff19916104277f76e246df70bace1d3b33a77ba0240b00d5e9d3759defa89c29105e8cf42ea9a2926134a1565b6002546fffffffffffffffffffffffffffffffff6104468183166127fb565b16948591161760025584604051926040845281604085015260608401375f606086840101526020820152606081601f19601f339701168101030190a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f9c8d2cd2000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa792dfa3000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102ea5760806003193601126102ea576020610308606435604435602435600435612a5c565b346102ea575f6003193601126102ea57602067ffffffffffffffff5f5460a01c16604051908152f35b346102ea575f6003193601126102ea5767ffffffffffffffff5f5460a01c1642106104f75760055480156106515760075480421061062657506fffffffffffffffffffffffffffffffff197f0d9ce247f9fb497a47c503e3deb07a57a6ec7ffff3269045be30b8452af4d3da60206006549380600355846004555f6005555f6006555f6007556002546fffffffffffffffffffffffffffffffff6106148183166127fb565b169485911617600255604051908152a3005b7fa2f5feb6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f2273a25b000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102ea575f6003193601126102ea576020600654604051908152f35b346102ea5760806003193601126102ea576106af6125fc565b60243560443567ffffffffffffffff81116102ea5760606003198260040192360301126102ea5760643567ffffffffffffffff81116102ea576106f69036906004016126a4565b9073ffffffffffffffffffffffffffffffffffffffff85169485156108515761071e84613263565b600a548086111561082257509061073a610740949392866128a3565b926132ae565b6fffffffffffffffffffffffffffffffff197f829d34d14069acf1db1758f28ed91ec631c4f567f6e1450380ccff5522c38460602061079f7f000000000000000000000000000000000000000000000000000000000000000042612896565b84600a55600954867fffffffff000000000000000000000000000000000000000000000000000000007bffffffffffffffff00000000000000000000000000000000000000008460a01b16921617176009556002546fffffffffffffffffffffffffffffffff6108108183166127fb565b169485911617600255604051908152a4005b857fa3c59246000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102ea575f6003193601126102ea57602067ffffffffffffffff60095460a01c16604051908152f35b346102ea575f6003193601126102ea5760206040517f54d2d08f29fecb05e2cdfea081e7cb633ff86c180c83a98bd69b0d3be09941bc8152f35b346102ea5760606003193601126102ea576044356024356108fd8261290d565b9161090b6040519384612873565b8083526109178161290d565b91601f196020850193013684376004355f52600c60205260405f20905f5b838110610980578486604051918291602083019060208452518091526040830191905f5b818110610967575050500390f35b8251845285945060209384019390920191600101610959565b8061098d60019284612896565b5f528360205260405f20546109a28289612925565b5201610935565b346102ea5760206003193601126102ea5760043567ffffffffffffffff81116102ea576109e56109df60209236906004016126eb565b906136e2565b6040519015158152f35b346102ea575f6003193601126102ea5760015473ffffffffffffffffffffffffffffffffffffffff81163314801590610afb575b610acf577fffffffffffffffffffffffff00000000000000000000000000000000000000005f549133828416175f55166001556fffffffffffffffffffffffffffffffff196002546fffffffffffffffffffffffffffffffff610a878183166127fb565b16918291161760025573ffffffffffffffffffffffffffffffffffffffff339216907f65c0d67b344beceb0960e7c35bcf120c3cb1bcce8b1e5626035554f2fdb180b75f80a4005b7fd2ef5954000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b503315610a23565b346102ea5760606003193601126102ea5760043567ffffffffffffffff81116102ea5780600401606060031983360301126102ea576024359167ffffffffffffffff83116102ea5760606003198460040194360301126102ea5760443567ffffffffffffffff81116102ea57610b7d9036906004016126a4565b9267ffffffffffffffff5f5460a01c1642106104f757610b9c85613263565b60055461109b5780359385358086111561106c5750610bbb3683612939565b60208101908151519081158015611061575b611035576040018051518281036110065750905f915f935f935b838510610f1b5750505050506401000000008111610ef05763aaaaaaaa811115610ec55750610c163683612939565b805190602081015160405160208101918260208251919201905f5b818110610e995750505090610c52816040949303601f198101835282612873565b5190209101516040516020810181819360208151939101925f5b818110610e80575050610c88925003601f198101835282612873565b5190206040519160208301937fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a7855260408401526060830152608082015260808152610cd560a082612873565b51902092835f52600860205260ff60405f205416610e545795610d0f916fffffffffffffffffffffffffffffffff19969761073a86613215565b6044610d8a610d3e7f000000000000000000000000000000000000000000000000000000000000000042612896565b928460055587600655836007556002546fffffffffffffffffffffffffffffffff610d6a8183166127fb565b169788911617600255610d8060248701826127a7565b93909601906127a7565b91806040519560808701908752608060208801525260a0850195905f5b818110610e1f5750505083850360408501528185527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82116102ea577fe8ef055bf2a31fd3fd0d35092ce34c23b2c9fe267b796ffa19b9e16be817253f94602093859360051b809386840137606084015201030190a3005b90919660208060019273ffffffffffffffffffffffffffffffffffffffff610e468c61261f565b168152019801929101610da7565b837fe329e6de000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b8451835260209485019486945090920191600101610c6c565b825173ffffffffffffffffffffffffffffffffffffffff16845260209384019390920191600101610c31565b7ff987ab35000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f2b642743000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff80610f418785999697989951612925565b51169116811115610fda5791610f58868551612925565b51908115610fae576401000000008211610f8257600191610f7891612896565b9501939291610be7565b507f2b642743000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b867fa2ebd86c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b857fc899726a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f2dac8904000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f4323a466000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506101008211610bcd565b857fc97ae1c4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6006547fb18ec5e5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102ea5760206003193601126102ea5760043567ffffffffffffffff81116102ea576110fa903690600401612640565b611102612b6f565b67ffffffffffffffff5f5460a01c1642106104f7578015611253576111268161290d565b916111346040519384612873565b8183526111408261290d565b91601f196020850193013684375f5b8181106111bf5783855f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051918291602083019060208452518091526040830191905f5b8181106111a4575050500390f35b82511515845285945060209384019390920191600101611196565b806111cd6001928486612719565b60408101906112016111de83612786565b606083013592836111f260808301836127a7565b93909260208101359035612e73565b61120e575b50500161114f565b61122661124c9285611220868c612925565b52612786565b7f00000000000000000000000000000000000000000000000000000000000000006130ce565b8680611206565b7fe1205573000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102ea57611289366126d5565b905f52600c60205260405f20905f52602052602060405f2054604051908152f35b346102ea575f6003193601126102ea57602060405163aaaaaaaa8152f35b346102ea5760206003193601126102ea576004356112e4612b6f565b67ffffffffffffffff5f5460a01c1642106104f75780156104cf57611308906134a1565b6fffffffffffffffffffffffffffffffff196002546fffffffffffffffffffffffffffffffff6113398183166127fb565b1691829116176002556040519182527fd65e73ab6c8a2b019bac3c904d08010658f22363849806ab17209ddf4108bdf760203393a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346102ea5760206103086113a636612671565b613198565b346102ea575f6003193601126102ea575f5473ffffffffffffffffffffffffffffffffffffffff8116330361148b5762093a8042019081421161145e577fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff00000000000000000000000000000000000000008360a01b169116175f556040519081527fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d60203392a2005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fa252c151000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102ea5760206003193601126102ea5760043573ffffffffffffffffffffffffffffffffffffffff5f5416330361148b57805f52600b60205260405f2080548060e01c801561163e5763ffffffff81146116125767ffffffffffffffff5f5460a01c164210159081611607575b506115db57602060016fffffffffffffffffffffffffffffffff19937fffffffff000000000000000000000000000000000000000000000000000000007bffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f1e42261369207944a0c9f8f55db3facf472c652778816d5696ab40f2e4cdd35f95161781556002546fffffffffffffffffffffffffffffffff6115c48183166127fb565b169586911617600255015460801c604051908152a3005b827f53994a80000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905042101584611525565b837f157be8b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837fad2ca6c3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102ea5760406003193601126102ea5760243573ffffffffffffffffffffffffffffffffffffffff811681036102ea576103086020916004356128a3565b346102ea575f6003193601126102ea57602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b346102ea575f6003193601126102ea5773ffffffffffffffffffffffffffffffffffffffff5f5416330361148b576005548015610651576006549067ffffffffffffffff5f5460a01c16421015806117f4575b6117c8577f6843ead5945150c011760639e8a7b7852e5b476a87e92ade14955712f1c9b5886020826fffffffffffffffffffffffffffffffff19935f526008825260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790555f6005555f6006555f6007556002546fffffffffffffffffffffffffffffffff6106148183166127fb565b507f31e4caf7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060075442101561172f565b346102ea5760c06003193601126102ea5760043567ffffffffffffffff81116102ea5760606003198260040192360301126102ea5760243567ffffffffffffffff81116102ea576118559036906004016126a4565b9091604435926064356084359260a4359467ffffffffffffffff5f5460a01c1642106104f75761188482613263565b600254938460801c6001810180911161145e57808903611b4a575083158015611b42575b8015611b3a575b611ae3577f0000000000000000000000000000000000000000000000000000000000000000808711611b0b5750906118ee929161073a8888878c612a5c565b6119187f000000000000000000000000000000000000000000000000000000000000000042612896565b63ffffffff811015611ae3576fffffffffffffffffffffffffffffffff19947f40aa738473aaa292e483fe0a3da8c7f928823c8a37af8ec8e94aacb623e6e8b5946080946fffffffffffffffffffffffffffffffff888a881b16911617600255611aa36040516119878161282a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000861681526fffffffffffffffffffffffffffffffff8a816001602085019463ffffffff8a1686526040810195838916875260608201945f86525f52600b60205260405f20915160201c7fffffffff00000000000000000000000000000000000000000000000000000000835416178255517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffff000000000000000000000000000000000000000000000000000000008084549360e01b16169116178155019351168b84541617835551166fffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff1983549260801b169116179055565b6002546fffffffffffffffffffffffffffffffff611ac28183166127fb565b169788911617600255604051938452602084015260408301526060820152a3005b7f115931c4000000000000000000000000000000000000000000000000000000005f5260045ffd5b867f164bde97000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5086156118af565b5085156118a8565b887fafc39291000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346102ea575f6003193601126102ea5760206040517fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a78152f35b346102ea575f6003193601126102ea576020604051610e108152f35b346102ea5760206003193601126102ea576004355f526008602052602060ff60405f2054166040519015158152f35b346102ea5760a06003193601126102ea5760443573ffffffffffffffffffffffffffffffffffffffff811681036102ea5760643560843567ffffffffffffffff81116102ea57611c52903690600401612640565b9290611c5c612b6f565b67ffffffffffffffff5f5460a01c1642106104f757611cad93611c86918484602435600435612be3565b507f00000000000000000000000000000000000000000000000000000000000000006130ce565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346102ea575f6003193601126102ea57602067ffffffffffffffff5f5460a01c1642106040519015158152f35b346102ea5760206003193601126102ea576004355f52600b60205260a060405f206060604051611d2e8161282a565b63ffffffff83549360017fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008660201b169586855260e01c918260208601520154926fffffffffffffffffffffffffffffffff84169384604083015260801c948591015260405194855280602086015214604084015260608301526080820152f35b346102ea575f6003193601126102ea57602073ffffffffffffffffffffffffffffffffffffffff60095416604051908152f35b346102ea575f6003193601126102ea5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102ea575f6003193601126102ea5760206040516101008152f35b346102ea575f6003193601126102ea57602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b346102ea575f6003193601126102ea5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102ea575f6003193601126102ea576020600754604051908152f35b346102ea575f6003193601126102ea575f5473ffffffffffffffffffffffffffffffffffffffff8116330361148b5767ffffffffffffffff5f5460a01c16421015611f51577fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff165f55337f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa5f80a2005b7f6cd60201000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102ea575f6003193601126102ea5773ffffffffffffffffffffffffffffffffffffffff5f5416330361148b5760095473ffffffffffffffffffffffffffffffffffffffff81169081156120945767ffffffffffffffff8160a01c16421015612066577fffffffff00000000000000000000000000000000000000000000000000000000166009556fffffffffffffffffffffffffffffffff196002546fffffffffffffffffffffffffffffffff6120338183166127fb565b169182911617600255600a54907f943ab08b86e23dc42dee42dee9b833d8cde4d0460a9639a64132cfdf0727d5ae5f80a4005b600a547f2bd01da9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f42cc6eab000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102ea575f6003193601126102ea576020600a54604051908152f35b346102ea575f6003193601126102ea5760206040517fd2dbfd3a2193b3efb1d605f27d47a491694adde433a43f7e3f24b7ff9c6d21fd8152f35b346102ea575f6003193601126102ea576020600554604051908152f35b346102ea5760206103086121466113a636612671565b613215565b346102ea575f6003193601126102ea57602060405162093a808152f35b346102ea575f6003193601126102ea5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102ea575f6003193601126102ea5760206fffffffffffffffffffffffffffffffff60025416604051908152f35b346102ea575f6003193601126102ea57602060405163ffffffff8152f35b346102ea575f6003193601126102ea576020600454604051908152f35b346102ea575f6003193601126102ea57602060405162278d008152f35b346102ea575f6003193601126102ea5760095473ffffffffffffffffffffffffffffffffffffffff81169081156120945767ffffffffffffffff8160a01c1680421061235f575073ffffffffffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff19917fffffffff000000000000000000000000000000000000000000000000000000005f5491857fffffffffffffffffffffffff00000000000000000000000000000000000000008416175f557fffffffffffffffffffffffff000000000000000000000000000000000000000060015416600155166009556002546fffffffffffffffffffffffffffffffff61232e8183166127fb565b16938491161760025516907f65c0d67b344beceb0960e7c35bcf120c3cb1bcce8b1e5626035554f2fdb180b75f80a4005b7fdea14acd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102ea5760206003193601126102ea5760043567ffffffffffffffff81116102ea576123bb903690600401612640565b906123c4612b6f565b67ffffffffffffffff5f5460a01c1642106104f7578115611253577f0000000000000000000000000000000000000000000000000000000000000000905f5b83811061242f575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b806124826124406001938786612719565b61247c6040820161247661245382612786565b6060850135948561246760808301836127a7565b93909260208101359035612be3565b50612786565b866130ce565b01612403565b346102ea5760206003193601126102ea576124a16125fc565b73ffffffffffffffffffffffffffffffffffffffff5f5416330361148b5773ffffffffffffffffffffffffffffffffffffffff16807fffffffffffffffffffffffff00000000000000000000000000000000000000006001541617600155337f112d7ce5d0717de1e8d403be44596423dc61e85438d8ba49eaf0d31b1992bce05f80a3005b346102ea575f6003193601126102ea5760206040516401000000008152f35b346102ea5760206003193601126102ea576004355f52600b602052608060405f2060018154910154604051917fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008160201b16835260e01c60208301526fffffffffffffffffffffffffffffffff81166040830152821c6060820152f35b346102ea575f6003193601126102ea57602060025460801c604051908152f35b346102ea575f6003193601126102ea576020906003548152f35b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102ea57565b359073ffffffffffffffffffffffffffffffffffffffff821682036102ea57565b9181601f840112156102ea5782359167ffffffffffffffff83116102ea576020808501948460051b0101116102ea57565b60206003198201126102ea576004359067ffffffffffffffff82116102ea57600319826060920301126102ea5760040190565b9181601f840112156102ea5782359167ffffffffffffffff83116102ea57602080850194606085020101116102ea57565b60031960409101126102ea576004359060243590565b9181601f840112156102ea5782359167ffffffffffffffff83116102ea57602083818601950101116102ea57565b91908110156127595760051b810135907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61813603018212156102ea570190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff811681036102ea5790565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1813603018212156102ea570180359067ffffffffffffffff82116102ea57602001918160051b360383136102ea57565b6fffffffffffffffffffffffffffffffff166fffffffffffffffffffffffffffffffff811461145e5760010190565b6080810190811067ffffffffffffffff82111761284657604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f601f19910116810190811067ffffffffffffffff82111761284657604052565b9190820180921161145e57565b61290a9173ffffffffffffffffffffffffffffffffffffffff6040519160208301937fd2dbfd3a2193b3efb1d605f27d47a491694adde433a43f7e3f24b7ff9c6d21fd8552604084015216606082015260608152612902608082612873565b519020613215565b90565b67ffffffffffffffff81116128465760051b60200190565b80518210156127595760209160051b010190565b91906060838203126102ea576040516060810181811067ffffffffffffffff82111761284657604052809380358252602081013567ffffffffffffffff81116102ea57810183601f820112156102ea578035906129958261290d565b916129a36040519384612873565b80835260208084019160051b830101918683116102ea57602001905b828210612a4457505050602083015260408101359067ffffffffffffffff82116102ea57019180601f840112156102ea5782356129fb8161290d565b93612a096040519586612873565b81855260208086019260051b8201019283116102ea57602001905b828210612a345750505060400152565b8135815260209182019101612a24565b60208091612a518461261f565b8152019101906129bf565b919261290a936040519260208401947f54d2d08f29fecb05e2cdfea081e7cb633ff86c180c83a98bd69b0d3be09941bc865260408501526060840152608083015260a082015260a0815261290260c082612873565b60405160208101907fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647282527fc8deffe16e3caccd18828f2337422ca80dcc225f1b60edf7177798c252d38c0e60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c082015260c08152612b6960e082612873565b51902090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612bbb5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b93949291909273ffffffffffffffffffffffffffffffffffffffff5f92169586156108515783156104cf57855f52600b60205260405f20918254908160e01c8015612e475763ffffffff8114612e1b57804210612dec5750612c45878961396e565b15612dbc5760806040518981528860208201528a60408201528760608201522092809160051b015b808210612d9c5750507fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000809160201b16911603612d6c57600101908154906fffffffffffffffffffffffffffffffff612cc9858460801c612896565b9216808311612d3a57505081546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff19161790557fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac916040915b82519182526020820152a3600190565b606492877fa83b245f000000000000000000000000000000000000000000000000000000008452600452602452604452fd5b60448285877f832d3d6e000000000000000000000000000000000000000000000000000000008352600452602452fd5b9092602084359182811160051b9081521852602060408620930190612c6d565b86887f6bd4745f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b887fea0bffc2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b887f157be8b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b887fad2ca6c3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b939490929173ffffffffffffffffffffffffffffffffffffffff169485156108515782156104cf57845f52600b60205260405f20918254908160e01c80156130a25763ffffffff8114613076578042106130475750612ed2868861396e565b1561303b5760806040518881528760208201528960408201528660608201522092809160051b015b80821061301b5750507fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000809160201b16911603612feb5760010180546fffffffffffffffffffffffffffffffff612f54848360801c612896565b9116808211612fb8575081546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff19161790557fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac91604091612d2a565b90857fa83b245f000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b82847f832d3d6e000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9092602084359182811160051b9081521852602060405f20930190612efa565b50505050505050505f90565b877fea0bffc2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b877f157be8b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877fad2ca6c3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9173ffffffffffffffffffffffffffffffffffffffff604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615613177575b604052156131355750565b73ffffffffffffffffffffffffffffffffffffffff907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661318f57823b15153d1516169061312a565b503d5f823e3d90fd5b6131a560208201826127a7565b6040519060051b80928237206131be60408301836127a7565b6040519060051b80928237206040519160208301937fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a785523560408401526060830152608082015260808152612b6960a082612873565b61321d612ab1565b906040519060208201927f190100000000000000000000000000000000000000000000000000000000000084526022830152604282015260428152612b69606282612873565b61326c90613198565b6003540361327657565b7f5b6f4456000000000000000000000000000000000000000000000000000000005f5260045ffd5b91908110156127595760051b0190565b926132d0919492936132c360208201826127a7565b93909160408101906127a7565b9390925f975f965f995b898b10156134555760608b0283018035998a1061342957858a10156133fd5780604061333992013560ff601b60207f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841694013592821c0116876139b2565b5060048110156133d057159081159161339a575b5061336e57600180916133618b8b8b61329e565b350199019a0199976132da565b887f52bf9848000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905073ffffffffffffffffffffffffffffffffffffffff806133c56133c08d8a8c61329e565b612786565b16911614155f61334d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b897fe14ad190000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b8b7f151f10f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b985098505050505050505063aaaaaaaa81111561346f5750565b7ebfb6ab000000000000000000000000000000000000000000000000000000005f5260045263aaaaaaaa60245260445ffd5b907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff8116604051917f70a08231000000000000000000000000000000000000000000000000000000008352306004840152602083602481855afa928315613659575f936136ae575b50604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180855af19060015f511482161561368f575b50846040525f6060521561366457836024816020937f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa928315613659575f93613625575b508083039083821161145e578193146104cf577f0000000000000000000000000000000000000000000000000000000000000000908181106135f7575050565b7f4a77f2fa000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9092506020813d602011613651575b8161364160209383612873565b810103126102ea5751915f6135b7565b3d9150613634565b6040513d5f823e3d90fd5b7f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60018215166136a5573b15153d1516165f613569565b853d5f823e3d90fd5b9092506020813d6020116136da575b816136ca60209383612873565b810103126102ea5751915f61351e565b3d91506136bd565b602c82141580613963575b61395d57816006116102ea577f666c6f636b3100000000000000000000000000000000000000000000000000007fffffffffffff00000000000000000000000000000000000000000000000000008235160361395d5790604051906137518261282a565b604b82527f10000b1216151b1f08060000000000000000000000000000000000000000000060208301526e1e00190e1a0a0918001317201c140060408301527f020104110c1d0d0f070503000000000000000000000000000000000000000000606083015263026701d19060069260408214935b82811015613950578086013560f81c603081108015613946575b61393b5782517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd0820110156127595782017ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0015160f81c801561393b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8691018095633fffffe08160191c9160051b16906001811661392e575b60028116613921575b60048116613914575b60088116613906575b6010166138fb575b1894816138cf575b816138c2575b506138b8576001016137c5565b5050505050505f90565b600f91501615155f6138ab565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff98501831491506138a5565b632a1462b31861389d565b633d4233dd90911890613895565b90631ea119fa189061388c565b906326508e6d1890613883565b90633b6a57b2189061387a565b505050505050505f90565b50607a81116137df565b5050509050600191501490565b50505f90565b5060408214156136ed565b5f52600c60205260405f2090600160ff8260081c92161b91815f528060205260405f2054918383166139aa575f526020521760405f2055600190565b505050505f90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613a36579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15613659575f5173ffffffffffffffffffffffffffffffffffffffff811615613a2c57905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212209e4c2834894c009070f0563eae58389cc0b29ca9aa81017a7567f232e8fd872364736f6c634300081c0033",
}

// FlockBridgeABI is the input ABI used to generate the binding from.
// Deprecated: Use FlockBridgeMetaData.ABI instead.
var FlockBridgeABI = FlockBridgeMetaData.ABI

// FlockBridgeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FlockBridgeMetaData.Bin instead.
var FlockBridgeBin = FlockBridgeMetaData.Bin

// DeployFlockBridge deploys a new Ethereum contract, binding an instance of FlockBridge to it.
func DeployFlockBridge(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, bridgeId_ [32]byte, guardian_ common.Address, claimDelay_ *big.Int, maxSettlementTotal_ *big.Int, minDeposit_ *big.Int, initialValset FlockSignedValset) (common.Address, *types.Transaction, *FlockBridge, error) {
	parsed, err := FlockBridgeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FlockBridgeBin), backend, token_, bridgeId_, guardian_, claimDelay_, maxSettlementTotal_, minDeposit_, initialValset)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FlockBridge{FlockBridgeCaller: FlockBridgeCaller{contract: contract}, FlockBridgeTransactor: FlockBridgeTransactor{contract: contract}, FlockBridgeFilterer: FlockBridgeFilterer{contract: contract}}, nil
}

// FlockBridge is an auto generated Go binding around an Ethereum contract.
type FlockBridge struct {
	FlockBridgeCaller     // Read-only binding to the contract
	FlockBridgeTransactor // Write-only binding to the contract
	FlockBridgeFilterer   // Log filterer for contract events
}

// FlockBridgeCaller is an auto generated read-only Go binding around an Ethereum contract.
type FlockBridgeCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FlockBridgeTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FlockBridgeTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FlockBridgeFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FlockBridgeFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FlockBridgeSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FlockBridgeSession struct {
	Contract     *FlockBridge      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FlockBridgeCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FlockBridgeCallerSession struct {
	Contract *FlockBridgeCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// FlockBridgeTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FlockBridgeTransactorSession struct {
	Contract     *FlockBridgeTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// FlockBridgeRaw is an auto generated low-level Go binding around an Ethereum contract.
type FlockBridgeRaw struct {
	Contract *FlockBridge // Generic contract binding to access the raw methods on
}

// FlockBridgeCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FlockBridgeCallerRaw struct {
	Contract *FlockBridgeCaller // Generic read-only contract binding to access the raw methods on
}

// FlockBridgeTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FlockBridgeTransactorRaw struct {
	Contract *FlockBridgeTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFlockBridge creates a new instance of FlockBridge, bound to a specific deployed contract.
func NewFlockBridge(address common.Address, backend bind.ContractBackend) (*FlockBridge, error) {
	contract, err := bindFlockBridge(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FlockBridge{FlockBridgeCaller: FlockBridgeCaller{contract: contract}, FlockBridgeTransactor: FlockBridgeTransactor{contract: contract}, FlockBridgeFilterer: FlockBridgeFilterer{contract: contract}}, nil
}

// NewFlockBridgeCaller creates a new read-only instance of FlockBridge, bound to a specific deployed contract.
func NewFlockBridgeCaller(address common.Address, caller bind.ContractCaller) (*FlockBridgeCaller, error) {
	contract, err := bindFlockBridge(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeCaller{contract: contract}, nil
}

// NewFlockBridgeTransactor creates a new write-only instance of FlockBridge, bound to a specific deployed contract.
func NewFlockBridgeTransactor(address common.Address, transactor bind.ContractTransactor) (*FlockBridgeTransactor, error) {
	contract, err := bindFlockBridge(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeTransactor{contract: contract}, nil
}

// NewFlockBridgeFilterer creates a new log filterer instance of FlockBridge, bound to a specific deployed contract.
func NewFlockBridgeFilterer(address common.Address, filterer bind.ContractFilterer) (*FlockBridgeFilterer, error) {
	contract, err := bindFlockBridge(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeFilterer{contract: contract}, nil
}

// bindFlockBridge binds a generic wrapper to an already deployed contract.
func bindFlockBridge(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FlockBridgeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FlockBridge *FlockBridgeRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FlockBridge.Contract.FlockBridgeCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FlockBridge *FlockBridgeRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.Contract.FlockBridgeTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FlockBridge *FlockBridgeRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FlockBridge.Contract.FlockBridgeTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FlockBridge *FlockBridgeCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FlockBridge.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FlockBridge *FlockBridgeTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FlockBridge *FlockBridgeTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FlockBridge.Contract.contract.Transact(opts, method, params...)
}

// GUARDIANCHANGETYPEHASH is a free data retrieval call binding the contract method 0x362304cc.
//
// Solidity: function GUARDIAN_CHANGE_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) GUARDIANCHANGETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "GUARDIAN_CHANGE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GUARDIANCHANGETYPEHASH is a free data retrieval call binding the contract method 0x362304cc.
//
// Solidity: function GUARDIAN_CHANGE_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) GUARDIANCHANGETYPEHASH() ([32]byte, error) {
	return _FlockBridge.Contract.GUARDIANCHANGETYPEHASH(&_FlockBridge.CallOpts)
}

// GUARDIANCHANGETYPEHASH is a free data retrieval call binding the contract method 0x362304cc.
//
// Solidity: function GUARDIAN_CHANGE_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) GUARDIANCHANGETYPEHASH() ([32]byte, error) {
	return _FlockBridge.Contract.GUARDIANCHANGETYPEHASH(&_FlockBridge.CallOpts)
}

// MAXCLAIMDELAY is a free data retrieval call binding the contract method 0x12ea09ff.
//
// Solidity: function MAX_CLAIM_DELAY() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) MAXCLAIMDELAY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "MAX_CLAIM_DELAY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCLAIMDELAY is a free data retrieval call binding the contract method 0x12ea09ff.
//
// Solidity: function MAX_CLAIM_DELAY() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) MAXCLAIMDELAY() (*big.Int, error) {
	return _FlockBridge.Contract.MAXCLAIMDELAY(&_FlockBridge.CallOpts)
}

// MAXCLAIMDELAY is a free data retrieval call binding the contract method 0x12ea09ff.
//
// Solidity: function MAX_CLAIM_DELAY() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) MAXCLAIMDELAY() (*big.Int, error) {
	return _FlockBridge.Contract.MAXCLAIMDELAY(&_FlockBridge.CallOpts)
}

// MAXPAUSEDURATION is a free data retrieval call binding the contract method 0x2799657d.
//
// Solidity: function MAX_PAUSE_DURATION() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) MAXPAUSEDURATION(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "MAX_PAUSE_DURATION")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPAUSEDURATION is a free data retrieval call binding the contract method 0x2799657d.
//
// Solidity: function MAX_PAUSE_DURATION() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) MAXPAUSEDURATION() (*big.Int, error) {
	return _FlockBridge.Contract.MAXPAUSEDURATION(&_FlockBridge.CallOpts)
}

// MAXPAUSEDURATION is a free data retrieval call binding the contract method 0x2799657d.
//
// Solidity: function MAX_PAUSE_DURATION() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) MAXPAUSEDURATION() (*big.Int, error) {
	return _FlockBridge.Contract.MAXPAUSEDURATION(&_FlockBridge.CallOpts)
}

// MAXVALSETSIZE is a free data retrieval call binding the contract method 0x467ceea3.
//
// Solidity: function MAX_VALSET_SIZE() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) MAXVALSETSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "MAX_VALSET_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXVALSETSIZE is a free data retrieval call binding the contract method 0x467ceea3.
//
// Solidity: function MAX_VALSET_SIZE() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) MAXVALSETSIZE() (*big.Int, error) {
	return _FlockBridge.Contract.MAXVALSETSIZE(&_FlockBridge.CallOpts)
}

// MAXVALSETSIZE is a free data retrieval call binding the contract method 0x467ceea3.
//
// Solidity: function MAX_VALSET_SIZE() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) MAXVALSETSIZE() (*big.Int, error) {
	return _FlockBridge.Contract.MAXVALSETSIZE(&_FlockBridge.CallOpts)
}

// MINCLAIMDELAY is a free data retrieval call binding the contract method 0x61605b92.
//
// Solidity: function MIN_CLAIM_DELAY() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) MINCLAIMDELAY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "MIN_CLAIM_DELAY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINCLAIMDELAY is a free data retrieval call binding the contract method 0x61605b92.
//
// Solidity: function MIN_CLAIM_DELAY() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) MINCLAIMDELAY() (*big.Int, error) {
	return _FlockBridge.Contract.MINCLAIMDELAY(&_FlockBridge.CallOpts)
}

// MINCLAIMDELAY is a free data retrieval call binding the contract method 0x61605b92.
//
// Solidity: function MIN_CLAIM_DELAY() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) MINCLAIMDELAY() (*big.Int, error) {
	return _FlockBridge.Contract.MINCLAIMDELAY(&_FlockBridge.CallOpts)
}

// POWERTHRESHOLD is a free data retrieval call binding the contract method 0x9409bcb0.
//
// Solidity: function POWER_THRESHOLD() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) POWERTHRESHOLD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "POWER_THRESHOLD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// POWERTHRESHOLD is a free data retrieval call binding the contract method 0x9409bcb0.
//
// Solidity: function POWER_THRESHOLD() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) POWERTHRESHOLD() (*big.Int, error) {
	return _FlockBridge.Contract.POWERTHRESHOLD(&_FlockBridge.CallOpts)
}

// POWERTHRESHOLD is a free data retrieval call binding the contract method 0x9409bcb0.
//
// Solidity: function POWER_THRESHOLD() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) POWERTHRESHOLD() (*big.Int, error) {
	return _FlockBridge.Contract.POWERTHRESHOLD(&_FlockBridge.CallOpts)
}

// POWERTOTAL is a free data retrieval call binding the contract method 0x08f3d578.
//
// Solidity: function POWER_TOTAL() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) POWERTOTAL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "POWER_TOTAL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// POWERTOTAL is a free data retrieval call binding the contract method 0x08f3d578.
//
// Solidity: function POWER_TOTAL() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) POWERTOTAL() (*big.Int, error) {
	return _FlockBridge.Contract.POWERTOTAL(&_FlockBridge.CallOpts)
}

// POWERTOTAL is a free data retrieval call binding the contract method 0x08f3d578.
//
// Solidity: function POWER_TOTAL() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) POWERTOTAL() (*big.Int, error) {
	return _FlockBridge.Contract.POWERTOTAL(&_FlockBridge.CallOpts)
}

// SETTLEMENTTYPEHASH is a free data retrieval call binding the contract method 0xb1fb79c0.
//
// Solidity: function SETTLEMENT_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) SETTLEMENTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "SETTLEMENT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SETTLEMENTTYPEHASH is a free data retrieval call binding the contract method 0xb1fb79c0.
//
// Solidity: function SETTLEMENT_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) SETTLEMENTTYPEHASH() ([32]byte, error) {
	return _FlockBridge.Contract.SETTLEMENTTYPEHASH(&_FlockBridge.CallOpts)
}

// SETTLEMENTTYPEHASH is a free data retrieval call binding the contract method 0xb1fb79c0.
//
// Solidity: function SETTLEMENT_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) SETTLEMENTTYPEHASH() ([32]byte, error) {
	return _FlockBridge.Contract.SETTLEMENTTYPEHASH(&_FlockBridge.CallOpts)
}

// VALSETTYPEHASH is a free data retrieval call binding the contract method 0x6ab2a34b.
//
// Solidity: function VALSET_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) VALSETTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "VALSET_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VALSETTYPEHASH is a free data retrieval call binding the contract method 0x6ab2a34b.
//
// Solidity: function VALSET_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) VALSETTYPEHASH() ([32]byte, error) {
	return _FlockBridge.Contract.VALSETTYPEHASH(&_FlockBridge.CallOpts)
}

// VALSETTYPEHASH is a free data retrieval call binding the contract method 0x6ab2a34b.
//
// Solidity: function VALSET_TYPEHASH() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) VALSETTYPEHASH() ([32]byte, error) {
	return _FlockBridge.Contract.VALSETTYPEHASH(&_FlockBridge.CallOpts)
}

// VETOED is a free data retrieval call binding the contract method 0x1be76c72.
//
// Solidity: function VETOED() view returns(uint32)
func (_FlockBridge *FlockBridgeCaller) VETOED(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "VETOED")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// VETOED is a free data retrieval call binding the contract method 0x1be76c72.
//
// Solidity: function VETOED() view returns(uint32)
func (_FlockBridge *FlockBridgeSession) VETOED() (uint32, error) {
	return _FlockBridge.Contract.VETOED(&_FlockBridge.CallOpts)
}

// VETOED is a free data retrieval call binding the contract method 0x1be76c72.
//
// Solidity: function VETOED() view returns(uint32)
func (_FlockBridge *FlockBridgeCallerSession) VETOED() (uint32, error) {
	return _FlockBridge.Contract.VETOED(&_FlockBridge.CallOpts)
}

// BridgeId is a free data retrieval call binding the contract method 0xf570bb36.
//
// Solidity: function bridgeId() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) BridgeId(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "bridgeId")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BridgeId is a free data retrieval call binding the contract method 0xf570bb36.
//
// Solidity: function bridgeId() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) BridgeId() ([32]byte, error) {
	return _FlockBridge.Contract.BridgeId(&_FlockBridge.CallOpts)
}

// BridgeId is a free data retrieval call binding the contract method 0xf570bb36.
//
// Solidity: function bridgeId() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) BridgeId() ([32]byte, error) {
	return _FlockBridge.Contract.BridgeId(&_FlockBridge.CallOpts)
}

// ClaimDelay is a free data retrieval call binding the contract method 0x1c8ec299.
//
// Solidity: function claimDelay() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) ClaimDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "claimDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ClaimDelay is a free data retrieval call binding the contract method 0x1c8ec299.
//
// Solidity: function claimDelay() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) ClaimDelay() (*big.Int, error) {
	return _FlockBridge.Contract.ClaimDelay(&_FlockBridge.CallOpts)
}

// ClaimDelay is a free data retrieval call binding the contract method 0x1c8ec299.
//
// Solidity: function claimDelay() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) ClaimDelay() (*big.Int, error) {
	return _FlockBridge.Contract.ClaimDelay(&_FlockBridge.CallOpts)
}

// ClaimedWord is a free data retrieval call binding the contract method 0x98490a92.
//
// Solidity: function claimedWord(uint256 epoch, uint256 word) view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) ClaimedWord(opts *bind.CallOpts, epoch *big.Int, word *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "claimedWord", epoch, word)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ClaimedWord is a free data retrieval call binding the contract method 0x98490a92.
//
// Solidity: function claimedWord(uint256 epoch, uint256 word) view returns(uint256)
func (_FlockBridge *FlockBridgeSession) ClaimedWord(epoch *big.Int, word *big.Int) (*big.Int, error) {
	return _FlockBridge.Contract.ClaimedWord(&_FlockBridge.CallOpts, epoch, word)
}

// ClaimedWord is a free data retrieval call binding the contract method 0x98490a92.
//
// Solidity: function claimedWord(uint256 epoch, uint256 word) view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) ClaimedWord(epoch *big.Int, word *big.Int) (*big.Int, error) {
	return _FlockBridge.Contract.ClaimedWord(&_FlockBridge.CallOpts, epoch, word)
}

// ClaimedWords is a free data retrieval call binding the contract method 0xad492966.
//
// Solidity: function claimedWords(uint256 epoch, uint256 firstWord, uint256 count) view returns(uint256[] words)
func (_FlockBridge *FlockBridgeCaller) ClaimedWords(opts *bind.CallOpts, epoch *big.Int, firstWord *big.Int, count *big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "claimedWords", epoch, firstWord, count)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// ClaimedWords is a free data retrieval call binding the contract method 0xad492966.
//
// Solidity: function claimedWords(uint256 epoch, uint256 firstWord, uint256 count) view returns(uint256[] words)
func (_FlockBridge *FlockBridgeSession) ClaimedWords(epoch *big.Int, firstWord *big.Int, count *big.Int) ([]*big.Int, error) {
	return _FlockBridge.Contract.ClaimedWords(&_FlockBridge.CallOpts, epoch, firstWord, count)
}

// ClaimedWords is a free data retrieval call binding the contract method 0xad492966.
//
// Solidity: function claimedWords(uint256 epoch, uint256 firstWord, uint256 count) view returns(uint256[] words)
func (_FlockBridge *FlockBridgeCallerSession) ClaimedWords(epoch *big.Int, firstWord *big.Int, count *big.Int) ([]*big.Int, error) {
	return _FlockBridge.Contract.ClaimedWords(&_FlockBridge.CallOpts, epoch, firstWord, count)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) DomainSeparator() ([32]byte, error) {
	return _FlockBridge.Contract.DomainSeparator(&_FlockBridge.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) DomainSeparator() ([32]byte, error) {
	return _FlockBridge.Contract.DomainSeparator(&_FlockBridge.CallOpts)
}

// EventNonce is a free data retrieval call binding the contract method 0x1c3e6ee6.
//
// Solidity: function eventNonce() view returns(uint128)
func (_FlockBridge *FlockBridgeCaller) EventNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "eventNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EventNonce is a free data retrieval call binding the contract method 0x1c3e6ee6.
//
// Solidity: function eventNonce() view returns(uint128)
func (_FlockBridge *FlockBridgeSession) EventNonce() (*big.Int, error) {
	return _FlockBridge.Contract.EventNonce(&_FlockBridge.CallOpts)
}

// EventNonce is a free data retrieval call binding the contract method 0x1c3e6ee6.
//
// Solidity: function eventNonce() view returns(uint128)
func (_FlockBridge *FlockBridgeCallerSession) EventNonce() (*big.Int, error) {
	return _FlockBridge.Contract.EventNonce(&_FlockBridge.CallOpts)
}

// Guardian is a free data retrieval call binding the contract method 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (_FlockBridge *FlockBridgeCaller) Guardian(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "guardian")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Guardian is a free data retrieval call binding the contract method 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (_FlockBridge *FlockBridgeSession) Guardian() (common.Address, error) {
	return _FlockBridge.Contract.Guardian(&_FlockBridge.CallOpts)
}

// Guardian is a free data retrieval call binding the contract method 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (_FlockBridge *FlockBridgeCallerSession) Guardian() (common.Address, error) {
	return _FlockBridge.Contract.Guardian(&_FlockBridge.CallOpts)
}

// GuardianChangeDigest is a free data retrieval call binding the contract method 0x78ba3394.
//
// Solidity: function guardianChangeDigest(uint256 nonce, address newGuardian) view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) GuardianChangeDigest(opts *bind.CallOpts, nonce *big.Int, newGuardian common.Address) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "guardianChangeDigest", nonce, newGuardian)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GuardianChangeDigest is a free data retrieval call binding the contract method 0x78ba3394.
//
// Solidity: function guardianChangeDigest(uint256 nonce, address newGuardian) view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) GuardianChangeDigest(nonce *big.Int, newGuardian common.Address) ([32]byte, error) {
	return _FlockBridge.Contract.GuardianChangeDigest(&_FlockBridge.CallOpts, nonce, newGuardian)
}

// GuardianChangeDigest is a free data retrieval call binding the contract method 0x78ba3394.
//
// Solidity: function guardianChangeDigest(uint256 nonce, address newGuardian) view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) GuardianChangeDigest(nonce *big.Int, newGuardian common.Address) ([32]byte, error) {
	return _FlockBridge.Contract.GuardianChangeDigest(&_FlockBridge.CallOpts, nonce, newGuardian)
}

// GuardianChangeNonce is a free data retrieval call binding the contract method 0x370914b3.
//
// Solidity: function guardianChangeNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) GuardianChangeNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "guardianChangeNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GuardianChangeNonce is a free data retrieval call binding the contract method 0x370914b3.
//
// Solidity: function guardianChangeNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) GuardianChangeNonce() (*big.Int, error) {
	return _FlockBridge.Contract.GuardianChangeNonce(&_FlockBridge.CallOpts)
}

// GuardianChangeNonce is a free data retrieval call binding the contract method 0x370914b3.
//
// Solidity: function guardianChangeNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) GuardianChangeNonce() (*big.Int, error) {
	return _FlockBridge.Contract.GuardianChangeNonce(&_FlockBridge.CallOpts)
}

// IsClaimed is a free data retrieval call binding the contract method 0xf364c90c.
//
// Solidity: function isClaimed(uint256 epoch, uint256 index) view returns(bool)
func (_FlockBridge *FlockBridgeCaller) IsClaimed(opts *bind.CallOpts, epoch *big.Int, index *big.Int) (bool, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "isClaimed", epoch, index)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsClaimed is a free data retrieval call binding the contract method 0xf364c90c.
//
// Solidity: function isClaimed(uint256 epoch, uint256 index) view returns(bool)
func (_FlockBridge *FlockBridgeSession) IsClaimed(epoch *big.Int, index *big.Int) (bool, error) {
	return _FlockBridge.Contract.IsClaimed(&_FlockBridge.CallOpts, epoch, index)
}

// IsClaimed is a free data retrieval call binding the contract method 0xf364c90c.
//
// Solidity: function isClaimed(uint256 epoch, uint256 index) view returns(bool)
func (_FlockBridge *FlockBridgeCallerSession) IsClaimed(epoch *big.Int, index *big.Int) (bool, error) {
	return _FlockBridge.Contract.IsClaimed(&_FlockBridge.CallOpts, epoch, index)
}

// IsValidRecipient is a free data retrieval call binding the contract method 0xa718cccf.
//
// Solidity: function isValidRecipient(string recipient) pure returns(bool)
func (_FlockBridge *FlockBridgeCaller) IsValidRecipient(opts *bind.CallOpts, recipient string) (bool, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "isValidRecipient", recipient)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidRecipient is a free data retrieval call binding the contract method 0xa718cccf.
//
// Solidity: function isValidRecipient(string recipient) pure returns(bool)
func (_FlockBridge *FlockBridgeSession) IsValidRecipient(recipient string) (bool, error) {
	return _FlockBridge.Contract.IsValidRecipient(&_FlockBridge.CallOpts, recipient)
}

// IsValidRecipient is a free data retrieval call binding the contract method 0xa718cccf.
//
// Solidity: function isValidRecipient(string recipient) pure returns(bool)
func (_FlockBridge *FlockBridgeCallerSession) IsValidRecipient(recipient string) (bool, error) {
	return _FlockBridge.Contract.IsValidRecipient(&_FlockBridge.CallOpts, recipient)
}

// LastEpoch is a free data retrieval call binding the contract method 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint128)
func (_FlockBridge *FlockBridgeCaller) LastEpoch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "lastEpoch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastEpoch is a free data retrieval call binding the contract method 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint128)
func (_FlockBridge *FlockBridgeSession) LastEpoch() (*big.Int, error) {
	return _FlockBridge.Contract.LastEpoch(&_FlockBridge.CallOpts)
}

// LastEpoch is a free data retrieval call binding the contract method 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint128)
func (_FlockBridge *FlockBridgeCallerSession) LastEpoch() (*big.Int, error) {
	return _FlockBridge.Contract.LastEpoch(&_FlockBridge.CallOpts)
}

// MaxSettlementTotal is a free data retrieval call binding the contract method 0x4810aace.
//
// Solidity: function maxSettlementTotal() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) MaxSettlementTotal(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "maxSettlementTotal")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxSettlementTotal is a free data retrieval call binding the contract method 0x4810aace.
//
// Solidity: function maxSettlementTotal() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) MaxSettlementTotal() (*big.Int, error) {
	return _FlockBridge.Contract.MaxSettlementTotal(&_FlockBridge.CallOpts)
}

// MaxSettlementTotal is a free data retrieval call binding the contract method 0x4810aace.
//
// Solidity: function maxSettlementTotal() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) MaxSettlementTotal() (*big.Int, error) {
	return _FlockBridge.Contract.MaxSettlementTotal(&_FlockBridge.CallOpts)
}

// MinDeposit is a free data retrieval call binding the contract method 0x41b3d185.
//
// Solidity: function minDeposit() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) MinDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "minDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinDeposit is a free data retrieval call binding the contract method 0x41b3d185.
//
// Solidity: function minDeposit() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) MinDeposit() (*big.Int, error) {
	return _FlockBridge.Contract.MinDeposit(&_FlockBridge.CallOpts)
}

// MinDeposit is a free data retrieval call binding the contract method 0x41b3d185.
//
// Solidity: function minDeposit() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) MinDeposit() (*big.Int, error) {
	return _FlockBridge.Contract.MinDeposit(&_FlockBridge.CallOpts)
}

// NextGuardian is a free data retrieval call binding the contract method 0x4818e84d.
//
// Solidity: function nextGuardian() view returns(address)
func (_FlockBridge *FlockBridgeCaller) NextGuardian(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "nextGuardian")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// NextGuardian is a free data retrieval call binding the contract method 0x4818e84d.
//
// Solidity: function nextGuardian() view returns(address)
func (_FlockBridge *FlockBridgeSession) NextGuardian() (common.Address, error) {
	return _FlockBridge.Contract.NextGuardian(&_FlockBridge.CallOpts)
}

// NextGuardian is a free data retrieval call binding the contract method 0x4818e84d.
//
// Solidity: function nextGuardian() view returns(address)
func (_FlockBridge *FlockBridgeCallerSession) NextGuardian() (common.Address, error) {
	return _FlockBridge.Contract.NextGuardian(&_FlockBridge.CallOpts)
}

// NextGuardianAt is a free data retrieval call binding the contract method 0xbd67c9f7.
//
// Solidity: function nextGuardianAt() view returns(uint64)
func (_FlockBridge *FlockBridgeCaller) NextGuardianAt(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "nextGuardianAt")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextGuardianAt is a free data retrieval call binding the contract method 0xbd67c9f7.
//
// Solidity: function nextGuardianAt() view returns(uint64)
func (_FlockBridge *FlockBridgeSession) NextGuardianAt() (uint64, error) {
	return _FlockBridge.Contract.NextGuardianAt(&_FlockBridge.CallOpts)
}

// NextGuardianAt is a free data retrieval call binding the contract method 0xbd67c9f7.
//
// Solidity: function nextGuardianAt() view returns(uint64)
func (_FlockBridge *FlockBridgeCallerSession) NextGuardianAt() (uint64, error) {
	return _FlockBridge.Contract.NextGuardianAt(&_FlockBridge.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_FlockBridge *FlockBridgeCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_FlockBridge *FlockBridgeSession) Paused() (bool, error) {
	return _FlockBridge.Contract.Paused(&_FlockBridge.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_FlockBridge *FlockBridgeCallerSession) Paused() (bool, error) {
	return _FlockBridge.Contract.Paused(&_FlockBridge.CallOpts)
}

// PausedUntil is a free data retrieval call binding the contract method 0xda748b10.
//
// Solidity: function pausedUntil() view returns(uint64)
func (_FlockBridge *FlockBridgeCaller) PausedUntil(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "pausedUntil")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PausedUntil is a free data retrieval call binding the contract method 0xda748b10.
//
// Solidity: function pausedUntil() view returns(uint64)
func (_FlockBridge *FlockBridgeSession) PausedUntil() (uint64, error) {
	return _FlockBridge.Contract.PausedUntil(&_FlockBridge.CallOpts)
}

// PausedUntil is a free data retrieval call binding the contract method 0xda748b10.
//
// Solidity: function pausedUntil() view returns(uint64)
func (_FlockBridge *FlockBridgeCallerSession) PausedUntil() (uint64, error) {
	return _FlockBridge.Contract.PausedUntil(&_FlockBridge.CallOpts)
}

// PendingGuardian is a free data retrieval call binding the contract method 0x762c31ba.
//
// Solidity: function pendingGuardian() view returns(address)
func (_FlockBridge *FlockBridgeCaller) PendingGuardian(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "pendingGuardian")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingGuardian is a free data retrieval call binding the contract method 0x762c31ba.
//
// Solidity: function pendingGuardian() view returns(address)
func (_FlockBridge *FlockBridgeSession) PendingGuardian() (common.Address, error) {
	return _FlockBridge.Contract.PendingGuardian(&_FlockBridge.CallOpts)
}

// PendingGuardian is a free data retrieval call binding the contract method 0x762c31ba.
//
// Solidity: function pendingGuardian() view returns(address)
func (_FlockBridge *FlockBridgeCallerSession) PendingGuardian() (common.Address, error) {
	return _FlockBridge.Contract.PendingGuardian(&_FlockBridge.CallOpts)
}

// PendingValsetActivatesAt is a free data retrieval call binding the contract method 0x412a9d66.
//
// Solidity: function pendingValsetActivatesAt() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) PendingValsetActivatesAt(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "pendingValsetActivatesAt")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingValsetActivatesAt is a free data retrieval call binding the contract method 0x412a9d66.
//
// Solidity: function pendingValsetActivatesAt() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) PendingValsetActivatesAt() (*big.Int, error) {
	return _FlockBridge.Contract.PendingValsetActivatesAt(&_FlockBridge.CallOpts)
}

// PendingValsetActivatesAt is a free data retrieval call binding the contract method 0x412a9d66.
//
// Solidity: function pendingValsetActivatesAt() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) PendingValsetActivatesAt() (*big.Int, error) {
	return _FlockBridge.Contract.PendingValsetActivatesAt(&_FlockBridge.CallOpts)
}

// PendingValsetCheckpoint is a free data retrieval call binding the contract method 0x348da608.
//
// Solidity: function pendingValsetCheckpoint() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) PendingValsetCheckpoint(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "pendingValsetCheckpoint")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PendingValsetCheckpoint is a free data retrieval call binding the contract method 0x348da608.
//
// Solidity: function pendingValsetCheckpoint() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) PendingValsetCheckpoint() ([32]byte, error) {
	return _FlockBridge.Contract.PendingValsetCheckpoint(&_FlockBridge.CallOpts)
}

// PendingValsetCheckpoint is a free data retrieval call binding the contract method 0x348da608.
//
// Solidity: function pendingValsetCheckpoint() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) PendingValsetCheckpoint() ([32]byte, error) {
	return _FlockBridge.Contract.PendingValsetCheckpoint(&_FlockBridge.CallOpts)
}

// PendingValsetNonce is a free data retrieval call binding the contract method 0xcce1a1f0.
//
// Solidity: function pendingValsetNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) PendingValsetNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "pendingValsetNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingValsetNonce is a free data retrieval call binding the contract method 0xcce1a1f0.
//
// Solidity: function pendingValsetNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) PendingValsetNonce() (*big.Int, error) {
	return _FlockBridge.Contract.PendingValsetNonce(&_FlockBridge.CallOpts)
}

// PendingValsetNonce is a free data retrieval call binding the contract method 0xcce1a1f0.
//
// Solidity: function pendingValsetNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) PendingValsetNonce() (*big.Int, error) {
	return _FlockBridge.Contract.PendingValsetNonce(&_FlockBridge.CallOpts)
}

// SettlementDigest is a free data retrieval call binding the contract method 0xe1811d6c.
//
// Solidity: function settlementDigest(uint256 epoch, bytes32 root, uint256 total, uint256 count) view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) SettlementDigest(opts *bind.CallOpts, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "settlementDigest", epoch, root, total, count)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SettlementDigest is a free data retrieval call binding the contract method 0xe1811d6c.
//
// Solidity: function settlementDigest(uint256 epoch, bytes32 root, uint256 total, uint256 count) view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) SettlementDigest(epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) ([32]byte, error) {
	return _FlockBridge.Contract.SettlementDigest(&_FlockBridge.CallOpts, epoch, root, total, count)
}

// SettlementDigest is a free data retrieval call binding the contract method 0xe1811d6c.
//
// Solidity: function settlementDigest(uint256 epoch, bytes32 root, uint256 total, uint256 count) view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) SettlementDigest(epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) ([32]byte, error) {
	return _FlockBridge.Contract.SettlementDigest(&_FlockBridge.CallOpts, epoch, root, total, count)
}

// SettlementStatus is a free data retrieval call binding the contract method 0x56601605.
//
// Solidity: function settlementStatus(uint256 epoch) view returns(bytes28 rootPrefix, uint256 claimableAt, bool vetoed, uint256 total, uint256 paid)
func (_FlockBridge *FlockBridgeCaller) SettlementStatus(opts *bind.CallOpts, epoch *big.Int) (struct {
	RootPrefix  [28]byte
	ClaimableAt *big.Int
	Vetoed      bool
	Total       *big.Int
	Paid        *big.Int
}, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "settlementStatus", epoch)

	outstruct := new(struct {
		RootPrefix  [28]byte
		ClaimableAt *big.Int
		Vetoed      bool
		Total       *big.Int
		Paid        *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.RootPrefix = *abi.ConvertType(out[0], new([28]byte)).(*[28]byte)
	outstruct.ClaimableAt = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Vetoed = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Total = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Paid = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// SettlementStatus is a free data retrieval call binding the contract method 0x56601605.
//
// Solidity: function settlementStatus(uint256 epoch) view returns(bytes28 rootPrefix, uint256 claimableAt, bool vetoed, uint256 total, uint256 paid)
func (_FlockBridge *FlockBridgeSession) SettlementStatus(epoch *big.Int) (struct {
	RootPrefix  [28]byte
	ClaimableAt *big.Int
	Vetoed      bool
	Total       *big.Int
	Paid        *big.Int
}, error) {
	return _FlockBridge.Contract.SettlementStatus(&_FlockBridge.CallOpts, epoch)
}

// SettlementStatus is a free data retrieval call binding the contract method 0x56601605.
//
// Solidity: function settlementStatus(uint256 epoch) view returns(bytes28 rootPrefix, uint256 claimableAt, bool vetoed, uint256 total, uint256 paid)
func (_FlockBridge *FlockBridgeCallerSession) SettlementStatus(epoch *big.Int) (struct {
	RootPrefix  [28]byte
	ClaimableAt *big.Int
	Vetoed      bool
	Total       *big.Int
	Paid        *big.Int
}, error) {
	return _FlockBridge.Contract.SettlementStatus(&_FlockBridge.CallOpts, epoch)
}

// Settlements is a free data retrieval call binding the contract method 0x08df7dc8.
//
// Solidity: function settlements(uint256 epoch) view returns(bytes28 root, uint32 claimableAt, uint128 total, uint128 paid)
func (_FlockBridge *FlockBridgeCaller) Settlements(opts *bind.CallOpts, epoch *big.Int) (struct {
	Root        [28]byte
	ClaimableAt uint32
	Total       *big.Int
	Paid        *big.Int
}, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "settlements", epoch)

	outstruct := new(struct {
		Root        [28]byte
		ClaimableAt uint32
		Total       *big.Int
		Paid        *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([28]byte)).(*[28]byte)
	outstruct.ClaimableAt = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Total = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Paid = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Settlements is a free data retrieval call binding the contract method 0x08df7dc8.
//
// Solidity: function settlements(uint256 epoch) view returns(bytes28 root, uint32 claimableAt, uint128 total, uint128 paid)
func (_FlockBridge *FlockBridgeSession) Settlements(epoch *big.Int) (struct {
	Root        [28]byte
	ClaimableAt uint32
	Total       *big.Int
	Paid        *big.Int
}, error) {
	return _FlockBridge.Contract.Settlements(&_FlockBridge.CallOpts, epoch)
}

// Settlements is a free data retrieval call binding the contract method 0x08df7dc8.
//
// Solidity: function settlements(uint256 epoch) view returns(bytes28 root, uint32 claimableAt, uint128 total, uint128 paid)
func (_FlockBridge *FlockBridgeCallerSession) Settlements(epoch *big.Int) (struct {
	Root        [28]byte
	ClaimableAt uint32
	Total       *big.Int
	Paid        *big.Int
}, error) {
	return _FlockBridge.Contract.Settlements(&_FlockBridge.CallOpts, epoch)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_FlockBridge *FlockBridgeCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_FlockBridge *FlockBridgeSession) Token() (common.Address, error) {
	return _FlockBridge.Contract.Token(&_FlockBridge.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_FlockBridge *FlockBridgeCallerSession) Token() (common.Address, error) {
	return _FlockBridge.Contract.Token(&_FlockBridge.CallOpts)
}

// ValsetCheckpoint is a free data retrieval call binding the contract method 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) ValsetCheckpoint(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "valsetCheckpoint")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ValsetCheckpoint is a free data retrieval call binding the contract method 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) ValsetCheckpoint() ([32]byte, error) {
	return _FlockBridge.Contract.ValsetCheckpoint(&_FlockBridge.CallOpts)
}

// ValsetCheckpoint is a free data retrieval call binding the contract method 0x06110a76.
//
// Solidity: function valsetCheckpoint() view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) ValsetCheckpoint() ([32]byte, error) {
	return _FlockBridge.Contract.ValsetCheckpoint(&_FlockBridge.CallOpts)
}

// ValsetCheckpointOf is a free data retrieval call binding the contract method 0x91cfb847.
//
// Solidity: function valsetCheckpointOf((uint256,address[],uint256[]) vs) pure returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) ValsetCheckpointOf(opts *bind.CallOpts, vs FlockSignedValset) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "valsetCheckpointOf", vs)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ValsetCheckpointOf is a free data retrieval call binding the contract method 0x91cfb847.
//
// Solidity: function valsetCheckpointOf((uint256,address[],uint256[]) vs) pure returns(bytes32)
func (_FlockBridge *FlockBridgeSession) ValsetCheckpointOf(vs FlockSignedValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetCheckpointOf(&_FlockBridge.CallOpts, vs)
}

// ValsetCheckpointOf is a free data retrieval call binding the contract method 0x91cfb847.
//
// Solidity: function valsetCheckpointOf((uint256,address[],uint256[]) vs) pure returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) ValsetCheckpointOf(vs FlockSignedValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetCheckpointOf(&_FlockBridge.CallOpts, vs)
}

// ValsetDigest is a free data retrieval call binding the contract method 0x341abcd0.
//
// Solidity: function valsetDigest((uint256,address[],uint256[]) vs) view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) ValsetDigest(opts *bind.CallOpts, vs FlockSignedValset) ([32]byte, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "valsetDigest", vs)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ValsetDigest is a free data retrieval call binding the contract method 0x341abcd0.
//
// Solidity: function valsetDigest((uint256,address[],uint256[]) vs) view returns(bytes32)
func (_FlockBridge *FlockBridgeSession) ValsetDigest(vs FlockSignedValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetDigest(&_FlockBridge.CallOpts, vs)
}

// ValsetDigest is a free data retrieval call binding the contract method 0x341abcd0.
//
// Solidity: function valsetDigest((uint256,address[],uint256[]) vs) view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) ValsetDigest(vs FlockSignedValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetDigest(&_FlockBridge.CallOpts, vs)
}

// ValsetNonce is a free data retrieval call binding the contract method 0x19b5e247.
//
// Solidity: function valsetNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeCaller) ValsetNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "valsetNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ValsetNonce is a free data retrieval call binding the contract method 0x19b5e247.
//
// Solidity: function valsetNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeSession) ValsetNonce() (*big.Int, error) {
	return _FlockBridge.Contract.ValsetNonce(&_FlockBridge.CallOpts)
}

// ValsetNonce is a free data retrieval call binding the contract method 0x19b5e247.
//
// Solidity: function valsetNonce() view returns(uint256)
func (_FlockBridge *FlockBridgeCallerSession) ValsetNonce() (*big.Int, error) {
	return _FlockBridge.Contract.ValsetNonce(&_FlockBridge.CallOpts)
}

// VetoedValsets is a free data retrieval call binding the contract method 0x5eee6d75.
//
// Solidity: function vetoedValsets(bytes32 checkpoint) view returns(bool)
func (_FlockBridge *FlockBridgeCaller) VetoedValsets(opts *bind.CallOpts, checkpoint [32]byte) (bool, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "vetoedValsets", checkpoint)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VetoedValsets is a free data retrieval call binding the contract method 0x5eee6d75.
//
// Solidity: function vetoedValsets(bytes32 checkpoint) view returns(bool)
func (_FlockBridge *FlockBridgeSession) VetoedValsets(checkpoint [32]byte) (bool, error) {
	return _FlockBridge.Contract.VetoedValsets(&_FlockBridge.CallOpts, checkpoint)
}

// VetoedValsets is a free data retrieval call binding the contract method 0x5eee6d75.
//
// Solidity: function vetoedValsets(bytes32 checkpoint) view returns(bool)
func (_FlockBridge *FlockBridgeCallerSession) VetoedValsets(checkpoint [32]byte) (bool, error) {
	return _FlockBridge.Contract.VetoedValsets(&_FlockBridge.CallOpts, checkpoint)
}

// AcceptGuardian is a paid mutator transaction binding the contract method 0xa5f31d61.
//
// Solidity: function acceptGuardian() returns()
func (_FlockBridge *FlockBridgeTransactor) AcceptGuardian(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "acceptGuardian")
}

// AcceptGuardian is a paid mutator transaction binding the contract method 0xa5f31d61.
//
// Solidity: function acceptGuardian() returns()
func (_FlockBridge *FlockBridgeSession) AcceptGuardian() (*types.Transaction, error) {
	return _FlockBridge.Contract.AcceptGuardian(&_FlockBridge.TransactOpts)
}

// AcceptGuardian is a paid mutator transaction binding the contract method 0xa5f31d61.
//
// Solidity: function acceptGuardian() returns()
func (_FlockBridge *FlockBridgeTransactorSession) AcceptGuardian() (*types.Transaction, error) {
	return _FlockBridge.Contract.AcceptGuardian(&_FlockBridge.TransactOpts)
}

// ActivateValset is a paid mutator transaction binding the contract method 0xce4fd131.
//
// Solidity: function activateValset() returns()
func (_FlockBridge *FlockBridgeTransactor) ActivateValset(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "activateValset")
}

// ActivateValset is a paid mutator transaction binding the contract method 0xce4fd131.
//
// Solidity: function activateValset() returns()
func (_FlockBridge *FlockBridgeSession) ActivateValset() (*types.Transaction, error) {
	return _FlockBridge.Contract.ActivateValset(&_FlockBridge.TransactOpts)
}

// ActivateValset is a paid mutator transaction binding the contract method 0xce4fd131.
//
// Solidity: function activateValset() returns()
func (_FlockBridge *FlockBridgeTransactorSession) ActivateValset() (*types.Transaction, error) {
	return _FlockBridge.Contract.ActivateValset(&_FlockBridge.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x5d4df3bf.
//
// Solidity: function claim(uint256 epoch, uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (_FlockBridge *FlockBridgeTransactor) Claim(opts *bind.TransactOpts, epoch *big.Int, index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "claim", epoch, index, account, amount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x5d4df3bf.
//
// Solidity: function claim(uint256 epoch, uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (_FlockBridge *FlockBridgeSession) Claim(epoch *big.Int, index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _FlockBridge.Contract.Claim(&_FlockBridge.TransactOpts, epoch, index, account, amount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x5d4df3bf.
//
// Solidity: function claim(uint256 epoch, uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (_FlockBridge *FlockBridgeTransactorSession) Claim(epoch *big.Int, index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _FlockBridge.Contract.Claim(&_FlockBridge.TransactOpts, epoch, index, account, amount, proof)
}

// ClaimMany is a paid mutator transaction binding the contract method 0x0c9903e2.
//
// Solidity: function claimMany((uint256,uint256,address,uint256,bytes32[])[] claims) returns()
func (_FlockBridge *FlockBridgeTransactor) ClaimMany(opts *bind.TransactOpts, claims []FlockBridgeClaim) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "claimMany", claims)
}

// ClaimMany is a paid mutator transaction binding the contract method 0x0c9903e2.
//
// Solidity: function claimMany((uint256,uint256,address,uint256,bytes32[])[] claims) returns()
func (_FlockBridge *FlockBridgeSession) ClaimMany(claims []FlockBridgeClaim) (*types.Transaction, error) {
	return _FlockBridge.Contract.ClaimMany(&_FlockBridge.TransactOpts, claims)
}

// ClaimMany is a paid mutator transaction binding the contract method 0x0c9903e2.
//
// Solidity: function claimMany((uint256,uint256,address,uint256,bytes32[])[] claims) returns()
func (_FlockBridge *FlockBridgeTransactorSession) ClaimMany(claims []FlockBridgeClaim) (*types.Transaction, error) {
	return _FlockBridge.Contract.ClaimMany(&_FlockBridge.TransactOpts, claims)
}

// ClaimManySkipClaimed is a paid mutator transaction binding the contract method 0x9a8a8127.
//
// Solidity: function claimManySkipClaimed((uint256,uint256,address,uint256,bytes32[])[] claims) returns(bool[] paid)
func (_FlockBridge *FlockBridgeTransactor) ClaimManySkipClaimed(opts *bind.TransactOpts, claims []FlockBridgeClaim) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "claimManySkipClaimed", claims)
}

// ClaimManySkipClaimed is a paid mutator transaction binding the contract method 0x9a8a8127.
//
// Solidity: function claimManySkipClaimed((uint256,uint256,address,uint256,bytes32[])[] claims) returns(bool[] paid)
func (_FlockBridge *FlockBridgeSession) ClaimManySkipClaimed(claims []FlockBridgeClaim) (*types.Transaction, error) {
	return _FlockBridge.Contract.ClaimManySkipClaimed(&_FlockBridge.TransactOpts, claims)
}

// ClaimManySkipClaimed is a paid mutator transaction binding the contract method 0x9a8a8127.
//
// Solidity: function claimManySkipClaimed((uint256,uint256,address,uint256,bytes32[])[] claims) returns(bool[] paid)
func (_FlockBridge *FlockBridgeTransactorSession) ClaimManySkipClaimed(claims []FlockBridgeClaim) (*types.Transaction, error) {
	return _FlockBridge.Contract.ClaimManySkipClaimed(&_FlockBridge.TransactOpts, claims)
}

// Deposit is a paid mutator transaction binding the contract method 0xf1215d25.
//
// Solidity: function deposit(uint256 amount, string recipient) returns()
func (_FlockBridge *FlockBridgeTransactor) Deposit(opts *bind.TransactOpts, amount *big.Int, recipient string) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "deposit", amount, recipient)
}

// Deposit is a paid mutator transaction binding the contract method 0xf1215d25.
//
// Solidity: function deposit(uint256 amount, string recipient) returns()
func (_FlockBridge *FlockBridgeSession) Deposit(amount *big.Int, recipient string) (*types.Transaction, error) {
	return _FlockBridge.Contract.Deposit(&_FlockBridge.TransactOpts, amount, recipient)
}

// Deposit is a paid mutator transaction binding the contract method 0xf1215d25.
//
// Solidity: function deposit(uint256 amount, string recipient) returns()
func (_FlockBridge *FlockBridgeTransactorSession) Deposit(amount *big.Int, recipient string) (*types.Transaction, error) {
	return _FlockBridge.Contract.Deposit(&_FlockBridge.TransactOpts, amount, recipient)
}

// ExecuteGuardianChange is a paid mutator transaction binding the contract method 0x11fcec9e.
//
// Solidity: function executeGuardianChange() returns()
func (_FlockBridge *FlockBridgeTransactor) ExecuteGuardianChange(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "executeGuardianChange")
}

// ExecuteGuardianChange is a paid mutator transaction binding the contract method 0x11fcec9e.
//
// Solidity: function executeGuardianChange() returns()
func (_FlockBridge *FlockBridgeSession) ExecuteGuardianChange() (*types.Transaction, error) {
	return _FlockBridge.Contract.ExecuteGuardianChange(&_FlockBridge.TransactOpts)
}

// ExecuteGuardianChange is a paid mutator transaction binding the contract method 0x11fcec9e.
//
// Solidity: function executeGuardianChange() returns()
func (_FlockBridge *FlockBridgeTransactorSession) ExecuteGuardianChange() (*types.Transaction, error) {
	return _FlockBridge.Contract.ExecuteGuardianChange(&_FlockBridge.TransactOpts)
}

// FundRewards is a paid mutator transaction binding the contract method 0x93707a19.
//
// Solidity: function fundRewards(uint256 amount) returns()
func (_FlockBridge *FlockBridgeTransactor) FundRewards(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "fundRewards", amount)
}

// FundRewards is a paid mutator transaction binding the contract method 0x93707a19.
//
// Solidity: function fundRewards(uint256 amount) returns()
func (_FlockBridge *FlockBridgeSession) FundRewards(amount *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.FundRewards(&_FlockBridge.TransactOpts, amount)
}

// FundRewards is a paid mutator transaction binding the contract method 0x93707a19.
//
// Solidity: function fundRewards(uint256 amount) returns()
func (_FlockBridge *FlockBridgeTransactorSession) FundRewards(amount *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.FundRewards(&_FlockBridge.TransactOpts, amount)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_FlockBridge *FlockBridgeTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_FlockBridge *FlockBridgeSession) Pause() (*types.Transaction, error) {
	return _FlockBridge.Contract.Pause(&_FlockBridge.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_FlockBridge *FlockBridgeTransactorSession) Pause() (*types.Transaction, error) {
	return _FlockBridge.Contract.Pause(&_FlockBridge.TransactOpts)
}

// ProposeGuardianChange is a paid mutator transaction binding the contract method 0xc8114de1.
//
// Solidity: function proposeGuardianChange(address newGuardian, uint256 nonce, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeTransactor) ProposeGuardianChange(opts *bind.TransactOpts, newGuardian common.Address, nonce *big.Int, currentValset FlockSignedValset, sigs []FlockSignedSignature) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "proposeGuardianChange", newGuardian, nonce, currentValset, sigs)
}

// ProposeGuardianChange is a paid mutator transaction binding the contract method 0xc8114de1.
//
// Solidity: function proposeGuardianChange(address newGuardian, uint256 nonce, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeSession) ProposeGuardianChange(newGuardian common.Address, nonce *big.Int, currentValset FlockSignedValset, sigs []FlockSignedSignature) (*types.Transaction, error) {
	return _FlockBridge.Contract.ProposeGuardianChange(&_FlockBridge.TransactOpts, newGuardian, nonce, currentValset, sigs)
}

// ProposeGuardianChange is a paid mutator transaction binding the contract method 0xc8114de1.
//
// Solidity: function proposeGuardianChange(address newGuardian, uint256 nonce, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeTransactorSession) ProposeGuardianChange(newGuardian common.Address, nonce *big.Int, currentValset FlockSignedValset, sigs []FlockSignedSignature) (*types.Transaction, error) {
	return _FlockBridge.Contract.ProposeGuardianChange(&_FlockBridge.TransactOpts, newGuardian, nonce, currentValset, sigs)
}

// SubmitSettlement is a paid mutator transaction binding the contract method 0x6b7753de.
//
// Solidity: function submitSettlement((uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs, uint256 epoch, bytes32 root, uint256 total, uint256 count) returns()
func (_FlockBridge *FlockBridgeTransactor) SubmitSettlement(opts *bind.TransactOpts, currentValset FlockSignedValset, sigs []FlockSignedSignature, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "submitSettlement", currentValset, sigs, epoch, root, total, count)
}

// SubmitSettlement is a paid mutator transaction binding the contract method 0x6b7753de.
//
// Solidity: function submitSettlement((uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs, uint256 epoch, bytes32 root, uint256 total, uint256 count) returns()
func (_FlockBridge *FlockBridgeSession) SubmitSettlement(currentValset FlockSignedValset, sigs []FlockSignedSignature, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.SubmitSettlement(&_FlockBridge.TransactOpts, currentValset, sigs, epoch, root, total, count)
}

// SubmitSettlement is a paid mutator transaction binding the contract method 0x6b7753de.
//
// Solidity: function submitSettlement((uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs, uint256 epoch, bytes32 root, uint256 total, uint256 count) returns()
func (_FlockBridge *FlockBridgeTransactorSession) SubmitSettlement(currentValset FlockSignedValset, sigs []FlockSignedSignature, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.SubmitSettlement(&_FlockBridge.TransactOpts, currentValset, sigs, epoch, root, total, count)
}

// TransferGuardian is a paid mutator transaction binding the contract method 0x091954cd.
//
// Solidity: function transferGuardian(address newGuardian) returns()
func (_FlockBridge *FlockBridgeTransactor) TransferGuardian(opts *bind.TransactOpts, newGuardian common.Address) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "transferGuardian", newGuardian)
}

// TransferGuardian is a paid mutator transaction binding the contract method 0x091954cd.
//
// Solidity: function transferGuardian(address newGuardian) returns()
func (_FlockBridge *FlockBridgeSession) TransferGuardian(newGuardian common.Address) (*types.Transaction, error) {
	return _FlockBridge.Contract.TransferGuardian(&_FlockBridge.TransactOpts, newGuardian)
}

// TransferGuardian is a paid mutator transaction binding the contract method 0x091954cd.
//
// Solidity: function transferGuardian(address newGuardian) returns()
func (_FlockBridge *FlockBridgeTransactorSession) TransferGuardian(newGuardian common.Address) (*types.Transaction, error) {
	return _FlockBridge.Contract.TransferGuardian(&_FlockBridge.TransactOpts, newGuardian)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_FlockBridge *FlockBridgeTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_FlockBridge *FlockBridgeSession) Unpause() (*types.Transaction, error) {
	return _FlockBridge.Contract.Unpause(&_FlockBridge.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_FlockBridge *FlockBridgeTransactorSession) Unpause() (*types.Transaction, error) {
	return _FlockBridge.Contract.Unpause(&_FlockBridge.TransactOpts)
}

// UpdateValset is a paid mutator transaction binding the contract method 0xa1d95814.
//
// Solidity: function updateValset((uint256,address[],uint256[]) newValset, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeTransactor) UpdateValset(opts *bind.TransactOpts, newValset FlockSignedValset, currentValset FlockSignedValset, sigs []FlockSignedSignature) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "updateValset", newValset, currentValset, sigs)
}

// UpdateValset is a paid mutator transaction binding the contract method 0xa1d95814.
//
// Solidity: function updateValset((uint256,address[],uint256[]) newValset, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeSession) UpdateValset(newValset FlockSignedValset, currentValset FlockSignedValset, sigs []FlockSignedSignature) (*types.Transaction, error) {
	return _FlockBridge.Contract.UpdateValset(&_FlockBridge.TransactOpts, newValset, currentValset, sigs)
}

// UpdateValset is a paid mutator transaction binding the contract method 0xa1d95814.
//
// Solidity: function updateValset((uint256,address[],uint256[]) newValset, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeTransactorSession) UpdateValset(newValset FlockSignedValset, currentValset FlockSignedValset, sigs []FlockSignedSignature) (*types.Transaction, error) {
	return _FlockBridge.Contract.UpdateValset(&_FlockBridge.TransactOpts, newValset, currentValset, sigs)
}

// VetoGuardianChange is a paid mutator transaction binding the contract method 0x370bd8cf.
//
// Solidity: function vetoGuardianChange() returns()
func (_FlockBridge *FlockBridgeTransactor) VetoGuardianChange(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "vetoGuardianChange")
}

// VetoGuardianChange is a paid mutator transaction binding the contract method 0x370bd8cf.
//
// Solidity: function vetoGuardianChange() returns()
func (_FlockBridge *FlockBridgeSession) VetoGuardianChange() (*types.Transaction, error) {
	return _FlockBridge.Contract.VetoGuardianChange(&_FlockBridge.TransactOpts)
}

// VetoGuardianChange is a paid mutator transaction binding the contract method 0x370bd8cf.
//
// Solidity: function vetoGuardianChange() returns()
func (_FlockBridge *FlockBridgeTransactorSession) VetoGuardianChange() (*types.Transaction, error) {
	return _FlockBridge.Contract.VetoGuardianChange(&_FlockBridge.TransactOpts)
}

// VetoSettlement is a paid mutator transaction binding the contract method 0x7f58f48c.
//
// Solidity: function vetoSettlement(uint256 epoch) returns()
func (_FlockBridge *FlockBridgeTransactor) VetoSettlement(opts *bind.TransactOpts, epoch *big.Int) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "vetoSettlement", epoch)
}

// VetoSettlement is a paid mutator transaction binding the contract method 0x7f58f48c.
//
// Solidity: function vetoSettlement(uint256 epoch) returns()
func (_FlockBridge *FlockBridgeSession) VetoSettlement(epoch *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.VetoSettlement(&_FlockBridge.TransactOpts, epoch)
}

// VetoSettlement is a paid mutator transaction binding the contract method 0x7f58f48c.
//
// Solidity: function vetoSettlement(uint256 epoch) returns()
func (_FlockBridge *FlockBridgeTransactorSession) VetoSettlement(epoch *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.VetoSettlement(&_FlockBridge.TransactOpts, epoch)
}

// VetoValset is a paid mutator transaction binding the contract method 0x70600251.
//
// Solidity: function vetoValset() returns()
func (_FlockBridge *FlockBridgeTransactor) VetoValset(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "vetoValset")
}

// VetoValset is a paid mutator transaction binding the contract method 0x70600251.
//
// Solidity: function vetoValset() returns()
func (_FlockBridge *FlockBridgeSession) VetoValset() (*types.Transaction, error) {
	return _FlockBridge.Contract.VetoValset(&_FlockBridge.TransactOpts)
}

// VetoValset is a paid mutator transaction binding the contract method 0x70600251.
//
// Solidity: function vetoValset() returns()
func (_FlockBridge *FlockBridgeTransactorSession) VetoValset() (*types.Transaction, error) {
	return _FlockBridge.Contract.VetoValset(&_FlockBridge.TransactOpts)
}

// FlockBridgeClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the FlockBridge contract.
type FlockBridgeClaimedIterator struct {
	Event *FlockBridgeClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeClaimed represents a Claimed event raised by the FlockBridge contract.
type FlockBridgeClaimed struct {
	Epoch   *big.Int
	Account common.Address
	Index   *big.Int
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac.
//
// Solidity: event Claimed(uint256 indexed epoch, address indexed account, uint256 index, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) FilterClaimed(opts *bind.FilterOpts, epoch []*big.Int, account []common.Address) (*FlockBridgeClaimedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "Claimed", epochRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeClaimedIterator{contract: _FlockBridge.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac.
//
// Solidity: event Claimed(uint256 indexed epoch, address indexed account, uint256 index, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *FlockBridgeClaimed, epoch []*big.Int, account []common.Address) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "Claimed", epochRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeClaimed)
				if err := _FlockBridge.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0xd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac.
//
// Solidity: event Claimed(uint256 indexed epoch, address indexed account, uint256 index, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) ParseClaimed(log types.Log) (*FlockBridgeClaimed, error) {
	event := new(FlockBridgeClaimed)
	if err := _FlockBridge.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the FlockBridge contract.
type FlockBridgeDepositedIterator struct {
	Event *FlockBridgeDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeDeposited represents a Deposited event raised by the FlockBridge contract.
type FlockBridgeDeposited struct {
	EventNonce *big.Int
	Sender     common.Address
	Recipient  string
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x76e246df70bace1d3b33a77ba0240b00d5e9d3759defa89c29105e8cf42ea9a2.
//
// Solidity: event Deposited(uint256 indexed eventNonce, address indexed sender, string recipient, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) FilterDeposited(opts *bind.FilterOpts, eventNonce []*big.Int, sender []common.Address) (*FlockBridgeDepositedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "Deposited", eventNonceRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeDepositedIterator{contract: _FlockBridge.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x76e246df70bace1d3b33a77ba0240b00d5e9d3759defa89c29105e8cf42ea9a2.
//
// Solidity: event Deposited(uint256 indexed eventNonce, address indexed sender, string recipient, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *FlockBridgeDeposited, eventNonce []*big.Int, sender []common.Address) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "Deposited", eventNonceRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeDeposited)
				if err := _FlockBridge.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x76e246df70bace1d3b33a77ba0240b00d5e9d3759defa89c29105e8cf42ea9a2.
//
// Solidity: event Deposited(uint256 indexed eventNonce, address indexed sender, string recipient, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) ParseDeposited(log types.Log) (*FlockBridgeDeposited, error) {
	event := new(FlockBridgeDeposited)
	if err := _FlockBridge.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeGuardianChangeProposedIterator is returned from FilterGuardianChangeProposed and is used to iterate over the raw logs and unpacked data for GuardianChangeProposed events raised by the FlockBridge contract.
type FlockBridgeGuardianChangeProposedIterator struct {
	Event *FlockBridgeGuardianChangeProposed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeGuardianChangeProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeGuardianChangeProposed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeGuardianChangeProposed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeGuardianChangeProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeGuardianChangeProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeGuardianChangeProposed represents a GuardianChangeProposed event raised by the FlockBridge contract.
type FlockBridgeGuardianChangeProposed struct {
	EventNonce          *big.Int
	GuardianChangeNonce *big.Int
	NewGuardian         common.Address
	ExecutableAt        *big.Int
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterGuardianChangeProposed is a free log retrieval operation binding the contract event 0x829d34d14069acf1db1758f28ed91ec631c4f567f6e1450380ccff5522c38460.
//
// Solidity: event GuardianChangeProposed(uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian, uint256 executableAt)
func (_FlockBridge *FlockBridgeFilterer) FilterGuardianChangeProposed(opts *bind.FilterOpts, eventNonce []*big.Int, guardianChangeNonce []*big.Int, newGuardian []common.Address) (*FlockBridgeGuardianChangeProposedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var guardianChangeNonceRule []interface{}
	for _, guardianChangeNonceItem := range guardianChangeNonce {
		guardianChangeNonceRule = append(guardianChangeNonceRule, guardianChangeNonceItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "GuardianChangeProposed", eventNonceRule, guardianChangeNonceRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeGuardianChangeProposedIterator{contract: _FlockBridge.contract, event: "GuardianChangeProposed", logs: logs, sub: sub}, nil
}

// WatchGuardianChangeProposed is a free log subscription operation binding the contract event 0x829d34d14069acf1db1758f28ed91ec631c4f567f6e1450380ccff5522c38460.
//
// Solidity: event GuardianChangeProposed(uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian, uint256 executableAt)
func (_FlockBridge *FlockBridgeFilterer) WatchGuardianChangeProposed(opts *bind.WatchOpts, sink chan<- *FlockBridgeGuardianChangeProposed, eventNonce []*big.Int, guardianChangeNonce []*big.Int, newGuardian []common.Address) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var guardianChangeNonceRule []interface{}
	for _, guardianChangeNonceItem := range guardianChangeNonce {
		guardianChangeNonceRule = append(guardianChangeNonceRule, guardianChangeNonceItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "GuardianChangeProposed", eventNonceRule, guardianChangeNonceRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeGuardianChangeProposed)
				if err := _FlockBridge.contract.UnpackLog(event, "GuardianChangeProposed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianChangeProposed is a log parse operation binding the contract event 0x829d34d14069acf1db1758f28ed91ec631c4f567f6e1450380ccff5522c38460.
//
// Solidity: event GuardianChangeProposed(uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian, uint256 executableAt)
func (_FlockBridge *FlockBridgeFilterer) ParseGuardianChangeProposed(log types.Log) (*FlockBridgeGuardianChangeProposed, error) {
	event := new(FlockBridgeGuardianChangeProposed)
	if err := _FlockBridge.contract.UnpackLog(event, "GuardianChangeProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeGuardianChangeVetoedIterator is returned from FilterGuardianChangeVetoed and is used to iterate over the raw logs and unpacked data for GuardianChangeVetoed events raised by the FlockBridge contract.
type FlockBridgeGuardianChangeVetoedIterator struct {
	Event *FlockBridgeGuardianChangeVetoed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeGuardianChangeVetoedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeGuardianChangeVetoed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeGuardianChangeVetoed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeGuardianChangeVetoedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeGuardianChangeVetoedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeGuardianChangeVetoed represents a GuardianChangeVetoed event raised by the FlockBridge contract.
type FlockBridgeGuardianChangeVetoed struct {
	EventNonce          *big.Int
	GuardianChangeNonce *big.Int
	NewGuardian         common.Address
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterGuardianChangeVetoed is a free log retrieval operation binding the contract event 0x943ab08b86e23dc42dee42dee9b833d8cde4d0460a9639a64132cfdf0727d5ae.
//
// Solidity: event GuardianChangeVetoed(uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) FilterGuardianChangeVetoed(opts *bind.FilterOpts, eventNonce []*big.Int, guardianChangeNonce []*big.Int, newGuardian []common.Address) (*FlockBridgeGuardianChangeVetoedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var guardianChangeNonceRule []interface{}
	for _, guardianChangeNonceItem := range guardianChangeNonce {
		guardianChangeNonceRule = append(guardianChangeNonceRule, guardianChangeNonceItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "GuardianChangeVetoed", eventNonceRule, guardianChangeNonceRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeGuardianChangeVetoedIterator{contract: _FlockBridge.contract, event: "GuardianChangeVetoed", logs: logs, sub: sub}, nil
}

// WatchGuardianChangeVetoed is a free log subscription operation binding the contract event 0x943ab08b86e23dc42dee42dee9b833d8cde4d0460a9639a64132cfdf0727d5ae.
//
// Solidity: event GuardianChangeVetoed(uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) WatchGuardianChangeVetoed(opts *bind.WatchOpts, sink chan<- *FlockBridgeGuardianChangeVetoed, eventNonce []*big.Int, guardianChangeNonce []*big.Int, newGuardian []common.Address) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var guardianChangeNonceRule []interface{}
	for _, guardianChangeNonceItem := range guardianChangeNonce {
		guardianChangeNonceRule = append(guardianChangeNonceRule, guardianChangeNonceItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "GuardianChangeVetoed", eventNonceRule, guardianChangeNonceRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeGuardianChangeVetoed)
				if err := _FlockBridge.contract.UnpackLog(event, "GuardianChangeVetoed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianChangeVetoed is a log parse operation binding the contract event 0x943ab08b86e23dc42dee42dee9b833d8cde4d0460a9639a64132cfdf0727d5ae.
//
// Solidity: event GuardianChangeVetoed(uint256 indexed eventNonce, uint256 indexed guardianChangeNonce, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) ParseGuardianChangeVetoed(log types.Log) (*FlockBridgeGuardianChangeVetoed, error) {
	event := new(FlockBridgeGuardianChangeVetoed)
	if err := _FlockBridge.contract.UnpackLog(event, "GuardianChangeVetoed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeGuardianTransferStartedIterator is returned from FilterGuardianTransferStarted and is used to iterate over the raw logs and unpacked data for GuardianTransferStarted events raised by the FlockBridge contract.
type FlockBridgeGuardianTransferStartedIterator struct {
	Event *FlockBridgeGuardianTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeGuardianTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeGuardianTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeGuardianTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeGuardianTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeGuardianTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeGuardianTransferStarted represents a GuardianTransferStarted event raised by the FlockBridge contract.
type FlockBridgeGuardianTransferStarted struct {
	Guardian        common.Address
	PendingGuardian common.Address
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterGuardianTransferStarted is a free log retrieval operation binding the contract event 0x112d7ce5d0717de1e8d403be44596423dc61e85438d8ba49eaf0d31b1992bce0.
//
// Solidity: event GuardianTransferStarted(address indexed guardian, address indexed pendingGuardian)
func (_FlockBridge *FlockBridgeFilterer) FilterGuardianTransferStarted(opts *bind.FilterOpts, guardian []common.Address, pendingGuardian []common.Address) (*FlockBridgeGuardianTransferStartedIterator, error) {

	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}
	var pendingGuardianRule []interface{}
	for _, pendingGuardianItem := range pendingGuardian {
		pendingGuardianRule = append(pendingGuardianRule, pendingGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "GuardianTransferStarted", guardianRule, pendingGuardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeGuardianTransferStartedIterator{contract: _FlockBridge.contract, event: "GuardianTransferStarted", logs: logs, sub: sub}, nil
}

// WatchGuardianTransferStarted is a free log subscription operation binding the contract event 0x112d7ce5d0717de1e8d403be44596423dc61e85438d8ba49eaf0d31b1992bce0.
//
// Solidity: event GuardianTransferStarted(address indexed guardian, address indexed pendingGuardian)
func (_FlockBridge *FlockBridgeFilterer) WatchGuardianTransferStarted(opts *bind.WatchOpts, sink chan<- *FlockBridgeGuardianTransferStarted, guardian []common.Address, pendingGuardian []common.Address) (event.Subscription, error) {

	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}
	var pendingGuardianRule []interface{}
	for _, pendingGuardianItem := range pendingGuardian {
		pendingGuardianRule = append(pendingGuardianRule, pendingGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "GuardianTransferStarted", guardianRule, pendingGuardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeGuardianTransferStarted)
				if err := _FlockBridge.contract.UnpackLog(event, "GuardianTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianTransferStarted is a log parse operation binding the contract event 0x112d7ce5d0717de1e8d403be44596423dc61e85438d8ba49eaf0d31b1992bce0.
//
// Solidity: event GuardianTransferStarted(address indexed guardian, address indexed pendingGuardian)
func (_FlockBridge *FlockBridgeFilterer) ParseGuardianTransferStarted(log types.Log) (*FlockBridgeGuardianTransferStarted, error) {
	event := new(FlockBridgeGuardianTransferStarted)
	if err := _FlockBridge.contract.UnpackLog(event, "GuardianTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeGuardianTransferredIterator is returned from FilterGuardianTransferred and is used to iterate over the raw logs and unpacked data for GuardianTransferred events raised by the FlockBridge contract.
type FlockBridgeGuardianTransferredIterator struct {
	Event *FlockBridgeGuardianTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeGuardianTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeGuardianTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeGuardianTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeGuardianTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeGuardianTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeGuardianTransferred represents a GuardianTransferred event raised by the FlockBridge contract.
type FlockBridgeGuardianTransferred struct {
	EventNonce       *big.Int
	PreviousGuardian common.Address
	NewGuardian      common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterGuardianTransferred is a free log retrieval operation binding the contract event 0x65c0d67b344beceb0960e7c35bcf120c3cb1bcce8b1e5626035554f2fdb180b7.
//
// Solidity: event GuardianTransferred(uint256 indexed eventNonce, address indexed previousGuardian, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) FilterGuardianTransferred(opts *bind.FilterOpts, eventNonce []*big.Int, previousGuardian []common.Address, newGuardian []common.Address) (*FlockBridgeGuardianTransferredIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var previousGuardianRule []interface{}
	for _, previousGuardianItem := range previousGuardian {
		previousGuardianRule = append(previousGuardianRule, previousGuardianItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "GuardianTransferred", eventNonceRule, previousGuardianRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeGuardianTransferredIterator{contract: _FlockBridge.contract, event: "GuardianTransferred", logs: logs, sub: sub}, nil
}

// WatchGuardianTransferred is a free log subscription operation binding the contract event 0x65c0d67b344beceb0960e7c35bcf120c3cb1bcce8b1e5626035554f2fdb180b7.
//
// Solidity: event GuardianTransferred(uint256 indexed eventNonce, address indexed previousGuardian, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) WatchGuardianTransferred(opts *bind.WatchOpts, sink chan<- *FlockBridgeGuardianTransferred, eventNonce []*big.Int, previousGuardian []common.Address, newGuardian []common.Address) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var previousGuardianRule []interface{}
	for _, previousGuardianItem := range previousGuardian {
		previousGuardianRule = append(previousGuardianRule, previousGuardianItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "GuardianTransferred", eventNonceRule, previousGuardianRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeGuardianTransferred)
				if err := _FlockBridge.contract.UnpackLog(event, "GuardianTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianTransferred is a log parse operation binding the contract event 0x65c0d67b344beceb0960e7c35bcf120c3cb1bcce8b1e5626035554f2fdb180b7.
//
// Solidity: event GuardianTransferred(uint256 indexed eventNonce, address indexed previousGuardian, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) ParseGuardianTransferred(log types.Log) (*FlockBridgeGuardianTransferred, error) {
	event := new(FlockBridgeGuardianTransferred)
	if err := _FlockBridge.contract.UnpackLog(event, "GuardianTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgePausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the FlockBridge contract.
type FlockBridgePausedIterator struct {
	Event *FlockBridgePaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgePausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgePaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgePaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgePausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgePausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgePaused represents a Paused event raised by the FlockBridge contract.
type FlockBridgePaused struct {
	Guardian common.Address
	Until    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed guardian, uint256 until)
func (_FlockBridge *FlockBridgeFilterer) FilterPaused(opts *bind.FilterOpts, guardian []common.Address) (*FlockBridgePausedIterator, error) {

	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "Paused", guardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgePausedIterator{contract: _FlockBridge.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed guardian, uint256 until)
func (_FlockBridge *FlockBridgeFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *FlockBridgePaused, guardian []common.Address) (event.Subscription, error) {

	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "Paused", guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgePaused)
				if err := _FlockBridge.contract.UnpackLog(event, "Paused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed guardian, uint256 until)
func (_FlockBridge *FlockBridgeFilterer) ParsePaused(log types.Log) (*FlockBridgePaused, error) {
	event := new(FlockBridgePaused)
	if err := _FlockBridge.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeRewardsFundedIterator is returned from FilterRewardsFunded and is used to iterate over the raw logs and unpacked data for RewardsFunded events raised by the FlockBridge contract.
type FlockBridgeRewardsFundedIterator struct {
	Event *FlockBridgeRewardsFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeRewardsFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeRewardsFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeRewardsFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeRewardsFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeRewardsFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeRewardsFunded represents a RewardsFunded event raised by the FlockBridge contract.
type FlockBridgeRewardsFunded struct {
	EventNonce *big.Int
	Funder     common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRewardsFunded is a free log retrieval operation binding the contract event 0xd65e73ab6c8a2b019bac3c904d08010658f22363849806ab17209ddf4108bdf7.
//
// Solidity: event RewardsFunded(uint256 indexed eventNonce, address indexed funder, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) FilterRewardsFunded(opts *bind.FilterOpts, eventNonce []*big.Int, funder []common.Address) (*FlockBridgeRewardsFundedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var funderRule []interface{}
	for _, funderItem := range funder {
		funderRule = append(funderRule, funderItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "RewardsFunded", eventNonceRule, funderRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeRewardsFundedIterator{contract: _FlockBridge.contract, event: "RewardsFunded", logs: logs, sub: sub}, nil
}

// WatchRewardsFunded is a free log subscription operation binding the contract event 0xd65e73ab6c8a2b019bac3c904d08010658f22363849806ab17209ddf4108bdf7.
//
// Solidity: event RewardsFunded(uint256 indexed eventNonce, address indexed funder, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) WatchRewardsFunded(opts *bind.WatchOpts, sink chan<- *FlockBridgeRewardsFunded, eventNonce []*big.Int, funder []common.Address) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var funderRule []interface{}
	for _, funderItem := range funder {
		funderRule = append(funderRule, funderItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "RewardsFunded", eventNonceRule, funderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeRewardsFunded)
				if err := _FlockBridge.contract.UnpackLog(event, "RewardsFunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardsFunded is a log parse operation binding the contract event 0xd65e73ab6c8a2b019bac3c904d08010658f22363849806ab17209ddf4108bdf7.
//
// Solidity: event RewardsFunded(uint256 indexed eventNonce, address indexed funder, uint256 amount)
func (_FlockBridge *FlockBridgeFilterer) ParseRewardsFunded(log types.Log) (*FlockBridgeRewardsFunded, error) {
	event := new(FlockBridgeRewardsFunded)
	if err := _FlockBridge.contract.UnpackLog(event, "RewardsFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeSettlementSubmittedIterator is returned from FilterSettlementSubmitted and is used to iterate over the raw logs and unpacked data for SettlementSubmitted events raised by the FlockBridge contract.
type FlockBridgeSettlementSubmittedIterator struct {
	Event *FlockBridgeSettlementSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeSettlementSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeSettlementSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeSettlementSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeSettlementSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeSettlementSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeSettlementSubmitted represents a SettlementSubmitted event raised by the FlockBridge contract.
type FlockBridgeSettlementSubmitted struct {
	EventNonce  *big.Int
	Epoch       *big.Int
	Root        [32]byte
	Total       *big.Int
	Count       *big.Int
	ClaimableAt *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterSettlementSubmitted is a free log retrieval operation binding the contract event 0x40aa738473aaa292e483fe0a3da8c7f928823c8a37af8ec8e94aacb623e6e8b5.
//
// Solidity: event SettlementSubmitted(uint256 indexed eventNonce, uint256 indexed epoch, bytes32 root, uint256 total, uint256 count, uint256 claimableAt)
func (_FlockBridge *FlockBridgeFilterer) FilterSettlementSubmitted(opts *bind.FilterOpts, eventNonce []*big.Int, epoch []*big.Int) (*FlockBridgeSettlementSubmittedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "SettlementSubmitted", eventNonceRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeSettlementSubmittedIterator{contract: _FlockBridge.contract, event: "SettlementSubmitted", logs: logs, sub: sub}, nil
}

// WatchSettlementSubmitted is a free log subscription operation binding the contract event 0x40aa738473aaa292e483fe0a3da8c7f928823c8a37af8ec8e94aacb623e6e8b5.
//
// Solidity: event SettlementSubmitted(uint256 indexed eventNonce, uint256 indexed epoch, bytes32 root, uint256 total, uint256 count, uint256 claimableAt)
func (_FlockBridge *FlockBridgeFilterer) WatchSettlementSubmitted(opts *bind.WatchOpts, sink chan<- *FlockBridgeSettlementSubmitted, eventNonce []*big.Int, epoch []*big.Int) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "SettlementSubmitted", eventNonceRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeSettlementSubmitted)
				if err := _FlockBridge.contract.UnpackLog(event, "SettlementSubmitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSettlementSubmitted is a log parse operation binding the contract event 0x40aa738473aaa292e483fe0a3da8c7f928823c8a37af8ec8e94aacb623e6e8b5.
//
// Solidity: event SettlementSubmitted(uint256 indexed eventNonce, uint256 indexed epoch, bytes32 root, uint256 total, uint256 count, uint256 claimableAt)
func (_FlockBridge *FlockBridgeFilterer) ParseSettlementSubmitted(log types.Log) (*FlockBridgeSettlementSubmitted, error) {
	event := new(FlockBridgeSettlementSubmitted)
	if err := _FlockBridge.contract.UnpackLog(event, "SettlementSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeSettlementVetoedIterator is returned from FilterSettlementVetoed and is used to iterate over the raw logs and unpacked data for SettlementVetoed events raised by the FlockBridge contract.
type FlockBridgeSettlementVetoedIterator struct {
	Event *FlockBridgeSettlementVetoed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeSettlementVetoedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeSettlementVetoed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeSettlementVetoed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeSettlementVetoedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeSettlementVetoedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeSettlementVetoed represents a SettlementVetoed event raised by the FlockBridge contract.
type FlockBridgeSettlementVetoed struct {
	EventNonce *big.Int
	Epoch      *big.Int
	Paid       *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSettlementVetoed is a free log retrieval operation binding the contract event 0x1e42261369207944a0c9f8f55db3facf472c652778816d5696ab40f2e4cdd35f.
//
// Solidity: event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 paid)
func (_FlockBridge *FlockBridgeFilterer) FilterSettlementVetoed(opts *bind.FilterOpts, eventNonce []*big.Int, epoch []*big.Int) (*FlockBridgeSettlementVetoedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "SettlementVetoed", eventNonceRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeSettlementVetoedIterator{contract: _FlockBridge.contract, event: "SettlementVetoed", logs: logs, sub: sub}, nil
}

// WatchSettlementVetoed is a free log subscription operation binding the contract event 0x1e42261369207944a0c9f8f55db3facf472c652778816d5696ab40f2e4cdd35f.
//
// Solidity: event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 paid)
func (_FlockBridge *FlockBridgeFilterer) WatchSettlementVetoed(opts *bind.WatchOpts, sink chan<- *FlockBridgeSettlementVetoed, eventNonce []*big.Int, epoch []*big.Int) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "SettlementVetoed", eventNonceRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeSettlementVetoed)
				if err := _FlockBridge.contract.UnpackLog(event, "SettlementVetoed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSettlementVetoed is a log parse operation binding the contract event 0x1e42261369207944a0c9f8f55db3facf472c652778816d5696ab40f2e4cdd35f.
//
// Solidity: event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 paid)
func (_FlockBridge *FlockBridgeFilterer) ParseSettlementVetoed(log types.Log) (*FlockBridgeSettlementVetoed, error) {
	event := new(FlockBridgeSettlementVetoed)
	if err := _FlockBridge.contract.UnpackLog(event, "SettlementVetoed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the FlockBridge contract.
type FlockBridgeUnpausedIterator struct {
	Event *FlockBridgeUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeUnpaused represents a Unpaused event raised by the FlockBridge contract.
type FlockBridgeUnpaused struct {
	Guardian common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed guardian)
func (_FlockBridge *FlockBridgeFilterer) FilterUnpaused(opts *bind.FilterOpts, guardian []common.Address) (*FlockBridgeUnpausedIterator, error) {

	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "Unpaused", guardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeUnpausedIterator{contract: _FlockBridge.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed guardian)
func (_FlockBridge *FlockBridgeFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *FlockBridgeUnpaused, guardian []common.Address) (event.Subscription, error) {

	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "Unpaused", guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeUnpaused)
				if err := _FlockBridge.contract.UnpackLog(event, "Unpaused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed guardian)
func (_FlockBridge *FlockBridgeFilterer) ParseUnpaused(log types.Log) (*FlockBridgeUnpaused, error) {
	event := new(FlockBridgeUnpaused)
	if err := _FlockBridge.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeValsetProposedIterator is returned from FilterValsetProposed and is used to iterate over the raw logs and unpacked data for ValsetProposed events raised by the FlockBridge contract.
type FlockBridgeValsetProposedIterator struct {
	Event *FlockBridgeValsetProposed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeValsetProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeValsetProposed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeValsetProposed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeValsetProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeValsetProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeValsetProposed represents a ValsetProposed event raised by the FlockBridge contract.
type FlockBridgeValsetProposed struct {
	EventNonce  *big.Int
	ValsetNonce *big.Int
	Checkpoint  [32]byte
	Signers     []common.Address
	Powers      []*big.Int
	ActivatesAt *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterValsetProposed is a free log retrieval operation binding the contract event 0xe8ef055bf2a31fd3fd0d35092ce34c23b2c9fe267b796ffa19b9e16be817253f.
//
// Solidity: event ValsetProposed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint, address[] signers, uint256[] powers, uint256 activatesAt)
func (_FlockBridge *FlockBridgeFilterer) FilterValsetProposed(opts *bind.FilterOpts, eventNonce []*big.Int, valsetNonce []*big.Int) (*FlockBridgeValsetProposedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var valsetNonceRule []interface{}
	for _, valsetNonceItem := range valsetNonce {
		valsetNonceRule = append(valsetNonceRule, valsetNonceItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "ValsetProposed", eventNonceRule, valsetNonceRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeValsetProposedIterator{contract: _FlockBridge.contract, event: "ValsetProposed", logs: logs, sub: sub}, nil
}

// WatchValsetProposed is a free log subscription operation binding the contract event 0xe8ef055bf2a31fd3fd0d35092ce34c23b2c9fe267b796ffa19b9e16be817253f.
//
// Solidity: event ValsetProposed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint, address[] signers, uint256[] powers, uint256 activatesAt)
func (_FlockBridge *FlockBridgeFilterer) WatchValsetProposed(opts *bind.WatchOpts, sink chan<- *FlockBridgeValsetProposed, eventNonce []*big.Int, valsetNonce []*big.Int) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var valsetNonceRule []interface{}
	for _, valsetNonceItem := range valsetNonce {
		valsetNonceRule = append(valsetNonceRule, valsetNonceItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "ValsetProposed", eventNonceRule, valsetNonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeValsetProposed)
				if err := _FlockBridge.contract.UnpackLog(event, "ValsetProposed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValsetProposed is a log parse operation binding the contract event 0xe8ef055bf2a31fd3fd0d35092ce34c23b2c9fe267b796ffa19b9e16be817253f.
//
// Solidity: event ValsetProposed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint, address[] signers, uint256[] powers, uint256 activatesAt)
func (_FlockBridge *FlockBridgeFilterer) ParseValsetProposed(log types.Log) (*FlockBridgeValsetProposed, error) {
	event := new(FlockBridgeValsetProposed)
	if err := _FlockBridge.contract.UnpackLog(event, "ValsetProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeValsetUpdatedIterator is returned from FilterValsetUpdated and is used to iterate over the raw logs and unpacked data for ValsetUpdated events raised by the FlockBridge contract.
type FlockBridgeValsetUpdatedIterator struct {
	Event *FlockBridgeValsetUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeValsetUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeValsetUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeValsetUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeValsetUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeValsetUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeValsetUpdated represents a ValsetUpdated event raised by the FlockBridge contract.
type FlockBridgeValsetUpdated struct {
	EventNonce  *big.Int
	ValsetNonce *big.Int
	Checkpoint  [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterValsetUpdated is a free log retrieval operation binding the contract event 0x0d9ce247f9fb497a47c503e3deb07a57a6ec7ffff3269045be30b8452af4d3da.
//
// Solidity: event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint)
func (_FlockBridge *FlockBridgeFilterer) FilterValsetUpdated(opts *bind.FilterOpts, eventNonce []*big.Int, valsetNonce []*big.Int) (*FlockBridgeValsetUpdatedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var valsetNonceRule []interface{}
	for _, valsetNonceItem := range valsetNonce {
		valsetNonceRule = append(valsetNonceRule, valsetNonceItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "ValsetUpdated", eventNonceRule, valsetNonceRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeValsetUpdatedIterator{contract: _FlockBridge.contract, event: "ValsetUpdated", logs: logs, sub: sub}, nil
}

// WatchValsetUpdated is a free log subscription operation binding the contract event 0x0d9ce247f9fb497a47c503e3deb07a57a6ec7ffff3269045be30b8452af4d3da.
//
// Solidity: event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint)
func (_FlockBridge *FlockBridgeFilterer) WatchValsetUpdated(opts *bind.WatchOpts, sink chan<- *FlockBridgeValsetUpdated, eventNonce []*big.Int, valsetNonce []*big.Int) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var valsetNonceRule []interface{}
	for _, valsetNonceItem := range valsetNonce {
		valsetNonceRule = append(valsetNonceRule, valsetNonceItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "ValsetUpdated", eventNonceRule, valsetNonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeValsetUpdated)
				if err := _FlockBridge.contract.UnpackLog(event, "ValsetUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValsetUpdated is a log parse operation binding the contract event 0x0d9ce247f9fb497a47c503e3deb07a57a6ec7ffff3269045be30b8452af4d3da.
//
// Solidity: event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint)
func (_FlockBridge *FlockBridgeFilterer) ParseValsetUpdated(log types.Log) (*FlockBridgeValsetUpdated, error) {
	event := new(FlockBridgeValsetUpdated)
	if err := _FlockBridge.contract.UnpackLog(event, "ValsetUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockBridgeValsetVetoedIterator is returned from FilterValsetVetoed and is used to iterate over the raw logs and unpacked data for ValsetVetoed events raised by the FlockBridge contract.
type FlockBridgeValsetVetoedIterator struct {
	Event *FlockBridgeValsetVetoed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockBridgeValsetVetoedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockBridgeValsetVetoed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockBridgeValsetVetoed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockBridgeValsetVetoedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockBridgeValsetVetoedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockBridgeValsetVetoed represents a ValsetVetoed event raised by the FlockBridge contract.
type FlockBridgeValsetVetoed struct {
	EventNonce  *big.Int
	ValsetNonce *big.Int
	Checkpoint  [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterValsetVetoed is a free log retrieval operation binding the contract event 0x6843ead5945150c011760639e8a7b7852e5b476a87e92ade14955712f1c9b588.
//
// Solidity: event ValsetVetoed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint)
func (_FlockBridge *FlockBridgeFilterer) FilterValsetVetoed(opts *bind.FilterOpts, eventNonce []*big.Int, valsetNonce []*big.Int) (*FlockBridgeValsetVetoedIterator, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var valsetNonceRule []interface{}
	for _, valsetNonceItem := range valsetNonce {
		valsetNonceRule = append(valsetNonceRule, valsetNonceItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "ValsetVetoed", eventNonceRule, valsetNonceRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeValsetVetoedIterator{contract: _FlockBridge.contract, event: "ValsetVetoed", logs: logs, sub: sub}, nil
}

// WatchValsetVetoed is a free log subscription operation binding the contract event 0x6843ead5945150c011760639e8a7b7852e5b476a87e92ade14955712f1c9b588.
//
// Solidity: event ValsetVetoed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint)
func (_FlockBridge *FlockBridgeFilterer) WatchValsetVetoed(opts *bind.WatchOpts, sink chan<- *FlockBridgeValsetVetoed, eventNonce []*big.Int, valsetNonce []*big.Int) (event.Subscription, error) {

	var eventNonceRule []interface{}
	for _, eventNonceItem := range eventNonce {
		eventNonceRule = append(eventNonceRule, eventNonceItem)
	}
	var valsetNonceRule []interface{}
	for _, valsetNonceItem := range valsetNonce {
		valsetNonceRule = append(valsetNonceRule, valsetNonceItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "ValsetVetoed", eventNonceRule, valsetNonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockBridgeValsetVetoed)
				if err := _FlockBridge.contract.UnpackLog(event, "ValsetVetoed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValsetVetoed is a log parse operation binding the contract event 0x6843ead5945150c011760639e8a7b7852e5b476a87e92ade14955712f1c9b588.
//
// Solidity: event ValsetVetoed(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint)
func (_FlockBridge *FlockBridgeFilterer) ParseValsetVetoed(log types.Log) (*FlockBridgeValsetVetoed, error) {
	event := new(FlockBridgeValsetVetoed)
	if err := _FlockBridge.contract.UnpackLog(event, "ValsetVetoed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockTokenMetaData contains all meta data concerning the FlockToken contract.
var FlockTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052346103b857610b9f6040813803918261001c816103bc565b9384928339810103126103b85780516001600160a01b03811691908290036103b8576020015161004c60406103bc565b916012835271233637b1b5902232bb3732ba102a37b5b2b760711b602084015261007660406103bc565b6005815264464c4f434b60d81b602082015283519092906001600160401b0381116102c957600354600181811c911680156103ae575b60208210146102ab57601f811161034b575b50602094601f82116001146102e8579481929394955f926102dd575b50508160011b915f199060031b1c1916176003555b82516001600160401b0381116102c957600454600181811c911680156102bf575b60208210146102ab57601f8111610248575b506020601f82116001146101e557819293945f926101da575b50508160011b915f199060031b1c1916176004555b81156101c757600254908082018092116101b35760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a36040516107bd90816103e28239f35b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b015190505f8061013b565b601f1982169060045f52805f20915f5b81811061023057509583600195969710610218575b505050811b01600455610150565b01515f1960f88460031b161c191690555f808061020a565b9192602060018192868b0151815501940192016101f5565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106102a1575b601f0160051c01905b8181106102965750610122565b5f8155600101610289565b9091508190610280565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610110565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100da565b601f1982169560035f52805f20915f5b8881106103335750836001959697981061031b575b505050811b016003556100ef565b01515f1960f88460031b161c191690555f808061030d565b919260206001819286850151815501940192016102f8565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c810191602084106103a4575b601f0160051c01905b81811061039957506100be565b5f815560010161038c565b9091508190610383565b90607f16906100ac565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102c95760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461051e57508063095ea7b31461048f57806318160ddd1461047257806323b872dd146102fc578063313ce567146102e157806370a082311461029d57806395d89b4114610122578063a9059cbb146100f15763dd62ed3e1461007f575f80fd5b346100ed5760406003193601126100ed5761009861061f565b73ffffffffffffffffffffffffffffffffffffffff6100b5610642565b91165f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100ed5760406003193601126100ed5761011761010d61061f565b6024359033610665565b602060405160018152f35b346100ed575f6003193601126100ed576040515f600454908160011c60018316928315610293575b60208210841461026657818552849390811561022457506001146101c8575b5003601f01601f191681019067ffffffffffffffff82118183101761019b57610197829182604052826105f5565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60045f90815291507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5b8183106102085750508101602001601f19610169565b60209193508060019154838588010152019101909183926101f2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208581019190915291151560051b84019091019150601f199050610169565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b90607f169061014a565b346100ed5760206003193601126100ed5773ffffffffffffffffffffffffffffffffffffffff6102cb61061f565b165f525f602052602060405f2054604051908152f35b346100ed575f6003193601126100ed57602060405160128152f35b346100ed5760606003193601126100ed5761031561061f565b61031d610642565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110610399575b506101179350610665565b83811061043e5784156104125733156103e657610117945f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f526020528360405f20910390558461038e565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100ed575f6003193601126100ed576020600254604051908152f35b346100ed5760406003193601126100ed576104a861061f565b6024359033156104125773ffffffffffffffffffffffffffffffffffffffff169081156103e657335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100ed575f6003193601126100ed575f600354908160011c600183169283156105eb575b602082108414610266578185528493908115610224575060011461058f575003601f01601f191681019067ffffffffffffffff82118183101761019b57610197829182604052826105f5565b60035f90815291507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5b8183106105cf5750508101602001601f19610169565b60209193508060019154838588010152019101909183926105b9565b90607f1690610543565b601f19601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100ed57565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100ed57565b73ffffffffffffffffffffffffffffffffffffffff1690811561075b5773ffffffffffffffffffffffffffffffffffffffff1691821561072f57815f525f60205260405f20548181106106fd57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffdfea2646970667358221220e5495e61ce5a41a5f6ff74eff5232db1d61d4efabeb6640dc59a558405d2859264736f6c634300081c0033",
}

// FlockTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use FlockTokenMetaData.ABI instead.
var FlockTokenABI = FlockTokenMetaData.ABI

// FlockTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FlockTokenMetaData.Bin instead.
var FlockTokenBin = FlockTokenMetaData.Bin

// DeployFlockToken deploys a new Ethereum contract, binding an instance of FlockToken to it.
func DeployFlockToken(auth *bind.TransactOpts, backend bind.ContractBackend, holder common.Address, supply *big.Int) (common.Address, *types.Transaction, *FlockToken, error) {
	parsed, err := FlockTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FlockTokenBin), backend, holder, supply)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FlockToken{FlockTokenCaller: FlockTokenCaller{contract: contract}, FlockTokenTransactor: FlockTokenTransactor{contract: contract}, FlockTokenFilterer: FlockTokenFilterer{contract: contract}}, nil
}

// FlockToken is an auto generated Go binding around an Ethereum contract.
type FlockToken struct {
	FlockTokenCaller     // Read-only binding to the contract
	FlockTokenTransactor // Write-only binding to the contract
	FlockTokenFilterer   // Log filterer for contract events
}

// FlockTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type FlockTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FlockTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FlockTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FlockTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FlockTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FlockTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FlockTokenSession struct {
	Contract     *FlockToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FlockTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FlockTokenCallerSession struct {
	Contract *FlockTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// FlockTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FlockTokenTransactorSession struct {
	Contract     *FlockTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// FlockTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type FlockTokenRaw struct {
	Contract *FlockToken // Generic contract binding to access the raw methods on
}

// FlockTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FlockTokenCallerRaw struct {
	Contract *FlockTokenCaller // Generic read-only contract binding to access the raw methods on
}

// FlockTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FlockTokenTransactorRaw struct {
	Contract *FlockTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFlockToken creates a new instance of FlockToken, bound to a specific deployed contract.
func NewFlockToken(address common.Address, backend bind.ContractBackend) (*FlockToken, error) {
	contract, err := bindFlockToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FlockToken{FlockTokenCaller: FlockTokenCaller{contract: contract}, FlockTokenTransactor: FlockTokenTransactor{contract: contract}, FlockTokenFilterer: FlockTokenFilterer{contract: contract}}, nil
}

// NewFlockTokenCaller creates a new read-only instance of FlockToken, bound to a specific deployed contract.
func NewFlockTokenCaller(address common.Address, caller bind.ContractCaller) (*FlockTokenCaller, error) {
	contract, err := bindFlockToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FlockTokenCaller{contract: contract}, nil
}

// NewFlockTokenTransactor creates a new write-only instance of FlockToken, bound to a specific deployed contract.
func NewFlockTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*FlockTokenTransactor, error) {
	contract, err := bindFlockToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FlockTokenTransactor{contract: contract}, nil
}

// NewFlockTokenFilterer creates a new log filterer instance of FlockToken, bound to a specific deployed contract.
func NewFlockTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*FlockTokenFilterer, error) {
	contract, err := bindFlockToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FlockTokenFilterer{contract: contract}, nil
}

// bindFlockToken binds a generic wrapper to an already deployed contract.
func bindFlockToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FlockTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FlockToken *FlockTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FlockToken.Contract.FlockTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FlockToken *FlockTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockToken.Contract.FlockTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FlockToken *FlockTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FlockToken.Contract.FlockTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FlockToken *FlockTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FlockToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FlockToken *FlockTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FlockToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FlockToken *FlockTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FlockToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FlockToken *FlockTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FlockToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FlockToken *FlockTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _FlockToken.Contract.Allowance(&_FlockToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FlockToken *FlockTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _FlockToken.Contract.Allowance(&_FlockToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FlockToken *FlockTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FlockToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FlockToken *FlockTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _FlockToken.Contract.BalanceOf(&_FlockToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FlockToken *FlockTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _FlockToken.Contract.BalanceOf(&_FlockToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FlockToken *FlockTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FlockToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FlockToken *FlockTokenSession) Decimals() (uint8, error) {
	return _FlockToken.Contract.Decimals(&_FlockToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FlockToken *FlockTokenCallerSession) Decimals() (uint8, error) {
	return _FlockToken.Contract.Decimals(&_FlockToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FlockToken *FlockTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FlockToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FlockToken *FlockTokenSession) Name() (string, error) {
	return _FlockToken.Contract.Name(&_FlockToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FlockToken *FlockTokenCallerSession) Name() (string, error) {
	return _FlockToken.Contract.Name(&_FlockToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FlockToken *FlockTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FlockToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FlockToken *FlockTokenSession) Symbol() (string, error) {
	return _FlockToken.Contract.Symbol(&_FlockToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FlockToken *FlockTokenCallerSession) Symbol() (string, error) {
	return _FlockToken.Contract.Symbol(&_FlockToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FlockToken *FlockTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FlockToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FlockToken *FlockTokenSession) TotalSupply() (*big.Int, error) {
	return _FlockToken.Contract.TotalSupply(&_FlockToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FlockToken *FlockTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _FlockToken.Contract.TotalSupply(&_FlockToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FlockToken *FlockTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FlockToken *FlockTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.Contract.Approve(&_FlockToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FlockToken *FlockTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.Contract.Approve(&_FlockToken.TransactOpts, spender, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FlockToken *FlockTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FlockToken *FlockTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.Contract.Transfer(&_FlockToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FlockToken *FlockTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.Contract.Transfer(&_FlockToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FlockToken *FlockTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FlockToken *FlockTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.Contract.TransferFrom(&_FlockToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FlockToken *FlockTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FlockToken.Contract.TransferFrom(&_FlockToken.TransactOpts, from, to, value)
}

// FlockTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the FlockToken contract.
type FlockTokenApprovalIterator struct {
	Event *FlockTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockTokenApproval represents a Approval event raised by the FlockToken contract.
type FlockTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FlockToken *FlockTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*FlockTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _FlockToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &FlockTokenApprovalIterator{contract: _FlockToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FlockToken *FlockTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *FlockTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _FlockToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockTokenApproval)
				if err := _FlockToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FlockToken *FlockTokenFilterer) ParseApproval(log types.Log) (*FlockTokenApproval, error) {
	event := new(FlockTokenApproval)
	if err := _FlockToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the FlockToken contract.
type FlockTokenTransferIterator struct {
	Event *FlockTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *FlockTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FlockTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(FlockTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *FlockTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FlockTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FlockTokenTransfer represents a Transfer event raised by the FlockToken contract.
type FlockTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FlockToken *FlockTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*FlockTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _FlockToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &FlockTokenTransferIterator{contract: _FlockToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FlockToken *FlockTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *FlockTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _FlockToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FlockTokenTransfer)
				if err := _FlockToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FlockToken *FlockTokenFilterer) ParseTransfer(log types.Log) (*FlockTokenTransfer, error) {
	event := new(FlockTokenTransfer)
	if err := _FlockToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
