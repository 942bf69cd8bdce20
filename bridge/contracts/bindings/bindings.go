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

// FlockBridgeSignature is an auto generated low-level Go binding around an user-defined struct.
type FlockBridgeSignature struct {
	SignerIndex *big.Int
	R           [32]byte
	Vs          [32]byte
}

// FlockBridgeValset is an auto generated low-level Go binding around an user-defined struct.
type FlockBridgeValset struct {
	Nonce   *big.Int
	Signers []common.Address
	Powers  []*big.Int
}

// FlockBridgeMetaData contains all meta data concerning the FlockBridge contract.
var FlockBridgeMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"bridgeId_\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"claimDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSettlementTotal_\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockBridge.Valset\",\"name\":\"initialValset\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BridgePaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"}],\"name\":\"ClaimTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"power\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientPower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InvalidValsetSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaims\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PayoutCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"SettlementIsVetoed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SettlementOverdrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"}],\"name\":\"SignerIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastEpoch\",\"type\":\"uint256\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"}],\"name\":\"StaleValsetNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"UnknownSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"powers\",\"type\":\"uint256\"}],\"name\":\"ValsetLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"ValsetNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"ValsetPowerTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"ValsetPowerTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"VetoWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"ZeroPower\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pendingGuardian\",\"type\":\"address\"}],\"name\":\"GuardianTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGuardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"GuardianTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"}],\"name\":\"SettlementSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unclaimed\",\"type\":\"uint256\"}],\"name\":\"SettlementVetoed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"eventNonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"valsetNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checkpoint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"name\":\"ValsetUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALSET_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POWER_THRESHOLD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POWER_TOTAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLEMENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALSET_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridgeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFlockBridge.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eventNonce\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastEpoch\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSettlementTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGuardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"settlementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"settlements\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"total\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"claimableAt\",\"type\":\"uint32\"},{\"internalType\":\"uint24\",\"name\":\"count\",\"type\":\"uint24\"},{\"internalType\":\"bool\",\"name\":\"vetoed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockBridge.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structFlockBridge.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"submitSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"transferGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockBridge.Valset\",\"name\":\"newValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockBridge.Valset\",\"name\":\"currentValset\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signerIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structFlockBridge.Signature[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"updateValset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockBridge.Valset\",\"name\":\"vs\",\"type\":\"tuple\"}],\"name\":\"valsetCheckpointOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"internalType\":\"structFlockBridge.Valset\",\"name\":\"vs\",\"type\":\"tuple\"}],\"name\":\"valsetDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valsetNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"vetoSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051613efa380380613efa83398101604081905261002f916104d3565b6001600160a01b038616158061004c57506001600160a01b038416155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b841580610079575062278d0083115b80610082575081155b8061009357506001600160601b0382115b156100b1576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b0386811660805260a08690525f80546001600160a01b03191691861691909117905560c083905260e08290526100ed81610159565b5f6100f78261030c565b6003819055825160048190556020840151604080860151905193945091925f927fb7c1c31fbf50977fe6469a7424df4c4c51ad135ee79cb3be5fe3bd463278956b9261014592879290610615565b60405180910390a350505050505050610747565b60208101515180158061016d575061010081115b1561019357604051632191d23360e11b8152600481018290526024015b60405180910390fd5b80826040015151146101ca5780826040015151604051630b6b224160e21b815260040161018a929190918252602082015260400190565b5f5f5f5b838110156102b5575f856020015182815181106101ed576101ed6106a6565b60200260200101519050836001600160a01b0316816001600160a01b03161161022c5760405163644cb93560e11b81526004810183905260240161018a565b8093505f86604001518381518110610246576102466106a6565b60200260200101519050805f03610273576040516328baf61b60e21b81526004810184905260240161018a565b64010000000081111561029c57604051632b64274360e01b81526004810182905260240161018a565b6102a681856106ba565b935050508060010190506101ce565b506401000000008111156102df57604051632b64274360e01b81526004810182905260240161018a565b63aaaaaaaa81116103065760405163f987ab3560e01b81526004810182905260240161018a565b50505050565b5f7fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a7825f0151836020015160405160200161034791906106df565b604051602081830303815290604052805190602001208460400151604051602001610372919061071d565b60408051601f198184030181528282528051602091820120908301959095528101929092526060820152608081019190915260a001604051602081830303815290604052805190602001209050919050565b6001600160a01b03811681146103d8575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715610411576104116103db565b60405290565b604051601f8201601f191681016001600160401b038111828210171561043f5761043f6103db565b604052919050565b5f6001600160401b0382111561045f5761045f6103db565b5060051b60200190565b5f82601f830112610478575f5ffd5b815161048b61048682610447565b610417565b8082825260208201915060208360051b8601019250858311156104ac575f5ffd5b602085015b838110156104c95780518352602092830192016104b1565b5095945050505050565b5f5f5f5f5f5f60c087890312156104e8575f5ffd5b86516104f3816103c4565b60208801516040890151919750955061050b816103c4565b6060880151608089015160a08a015192965090945092506001600160401b03811115610535575f5ffd5b87016060818a031215610546575f5ffd5b61054e6103ef565b8151815260208201516001600160401b0381111561056a575f5ffd5b8201601f81018b1361057a575f5ffd5b805161058861048682610447565b8082825260208201915060208360051b85010192508d8311156105a9575f5ffd5b6020840193505b828410156105d45783516105c3816103c4565b8252602093840193909101906105b0565b602085015250505060408201516001600160401b038111156105f4575f5ffd5b6106008b828501610469565b60408301525080925050509295509295509295565b5f60608201858352606060208401528085518083526080850191506020870192505f5b8181101561065f5783516001600160a01b0316835260209384019390920191600101610638565b50508381036040850152845180825260209182019250908501905f5b8181101561069957825184526020938401939092019160010161067b565b5091979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156106d957634e487b7160e01b5f52601160045260245ffd5b92915050565b81515f90829060208501835b828110156107125781516001600160a01b03168452602093840193909101906001016106eb565b509195945050505050565b81515f90829060208501835b82811015610712578151845260209384019390910190600101610729565b60805160a05160c05160e05161373a6107c05f395f818161048801528181610cb00152610d0501525f81816103f90152610d4e01525f818161063f015281816106ea0152611d3401525f81816107330152818161093f01528181610b130152818161205f015281816120e4015261213c015261373a5ff3fe608060405234801561000f575f5ffd5b506004361061021b575f3560e01c80636ab2a34b11610123578063a1d95814116100b8578063f1215d2511610088578063f570bb361161006e578063f570bb361461063a578063f698da2514610661578063fc0c546a1461072e575f5ffd5b8063f1215d25146105ec578063f364c90c146105ff575f5ffd5b8063a1d9581414610597578063a5f31d61146105aa578063b1fb79c0146105b2578063e1811d6c146105d9575f5ffd5b80638456cb59116100f35780638456cb591461055e57806391cfb8471461056657806393707a19146105795780639409bcb01461058c575f5ffd5b80636ab2a34b146104f15780636b7753de14610518578063762c31ba1461052b5780637f58f48c1461054b575f5ffd5b80631c3e6ee6116101b3578063452a9320116101835780634810aace116101695780634810aace146104835780635c975abb146104aa5780635d4df3bf146104de575f5ffd5b8063452a932014610436578063467ceea31461047a575f5ffd5b80631c3e6ee6146103d85780631c8ec299146103f4578063341abcd01461041b5780633f4ba83a1461042e575f5ffd5b8063091954cd116101ee578063091954cd1461039d5780630c9903e2146103b257806312ea09ff146103c557806319b5e247146103cf575f5ffd5b806306110a761461021f57806306a4c9831461023b57806308df7dc81461028c57806308f3d57814610391575b5f5ffd5b61022860035481565b6040519081526020015b60405180910390f35b60025461026b9070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1681565b6040516fffffffffffffffffffffffffffffffff9091168152602001610232565b61034661029a366004612d5b565b60056020525f9081526040902080546001909101546bffffffffffffffffffffffff808216916c010000000000000000000000008104909116907801000000000000000000000000000000000000000000000000810463ffffffff16907c0100000000000000000000000000000000000000000000000000000000810462ffffff16907f0100000000000000000000000000000000000000000000000000000000000000900460ff1686565b604080519687526bffffffffffffffffffffffff9586166020880152939094169285019290925263ffffffff16606084015262ffffff166080830152151560a082015260c001610232565b61022864010000000081565b6103b06103ab366004612d9a565b610755565b005b6103b06103c0366004612dfb565b61081c565b61022862278d0081565b61022860045481565b60025461026b906fffffffffffffffffffffffffffffffff1681565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b610228610429366004612e4a565b610981565b6103b0610999565b5f546104559073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610232565b61022861010081565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b5f546104ce9074010000000000000000000000000000000000000000900460ff1681565b6040519015158152602001610232565b6103b06104ec366004612e84565b610a8f565b6102287fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a781565b6103b0610526366004612f31565b610b4a565b6001546104559073ffffffffffffffffffffffffffffffffffffffff1681565b6103b0610559366004612d5b565b610f9d565b6103b0611223565b610228610574366004612e4a565b611331565b6103b0610587366004612d5b565b61133b565b61022863aaaaaaaa81565b6103b06105a5366004612fbb565b61148c565b6103b0611613565b6102287f54d2d08f29fecb05e2cdfea081e7cb633ff86c180c83a98bd69b0d3be09941bc81565b6102286105e736600461304c565b6116ec565b6103b06105fa36600461307b565b61175e565b6104ce61060d3660046130f2565b5f828152600660209081526040808320600885901c8452909152902054600160ff83161b16151592915050565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b610228604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647260208201527fc8deffe16e3caccd18828f2337422ca80dcc225f1b60edf7177798c252d38c0e918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c08201525f9060e00160405160208183030381529060405280519060200120905090565b6104557f000000000000000000000000000000000000000000000000000000000000000081565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146107ac576040517fa252c1510000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff831690811790915560405133907f112d7ce5d0717de1e8d403be44596423dc61e85438d8ba49eaf0d31b1992bce0905f90a350565b6108246118f3565b5f5474010000000000000000000000000000000000000000900460ff1615610878576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f8190036108b3576040517fe120557300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b8181101561097357368484838181106108d0576108d0613112565b90506020028101906108e2919061313f565b9050610915813560208301356108fe6060850160408601612d9a565b6060850135610910608087018761317b565b61192a565b61096a6109286060830160408401612d9a565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906060840135611b9f565b506001016108b5565b505061097d611bfa565b5050565b5f61099361098e83611c24565b611caa565b92915050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146109eb576040517fa252c1510000000000000000000000000000000000000000000000000000000081523360048201526024016107a3565b5f5474010000000000000000000000000000000000000000900460ff16610a3e576040517f6cd6020100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16815560405133917f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa91a2565b610a976118f3565b5f5474010000000000000000000000000000000000000000900460ff1615610aeb576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610af986868686868661192a565b610b3a73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168585611b9f565b610b42611bfa565b505050505050565b5f5474010000000000000000000000000000000000000000900460ff1615610b9e576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ba787611db8565b60025470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1684111580610bed57506fffffffffffffffffffffffffffffffff84115b15610c56576002546040517f22187eba000000000000000000000000000000000000000000000000000000008152600481018690527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff1660248201526044016107a3565b821580610c61575081155b80610c6a575080155b80610c77575062ffffff81115b15610cae576040517f115931c400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f0000000000000000000000000000000000000000000000000000000000000000821115610d31576040517f164bde97000000000000000000000000000000000000000000000000000000008152600481018390527f000000000000000000000000000000000000000000000000000000000000000060248201526044016107a3565b610d48878787610d43888888886116ec565b611dfb565b5f610d737f00000000000000000000000000000000000000000000000000000000000000004261320c565b905084600260106101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055506040518060c00160405280858152602001846bffffffffffffffffffffffff1681526020015f6bffffffffffffffffffffffff1681526020018263ffffffff1681526020018362ffffff1681526020015f151581525060055f8781526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550604082015181600101600c6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555060608201518160010160186101000a81548163ffffffff021916908363ffffffff160217905550608082015181600101601c6101000a81548162ffffff021916908362ffffff16021790555060a082015181600101601f6101000a81548160ff0219169083151502179055509050508460025f81819054906101000a90046fffffffffffffffffffffffffffffffff16610f239061321f565b82546fffffffffffffffffffffffffffffffff9182166101009390930a83810292021916179091556040805187815260208101879052908101859052606081018490527f40aa738473aaa292e483fe0a3da8c7f928823c8a37af8ec8e94aacb623e6e8b59060800160405180910390a35050505050505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610fef576040517fa252c1510000000000000000000000000000000000000000000000000000000081523360048201526024016107a3565b5f8181526005602052604090208054611037576040517fad2ca6c3000000000000000000000000000000000000000000000000000000008152600481018390526024016107a3565b60018101547f0100000000000000000000000000000000000000000000000000000000000000900460ff161561109c576040517f157be8b9000000000000000000000000000000000000000000000000000000008152600481018390526024016107a3565b5f5474010000000000000000000000000000000000000000900460ff161580156110ec575060018101547801000000000000000000000000000000000000000000000000900463ffffffff164210155b15611126576040517f53994a80000000000000000000000000000000000000000000000000000000008152600481018390526024016107a3565b6001810180547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0100000000000000000000000000000000000000000000000000000000000000179055600280548391905f90611195906fffffffffffffffffffffffffffffffff1661321f565b82546fffffffffffffffffffffffffffffffff9182166101009390930a838102920219161790915560018301547f1e42261369207944a0c9f8f55db3facf472c652778816d5696ab40f2e4cdd35f9061120e906bffffffffffffffffffffffff6c0100000000000000000000000082048116911661325b565b60405190815260200160405180910390a35050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314611275576040517fa252c1510000000000000000000000000000000000000000000000000000000081523360048201526024016107a3565b5f5474010000000000000000000000000000000000000000900460ff16156112c9576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000017815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a2565b5f61099382611c24565b6113436118f3565b5f5474010000000000000000000000000000000000000000900460ff1615611397576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f036113d0576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6113da82612018565b6002805491925033915f90611400906fffffffffffffffffffffffffffffffff1661321f565b91906101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790556fffffffffffffffffffffffffffffffff167fd65e73ab6c8a2b019bac3c904d08010658f22363849806ab17209ddf4108bdf78360405161147891815260200190565b60405180910390a350611489611bfa565b50565b5f5474010000000000000000000000000000000000000000900460ff16156114e0576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6114e983611db8565b823584351161152e576040517fc97ae1c400000000000000000000000000000000000000000000000000000000815284356004820152833560248201526044016107a3565b61153f61153a856133a0565b612205565b5f61155161154c866133a0565b61247c565b9050611562848484610d4385611caa565b600381905584356004819055600280545f9061158f906fffffffffffffffffffffffffffffffff1661321f565b82546fffffffffffffffffffffffffffffffff9182166101009390930a83810292021916179091557fb7c1c31fbf50977fe6469a7424df4c4c51ad135ee79cb3be5fe3bd463278956b836115e660208a018a61317b565b6115f360408c018c61317b565b604051611604959493929190613476565b60405180910390a35050505050565b60015473ffffffffffffffffffffffffffffffffffffffff1633141580611638575033155b15611671576040517fd2ef59540000000000000000000000000000000000000000000000000000000081523360048201526024016107a3565b5f8054337fffffffffffffffffffffffff00000000000000000000000000000000000000008083168217845560018054909116905560405173ffffffffffffffffffffffffffffffffffffffff90921692909183917f9fe65984b511eb7998b3cd481cfd80c807fcc7f28721a790d33c87dc9c87948591a350565b604080517f54d2d08f29fecb05e2cdfea081e7cb633ff86c180c83a98bd69b0d3be09941bc6020820152908101859052606081018490526080810183905260a081018290525f906117559060c00160405160208183030381529060405280519060200120611caa565b95945050505050565b6117666118f3565b5f5474010000000000000000000000000000000000000000900460ff16156117ba576040517fa792dfa300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b825f036117f3576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6117fd828261253a565b611833576040517f9c8d2cd200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61183d84612018565b6002805491925033915f90611863906fffffffffffffffffffffffffffffffff1661321f565b91906101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790556fffffffffffffffffffffffffffffffff167f76e246df70bace1d3b33a77ba0240b00d5e9d3759defa89c29105e8cf42ea9a28585856040516118dd9392919061351e565b60405180910390a3506118ee611bfa565b505050565b6118fb612719565b61192860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612772565b565b73ffffffffffffffffffffffffffffffffffffffff8416611977576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b825f036119b0576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f868152600560205260408120906119c9828989612779565b90506119d5888861291d565b60408051602081018a905290810188905273ffffffffffffffffffffffffffffffffffffffff87166060820152608081018690525f9060a001604051602081830303815290604052805190602001209050611a328585848461299f565b611a72576040517f832d3d6e000000000000000000000000000000000000000000000000000000008152600481018a9052602481018990526044016107a3565b60018301546bffffffffffffffffffffffff6c010000000000000000000000008204811691611aa39183911661325b565b871115611ae6576040517f900c39c6000000000000000000000000000000000000000000000000000000008152600481018b9052602481018a90526044016107a3565b611af0878261320c565b6001850180546bffffffffffffffffffffffff929092166c01000000000000000000000000027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff909216919091179055604080518a81526020810189905273ffffffffffffffffffffffffffffffffffffffff8a16918c917fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac910160405180910390a350505050505050505050565b611bac83838360016129b6565b6118ee576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016107a3565b6119285f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611922565b5f7fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a78235611c5d611c58602086018661317b565b612a3e565b611c6d611c58604087018761317b565b6040805160208101959095528401929092526060830152608082015260a0015b604051602081830303815290604052805190602001209050919050565b5f611d78604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647260208201527fc8deffe16e3caccd18828f2337422ca80dcc225f1b60edf7177798c252d38c0e918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c08201525f9060e00160405160208183030381529060405280519060200120905090565b6040517f19010000000000000000000000000000000000000000000000000000000000006020820152602281019190915260428101839052606201611c8d565b600354611dc482611c24565b14611489576040517f5b6f445600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b365f611e0a602087018761317b565b9092509050365f611e1e604089018961317b565b9092509050825f80805b89811015611fc157368b8b83818110611e4357611e43613112565b60600291909101915050803583811015611e8c576040517f151f10f8000000000000000000000000000000000000000000000000000000008152600481018490526024016107a3565b858110611ec8576040517fe14ad190000000000000000000000000000000000000000000000000000000008152600481018290526024016107a3565b5f5f611edd8d85602001358660400135612a53565b5090925090505f816003811115611ef657611ef6613573565b141580611f5557508b8b84818110611f1057611f10613112565b9050602002016020810190611f259190612d9a565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b15611f8f576040517f52bf9848000000000000000000000000000000000000000000000000000000008152600481018490526024016107a3565b898984818110611fa157611fa1613112565b905060200201358701965082600101955050505050806001019050611e28565b5063aaaaaaaa821161200b576040517ebfb6ab0000000000000000000000000000000000000000000000000000000081526004810183905263aaaaaaaa60248201526044016107a3565b5050505050505050505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa1580156120a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120c891906135a0565b905061210c73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333086612a9e565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815230600482015281907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa158015612196573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121ba91906135a0565b6121c4919061325b565b9150815f036121ff576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50919050565b602081015151801580612219575061010081115b15612253576040517f4323a466000000000000000000000000000000000000000000000000000000008152600481018290526024016107a3565b80826040015151146122a357808260400151516040517f2dac89040000000000000000000000000000000000000000000000000000000081526004016107a3929190918252602082015260400190565b5f5f5f5b838110156123f3575f856020015182815181106122c6576122c6613112565b602002602001015190508373ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1611612338576040517fc899726a000000000000000000000000000000000000000000000000000000008152600481018390526024016107a3565b8093505f8660400151838151811061235257612352613112565b60200260200101519050805f03612398576040517fa2ebd86c000000000000000000000000000000000000000000000000000000008152600481018490526024016107a3565b6401000000008111156123da576040517f2b642743000000000000000000000000000000000000000000000000000000008152600481018290526024016107a3565b6123e4818561320c565b935050508060010190506122a7565b50640100000000811115612436576040517f2b642743000000000000000000000000000000000000000000000000000000008152600481018290526024016107a3565b63aaaaaaaa8111612476576040517ff987ab35000000000000000000000000000000000000000000000000000000008152600481018290526024016107a3565b50505050565b5f7fe479cd2abd814378d6eab0f31e0d04a127fadc7f8c3724005bf5f090443ef2a7825f015183602001516040516020016124b791906135b7565b6040516020818303038152906040528051906020012084604001516040516020016124e29190613602565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301959095528101929092526060820152608081019190915260a001611c8d565b5f828280600661254b81602061320c565b612555919061320c565b811415801561257a5750600661256c81603461320c565b612576919061320c565b8114155b1561258a575f9350505050610993565b7f666c6f636b3100000000000000000000000000000000000000000000000000006125b860065f858761362c565b6125c191613653565b7fffffffffffff000000000000000000000000000000000000000000000000000016146125f3575f9350505050610993565b5f6040518060800160405280604b81526020016136ba604b9139905063026701d15f60065b84811015612709575f87878381811061263357612633613112565b919091013560f81c915050603081108061264d5750607a81115b15612662575f98505050505050505050610993565b84603082038151811061267757612677613112565b016020015160f81c92505f839003612699575f98505050505050505050610993565b600183039250826126a985612afa565b1893508560401480156126dd57507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9860182145b80156126eb5750600f831615155b15612700575f98505050505050505050610993565b50600101612618565b5050600114979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611928576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b8254806127b5576040517fad2ca6c3000000000000000000000000000000000000000000000000000000008152600481018490526024016107a3565b60018401547f0100000000000000000000000000000000000000000000000000000000000000900460ff161561281a576040517f157be8b9000000000000000000000000000000000000000000000000000000008152600481018490526024016107a3565b60018401547801000000000000000000000000000000000000000000000000900463ffffffff164210156128aa5760018401546040517fea0bffc200000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910463ffffffff1660248201526044016107a3565b60018401547c0100000000000000000000000000000000000000000000000000000000900462ffffff168210612916576040517f94666f0d00000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016107a3565b9392505050565b5f828152600660209081526040808320600885901c80855292819052922054600160ff85161b9080821615612988576040517f6bd4745f00000000000000000000000000000000000000000000000000000000815260048101879052602481018690526044016107a3565b5f9283526020939093526040909120911790555050565b5f826129ac868685612b6b565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316612a32578383151615612a26573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f604051602083028085833790209392505050565b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c01612a8d88828985612bac565b945094509450505093509350939050565b612aac848484846001612c9f565b612476576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024016107a3565b633fffffe0600582901b16601982901c6001811615612b1d57633b6a57b2821891505b6002811615612b30576326508e6d821891505b6004811615612b4357631ea119fa821891505b6008811615612b5657633d4233dd821891505b60108116156121ff5750632a1462b318919050565b5f81815b84811015612ba357612b9982878784818110612b8d57612b8d613112565b90506020020135612d32565b9150600101612b6f565b50949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612be557505f91506003905082612c95565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612c36573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116612c8c57505f925060019150829050612c95565b92505f91508190505b9450945094915050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f51148316612d21578383151615612d15573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f818310612d4c575f828152602084905260409020612916565b505f9182526020526040902090565b5f60208284031215612d6b575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114612d95575f5ffd5b919050565b5f60208284031215612daa575f5ffd5b61291682612d72565b5f5f83601f840112612dc3575f5ffd5b50813567ffffffffffffffff811115612dda575f5ffd5b6020830191508360208260051b8501011115612df4575f5ffd5b9250929050565b5f5f60208385031215612e0c575f5ffd5b823567ffffffffffffffff811115612e22575f5ffd5b612e2e85828601612db3565b90969095509350505050565b5f606082840312156121ff575f5ffd5b5f60208284031215612e5a575f5ffd5b813567ffffffffffffffff811115612e70575f5ffd5b612e7c84828501612e3a565b949350505050565b5f5f5f5f5f5f60a08789031215612e99575f5ffd5b8635955060208701359450612eb060408801612d72565b935060608701359250608087013567ffffffffffffffff811115612ed2575f5ffd5b612ede89828a01612db3565b979a9699509497509295939492505050565b5f5f83601f840112612f00575f5ffd5b50813567ffffffffffffffff811115612f17575f5ffd5b602083019150836020606083028501011115612df4575f5ffd5b5f5f5f5f5f5f5f60c0888a031215612f47575f5ffd5b873567ffffffffffffffff811115612f5d575f5ffd5b612f698a828b01612e3a565b975050602088013567ffffffffffffffff811115612f85575f5ffd5b612f918a828b01612ef0565b989b909a509798604081013598606082013598506080820135975060a09091013595509350505050565b5f5f5f5f60608587031215612fce575f5ffd5b843567ffffffffffffffff811115612fe4575f5ffd5b612ff087828801612e3a565b945050602085013567ffffffffffffffff81111561300c575f5ffd5b61301887828801612e3a565b935050604085013567ffffffffffffffff811115613034575f5ffd5b61304087828801612ef0565b95989497509550505050565b5f5f5f5f6080858703121561305f575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f5f6040848603121561308d575f5ffd5b83359250602084013567ffffffffffffffff8111156130aa575f5ffd5b8401601f810186136130ba575f5ffd5b803567ffffffffffffffff8111156130d0575f5ffd5b8660208284010111156130e1575f5ffd5b939660209190910195509293505050565b5f5f60408385031215613103575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61833603018112613171575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126131ae575f5ffd5b83018035915067ffffffffffffffff8211156131c8575f5ffd5b6020019150600581901b3603821315612df4575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610993576109936131df565b5f6fffffffffffffffffffffffffffffffff82166fffffffffffffffffffffffffffffffff8103613252576132526131df565b60010192915050565b81810381811115610993576109936131df565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040516060810167ffffffffffffffff811182821017156132be576132be61326e565b60405290565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561330b5761330b61326e565b604052919050565b5f67ffffffffffffffff82111561332c5761332c61326e565b5060051b60200190565b5f82601f830112613345575f5ffd5b813561335861335382613313565b6132c4565b8082825260208201915060208360051b860101925085831115613379575f5ffd5b602085015b8381101561339657803583526020928301920161337e565b5095945050505050565b5f606082360312156133b0575f5ffd5b6133b861329b565b82358152602083013567ffffffffffffffff8111156133d5575f5ffd5b830136601f8201126133e5575f5ffd5b80356133f361335382613313565b8082825260208201915060208360051b850101925036831115613414575f5ffd5b6020840193505b8284101561343d5761342c84612d72565b82526020938401939091019061341b565b6020850152505050604083013567ffffffffffffffff81111561345e575f5ffd5b61346a36828601613336565b60408301525092915050565b85815260606020820181905281018490525f8560808301825b878110156134ca5773ffffffffffffffffffffffffffffffffffffffff6134b584612d72565b1682526020928301929091019060010161348f565b5083810360408501528481527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851115613502575f5ffd5b8460051b91508186602083013701602001979650505050505050565b60408152826040820152828460608301375f606084830101525f60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8601168301019050826020830152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f602082840312156135b0575f5ffd5b5051919050565b81515f90829060208501835b828110156135f757815173ffffffffffffffffffffffffffffffffffffffff168452602093840193909101906001016135c3565b509195945050505050565b81515f90829060208501835b828110156135f757815184526020938401939091019060010161360e565b5f5f8585111561363a575f5ffd5b83861115613646575f5ffd5b5050820193919092039150565b80357fffffffffffff000000000000000000000000000000000000000000000000000081169060068410156136b2577fffffffffffff0000000000000000000000000000000000000000000000000000808560060360031b1b82161691505b509291505056fe10000b1216151b1f08060000000000000000000000000000000000000000000000000000000000000000000000000000001e00190e1a0a0918001317201c1400020104110c1d0d0f070503a2646970667358221220449fbbc514d2fccc1b62a0a06ba9687f86c536769ecc35593df44e9e37fe606964736f6c634300081c0033",
}

// FlockBridgeABI is the input ABI used to generate the binding from.
// Deprecated: Use FlockBridgeMetaData.ABI instead.
var FlockBridgeABI = FlockBridgeMetaData.ABI

// FlockBridgeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FlockBridgeMetaData.Bin instead.
var FlockBridgeBin = FlockBridgeMetaData.Bin

// DeployFlockBridge deploys a new Ethereum contract, binding an instance of FlockBridge to it.
func DeployFlockBridge(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, bridgeId_ [32]byte, guardian_ common.Address, claimDelay_ *big.Int, maxSettlementTotal_ *big.Int, initialValset FlockBridgeValset) (common.Address, *types.Transaction, *FlockBridge, error) {
	parsed, err := FlockBridgeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FlockBridgeBin), backend, token_, bridgeId_, guardian_, claimDelay_, maxSettlementTotal_, initialValset)
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

// Settlements is a free data retrieval call binding the contract method 0x08df7dc8.
//
// Solidity: function settlements(uint256 epoch) view returns(bytes32 root, uint96 total, uint96 paid, uint32 claimableAt, uint24 count, bool vetoed)
func (_FlockBridge *FlockBridgeCaller) Settlements(opts *bind.CallOpts, epoch *big.Int) (struct {
	Root        [32]byte
	Total       *big.Int
	Paid        *big.Int
	ClaimableAt uint32
	Count       *big.Int
	Vetoed      bool
}, error) {
	var out []interface{}
	err := _FlockBridge.contract.Call(opts, &out, "settlements", epoch)

	outstruct := new(struct {
		Root        [32]byte
		Total       *big.Int
		Paid        *big.Int
		ClaimableAt uint32
		Count       *big.Int
		Vetoed      bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Total = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Paid = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.ClaimableAt = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.Count = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Vetoed = *abi.ConvertType(out[5], new(bool)).(*bool)

	return *outstruct, err

}

// Settlements is a free data retrieval call binding the contract method 0x08df7dc8.
//
// Solidity: function settlements(uint256 epoch) view returns(bytes32 root, uint96 total, uint96 paid, uint32 claimableAt, uint24 count, bool vetoed)
func (_FlockBridge *FlockBridgeSession) Settlements(epoch *big.Int) (struct {
	Root        [32]byte
	Total       *big.Int
	Paid        *big.Int
	ClaimableAt uint32
	Count       *big.Int
	Vetoed      bool
}, error) {
	return _FlockBridge.Contract.Settlements(&_FlockBridge.CallOpts, epoch)
}

// Settlements is a free data retrieval call binding the contract method 0x08df7dc8.
//
// Solidity: function settlements(uint256 epoch) view returns(bytes32 root, uint96 total, uint96 paid, uint32 claimableAt, uint24 count, bool vetoed)
func (_FlockBridge *FlockBridgeCallerSession) Settlements(epoch *big.Int) (struct {
	Root        [32]byte
	Total       *big.Int
	Paid        *big.Int
	ClaimableAt uint32
	Count       *big.Int
	Vetoed      bool
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
func (_FlockBridge *FlockBridgeCaller) ValsetCheckpointOf(opts *bind.CallOpts, vs FlockBridgeValset) ([32]byte, error) {
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
func (_FlockBridge *FlockBridgeSession) ValsetCheckpointOf(vs FlockBridgeValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetCheckpointOf(&_FlockBridge.CallOpts, vs)
}

// ValsetCheckpointOf is a free data retrieval call binding the contract method 0x91cfb847.
//
// Solidity: function valsetCheckpointOf((uint256,address[],uint256[]) vs) pure returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) ValsetCheckpointOf(vs FlockBridgeValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetCheckpointOf(&_FlockBridge.CallOpts, vs)
}

// ValsetDigest is a free data retrieval call binding the contract method 0x341abcd0.
//
// Solidity: function valsetDigest((uint256,address[],uint256[]) vs) view returns(bytes32)
func (_FlockBridge *FlockBridgeCaller) ValsetDigest(opts *bind.CallOpts, vs FlockBridgeValset) ([32]byte, error) {
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
func (_FlockBridge *FlockBridgeSession) ValsetDigest(vs FlockBridgeValset) ([32]byte, error) {
	return _FlockBridge.Contract.ValsetDigest(&_FlockBridge.CallOpts, vs)
}

// ValsetDigest is a free data retrieval call binding the contract method 0x341abcd0.
//
// Solidity: function valsetDigest((uint256,address[],uint256[]) vs) view returns(bytes32)
func (_FlockBridge *FlockBridgeCallerSession) ValsetDigest(vs FlockBridgeValset) ([32]byte, error) {
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

// SubmitSettlement is a paid mutator transaction binding the contract method 0x6b7753de.
//
// Solidity: function submitSettlement((uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs, uint256 epoch, bytes32 root, uint256 total, uint256 count) returns()
func (_FlockBridge *FlockBridgeTransactor) SubmitSettlement(opts *bind.TransactOpts, currentValset FlockBridgeValset, sigs []FlockBridgeSignature, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "submitSettlement", currentValset, sigs, epoch, root, total, count)
}

// SubmitSettlement is a paid mutator transaction binding the contract method 0x6b7753de.
//
// Solidity: function submitSettlement((uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs, uint256 epoch, bytes32 root, uint256 total, uint256 count) returns()
func (_FlockBridge *FlockBridgeSession) SubmitSettlement(currentValset FlockBridgeValset, sigs []FlockBridgeSignature, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) (*types.Transaction, error) {
	return _FlockBridge.Contract.SubmitSettlement(&_FlockBridge.TransactOpts, currentValset, sigs, epoch, root, total, count)
}

// SubmitSettlement is a paid mutator transaction binding the contract method 0x6b7753de.
//
// Solidity: function submitSettlement((uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs, uint256 epoch, bytes32 root, uint256 total, uint256 count) returns()
func (_FlockBridge *FlockBridgeTransactorSession) SubmitSettlement(currentValset FlockBridgeValset, sigs []FlockBridgeSignature, epoch *big.Int, root [32]byte, total *big.Int, count *big.Int) (*types.Transaction, error) {
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
func (_FlockBridge *FlockBridgeTransactor) UpdateValset(opts *bind.TransactOpts, newValset FlockBridgeValset, currentValset FlockBridgeValset, sigs []FlockBridgeSignature) (*types.Transaction, error) {
	return _FlockBridge.contract.Transact(opts, "updateValset", newValset, currentValset, sigs)
}

// UpdateValset is a paid mutator transaction binding the contract method 0xa1d95814.
//
// Solidity: function updateValset((uint256,address[],uint256[]) newValset, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeSession) UpdateValset(newValset FlockBridgeValset, currentValset FlockBridgeValset, sigs []FlockBridgeSignature) (*types.Transaction, error) {
	return _FlockBridge.Contract.UpdateValset(&_FlockBridge.TransactOpts, newValset, currentValset, sigs)
}

// UpdateValset is a paid mutator transaction binding the contract method 0xa1d95814.
//
// Solidity: function updateValset((uint256,address[],uint256[]) newValset, (uint256,address[],uint256[]) currentValset, (uint256,bytes32,bytes32)[] sigs) returns()
func (_FlockBridge *FlockBridgeTransactorSession) UpdateValset(newValset FlockBridgeValset, currentValset FlockBridgeValset, sigs []FlockBridgeSignature) (*types.Transaction, error) {
	return _FlockBridge.Contract.UpdateValset(&_FlockBridge.TransactOpts, newValset, currentValset, sigs)
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
	PreviousGuardian common.Address
	NewGuardian      common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterGuardianTransferred is a free log retrieval operation binding the contract event 0x9fe65984b511eb7998b3cd481cfd80c807fcc7f28721a790d33c87dc9c879485.
//
// Solidity: event GuardianTransferred(address indexed previousGuardian, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) FilterGuardianTransferred(opts *bind.FilterOpts, previousGuardian []common.Address, newGuardian []common.Address) (*FlockBridgeGuardianTransferredIterator, error) {

	var previousGuardianRule []interface{}
	for _, previousGuardianItem := range previousGuardian {
		previousGuardianRule = append(previousGuardianRule, previousGuardianItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.FilterLogs(opts, "GuardianTransferred", previousGuardianRule, newGuardianRule)
	if err != nil {
		return nil, err
	}
	return &FlockBridgeGuardianTransferredIterator{contract: _FlockBridge.contract, event: "GuardianTransferred", logs: logs, sub: sub}, nil
}

// WatchGuardianTransferred is a free log subscription operation binding the contract event 0x9fe65984b511eb7998b3cd481cfd80c807fcc7f28721a790d33c87dc9c879485.
//
// Solidity: event GuardianTransferred(address indexed previousGuardian, address indexed newGuardian)
func (_FlockBridge *FlockBridgeFilterer) WatchGuardianTransferred(opts *bind.WatchOpts, sink chan<- *FlockBridgeGuardianTransferred, previousGuardian []common.Address, newGuardian []common.Address) (event.Subscription, error) {

	var previousGuardianRule []interface{}
	for _, previousGuardianItem := range previousGuardian {
		previousGuardianRule = append(previousGuardianRule, previousGuardianItem)
	}
	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _FlockBridge.contract.WatchLogs(opts, "GuardianTransferred", previousGuardianRule, newGuardianRule)
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

// ParseGuardianTransferred is a log parse operation binding the contract event 0x9fe65984b511eb7998b3cd481cfd80c807fcc7f28721a790d33c87dc9c879485.
//
// Solidity: event GuardianTransferred(address indexed previousGuardian, address indexed newGuardian)
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
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed guardian)
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

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed guardian)
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

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed guardian)
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
	Unclaimed  *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSettlementVetoed is a free log retrieval operation binding the contract event 0x1e42261369207944a0c9f8f55db3facf472c652778816d5696ab40f2e4cdd35f.
//
// Solidity: event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 unclaimed)
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
// Solidity: event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 unclaimed)
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
// Solidity: event SettlementVetoed(uint256 indexed eventNonce, uint256 indexed epoch, uint256 unclaimed)
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
	Signers     []common.Address
	Powers      []*big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterValsetUpdated is a free log retrieval operation binding the contract event 0xb7c1c31fbf50977fe6469a7424df4c4c51ad135ee79cb3be5fe3bd463278956b.
//
// Solidity: event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint, address[] signers, uint256[] powers)
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

// WatchValsetUpdated is a free log subscription operation binding the contract event 0xb7c1c31fbf50977fe6469a7424df4c4c51ad135ee79cb3be5fe3bd463278956b.
//
// Solidity: event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint, address[] signers, uint256[] powers)
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

// ParseValsetUpdated is a log parse operation binding the contract event 0xb7c1c31fbf50977fe6469a7424df4c4c51ad135ee79cb3be5fe3bd463278956b.
//
// Solidity: event ValsetUpdated(uint256 indexed eventNonce, uint256 indexed valsetNonce, bytes32 checkpoint, address[] signers, uint256[] powers)
func (_FlockBridge *FlockBridgeFilterer) ParseValsetUpdated(log types.Log) (*FlockBridgeValsetUpdated, error) {
	event := new(FlockBridgeValsetUpdated)
	if err := _FlockBridge.contract.UnpackLog(event, "ValsetUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FlockTokenMetaData contains all meta data concerning the FlockToken contract.
var FlockTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610cc7380380610cc783398101604081905261002e91610210565b60405180604001604052806012815260200171233637b1b5902232bb3732ba102a37b5b2b760711b81525060405180604001604052806005815260200164464c4f434b60d81b815250816003908161008691906102df565b50600461009382826102df565b5050506100a682826100ad60201b60201c565b50506103be565b6001600160a01b0382166100db5760405163ec442f0560e01b81525f60048201526024015b60405180910390fd5b6100e65f83836100ea565b5050565b6001600160a01b038316610114578060025f8282546101099190610399565b909155506101849050565b6001600160a01b0383165f90815260208190526040902054818110156101665760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100d2565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166101a0576002805482900390556101be565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161020391815260200190565b60405180910390a3505050565b5f5f60408385031215610221575f5ffd5b82516001600160a01b0381168114610237575f5ffd5b6020939093015192949293505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061026f57607f821691505b60208210810361028d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102da57805f5260205f20601f840160051c810160208510156102b85750805b601f840160051c820191505b818110156102d7575f81556001016102c4565b50505b505050565b81516001600160401b038111156102f8576102f8610247565b61030c81610306845461025b565b84610293565b6020601f82116001811461033e575f83156103275750848201515b5f19600385901b1c1916600184901b1784556102d7565b5f84815260208120601f198516915b8281101561036d578785015182556020948501946001909201910161034d565b508482101561038a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b808201808211156103b857634e487b7160e01b5f52601160045260245ffd5b92915050565b6108fc806103cb5f395ff3fe608060405234801561000f575f5ffd5b506004361061009f575f3560e01c8063313ce5671161007257806395d89b411161005857806395d89b411461014d578063a9059cbb14610155578063dd62ed3e14610168575f5ffd5b8063313ce5671461010957806370a0823114610118575f5ffd5b806306fdde03146100a3578063095ea7b3146100c157806318160ddd146100e457806323b872dd146100f6575b5f5ffd5b6100ab6101ad565b6040516100b8919061070f565b60405180910390f35b6100d46100cf36600461078a565b61023d565b60405190151581526020016100b8565b6002545b6040519081526020016100b8565b6100d46101043660046107b2565b610256565b604051601281526020016100b8565b6100e86101263660046107ec565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6100ab610279565b6100d461016336600461078a565b610288565b6100e861017636600461080c565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101bc9061083d565b80601f01602080910402602001604051908101604052809291908181526020018280546101e89061083d565b80156102335780601f1061020a57610100808354040283529160200191610233565b820191905f5260205f20905b81548152906001019060200180831161021657829003601f168201915b5050505050905090565b5f3361024a818585610295565b60019150505b92915050565b5f336102638582856102a7565b61026e85858561037a565b506001949350505050565b6060600480546101bc9061083d565b5f3361024a81858561037a565b6102a28383836001610423565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156103745781811015610366576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064015b60405180910390fd5b61037484848484035f610423565b50505050565b73ffffffffffffffffffffffffffffffffffffffff83166103c9576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f600482015260240161035d565b73ffffffffffffffffffffffffffffffffffffffff8216610418576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161035d565b6102a2838383610568565b73ffffffffffffffffffffffffffffffffffffffff8416610472576040517fe602df050000000000000000000000000000000000000000000000000000000081525f600482015260240161035d565b73ffffffffffffffffffffffffffffffffffffffff83166104c1576040517f94280d620000000000000000000000000000000000000000000000000000000081525f600482015260240161035d565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610374578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161055a91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff831661059f578060025f828254610594919061088e565b9091555061064f9050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610624576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602481018290526044810183905260640161035d565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff8216610678576002805482900390556106a3565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161070291815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610785575f5ffd5b919050565b5f5f6040838503121561079b575f5ffd5b6107a483610762565b946020939093013593505050565b5f5f5f606084860312156107c4575f5ffd5b6107cd84610762565b92506107db60208501610762565b929592945050506040919091013590565b5f602082840312156107fc575f5ffd5b61080582610762565b9392505050565b5f5f6040838503121561081d575f5ffd5b61082683610762565b915061083460208401610762565b90509250929050565b600181811c9082168061085157607f821691505b602082108103610888577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610250577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea2646970667358221220cc9f1837e88f2ed74734b360c928451b5efca4b1544bb7499e4c982f0b2bf2f264736f6c634300081c0033",
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
