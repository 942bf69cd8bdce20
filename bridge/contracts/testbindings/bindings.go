// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

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

// BaselineDistributorMetaData contains all meta data concerning the BaselineDistributor contract.
var BaselineDistributorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c03461008857601f61054b38819003918201601f19168301916001600160401b0383118484101761008c578084926040948552833981010312610088578051906001600160a01b038216820361008857602001519060805260a0526040516104aa90816100a18239608051818181608701526102d2015260a05181818160e401526102520152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081632e7ba6ef14610107575080632eb4a7ab146100af5763fc0c546a1461003d575f80fd5b346100ab575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100ab57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346100ab575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100ab5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100ab5760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100ab5760243560043573ffffffffffffffffffffffffffffffffffffffff82168083036100ab57604435906064359267ffffffffffffffff84116100ab57366023850112156100ab5783600401359467ffffffffffffffff86116100ab573660248760051b870101116100ab578160081c96600160ff84161b91885f525f60205260405f2054918383166103da577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000602082019286845260601b16604082015286605482015260548152610208607482610406565b519020975f985b888a10156102505760248a60051b89010135908181105f1461023f575f52602052600160405f205b99019861020f565b905f52602052600160405f20610237565b7f0000000000000000000000000000000000000000000000000000000000000000036103ae575f525f6020521760405f20556040517fa9059cbb0000000000000000000000000000000000000000000000000000000081528260048201528360248201526020816044815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af19081156103a3575f91610368575b5015610340577f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed0269260609260405192835260208301526040820152a1005b7f90b8ec18000000000000000000000000000000000000000000000000000000005f5260045ffd5b90506020813d60201161039b575b8161038360209383610406565b810103126100ab575180151581036100ab5784610302565b3d9150610376565b6040513d5f823e3d90fd5b837f5e3fa051000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b847fb3167bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761044757604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffdfea264697066735822122017135003c44d3e28699d98a04c6f896a87fa63c679f9e4d20439b79d043d7dba64736f6c634300081c0033",
}

// BaselineDistributorABI is the input ABI used to generate the binding from.
// Deprecated: Use BaselineDistributorMetaData.ABI instead.
var BaselineDistributorABI = BaselineDistributorMetaData.ABI

// BaselineDistributorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BaselineDistributorMetaData.Bin instead.
var BaselineDistributorBin = BaselineDistributorMetaData.Bin

// DeployBaselineDistributor deploys a new Ethereum contract, binding an instance of BaselineDistributor to it.
func DeployBaselineDistributor(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, merkleRoot_ [32]byte) (common.Address, *types.Transaction, *BaselineDistributor, error) {
	parsed, err := BaselineDistributorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BaselineDistributorBin), backend, token_, merkleRoot_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BaselineDistributor{BaselineDistributorCaller: BaselineDistributorCaller{contract: contract}, BaselineDistributorTransactor: BaselineDistributorTransactor{contract: contract}, BaselineDistributorFilterer: BaselineDistributorFilterer{contract: contract}}, nil
}

// BaselineDistributor is an auto generated Go binding around an Ethereum contract.
type BaselineDistributor struct {
	BaselineDistributorCaller     // Read-only binding to the contract
	BaselineDistributorTransactor // Write-only binding to the contract
	BaselineDistributorFilterer   // Log filterer for contract events
}

// BaselineDistributorCaller is an auto generated read-only Go binding around an Ethereum contract.
type BaselineDistributorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineDistributorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BaselineDistributorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineDistributorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BaselineDistributorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineDistributorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BaselineDistributorSession struct {
	Contract     *BaselineDistributor // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// BaselineDistributorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BaselineDistributorCallerSession struct {
	Contract *BaselineDistributorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// BaselineDistributorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BaselineDistributorTransactorSession struct {
	Contract     *BaselineDistributorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// BaselineDistributorRaw is an auto generated low-level Go binding around an Ethereum contract.
type BaselineDistributorRaw struct {
	Contract *BaselineDistributor // Generic contract binding to access the raw methods on
}

// BaselineDistributorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BaselineDistributorCallerRaw struct {
	Contract *BaselineDistributorCaller // Generic read-only contract binding to access the raw methods on
}

// BaselineDistributorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BaselineDistributorTransactorRaw struct {
	Contract *BaselineDistributorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBaselineDistributor creates a new instance of BaselineDistributor, bound to a specific deployed contract.
func NewBaselineDistributor(address common.Address, backend bind.ContractBackend) (*BaselineDistributor, error) {
	contract, err := bindBaselineDistributor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BaselineDistributor{BaselineDistributorCaller: BaselineDistributorCaller{contract: contract}, BaselineDistributorTransactor: BaselineDistributorTransactor{contract: contract}, BaselineDistributorFilterer: BaselineDistributorFilterer{contract: contract}}, nil
}

// NewBaselineDistributorCaller creates a new read-only instance of BaselineDistributor, bound to a specific deployed contract.
func NewBaselineDistributorCaller(address common.Address, caller bind.ContractCaller) (*BaselineDistributorCaller, error) {
	contract, err := bindBaselineDistributor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineDistributorCaller{contract: contract}, nil
}

// NewBaselineDistributorTransactor creates a new write-only instance of BaselineDistributor, bound to a specific deployed contract.
func NewBaselineDistributorTransactor(address common.Address, transactor bind.ContractTransactor) (*BaselineDistributorTransactor, error) {
	contract, err := bindBaselineDistributor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineDistributorTransactor{contract: contract}, nil
}

// NewBaselineDistributorFilterer creates a new log filterer instance of BaselineDistributor, bound to a specific deployed contract.
func NewBaselineDistributorFilterer(address common.Address, filterer bind.ContractFilterer) (*BaselineDistributorFilterer, error) {
	contract, err := bindBaselineDistributor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BaselineDistributorFilterer{contract: contract}, nil
}

// bindBaselineDistributor binds a generic wrapper to an already deployed contract.
func bindBaselineDistributor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BaselineDistributorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineDistributor *BaselineDistributorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineDistributor.Contract.BaselineDistributorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineDistributor *BaselineDistributorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineDistributor.Contract.BaselineDistributorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineDistributor *BaselineDistributorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineDistributor.Contract.BaselineDistributorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineDistributor *BaselineDistributorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineDistributor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineDistributor *BaselineDistributorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineDistributor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineDistributor *BaselineDistributorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineDistributor.Contract.contract.Transact(opts, method, params...)
}

// MerkleRoot is a free data retrieval call binding the contract method 0x2eb4a7ab.
//
// Solidity: function merkleRoot() view returns(bytes32)
func (_BaselineDistributor *BaselineDistributorCaller) MerkleRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BaselineDistributor.contract.Call(opts, &out, "merkleRoot")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MerkleRoot is a free data retrieval call binding the contract method 0x2eb4a7ab.
//
// Solidity: function merkleRoot() view returns(bytes32)
func (_BaselineDistributor *BaselineDistributorSession) MerkleRoot() ([32]byte, error) {
	return _BaselineDistributor.Contract.MerkleRoot(&_BaselineDistributor.CallOpts)
}

// MerkleRoot is a free data retrieval call binding the contract method 0x2eb4a7ab.
//
// Solidity: function merkleRoot() view returns(bytes32)
func (_BaselineDistributor *BaselineDistributorCallerSession) MerkleRoot() ([32]byte, error) {
	return _BaselineDistributor.Contract.MerkleRoot(&_BaselineDistributor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_BaselineDistributor *BaselineDistributorCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BaselineDistributor.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_BaselineDistributor *BaselineDistributorSession) Token() (common.Address, error) {
	return _BaselineDistributor.Contract.Token(&_BaselineDistributor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_BaselineDistributor *BaselineDistributorCallerSession) Token() (common.Address, error) {
	return _BaselineDistributor.Contract.Token(&_BaselineDistributor.CallOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x2e7ba6ef.
//
// Solidity: function claim(uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (_BaselineDistributor *BaselineDistributorTransactor) Claim(opts *bind.TransactOpts, index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _BaselineDistributor.contract.Transact(opts, "claim", index, account, amount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x2e7ba6ef.
//
// Solidity: function claim(uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (_BaselineDistributor *BaselineDistributorSession) Claim(index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _BaselineDistributor.Contract.Claim(&_BaselineDistributor.TransactOpts, index, account, amount, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x2e7ba6ef.
//
// Solidity: function claim(uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (_BaselineDistributor *BaselineDistributorTransactorSession) Claim(index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _BaselineDistributor.Contract.Claim(&_BaselineDistributor.TransactOpts, index, account, amount, proof)
}

// BaselineDistributorClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the BaselineDistributor contract.
type BaselineDistributorClaimedIterator struct {
	Event *BaselineDistributorClaimed // Event containing the contract specifics and raw log

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
func (it *BaselineDistributorClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BaselineDistributorClaimed)
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
		it.Event = new(BaselineDistributorClaimed)
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
func (it *BaselineDistributorClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BaselineDistributorClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BaselineDistributorClaimed represents a Claimed event raised by the BaselineDistributor contract.
type BaselineDistributorClaimed struct {
	Index   *big.Int
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed026.
//
// Solidity: event Claimed(uint256 index, address account, uint256 amount)
func (_BaselineDistributor *BaselineDistributorFilterer) FilterClaimed(opts *bind.FilterOpts) (*BaselineDistributorClaimedIterator, error) {

	logs, sub, err := _BaselineDistributor.contract.FilterLogs(opts, "Claimed")
	if err != nil {
		return nil, err
	}
	return &BaselineDistributorClaimedIterator{contract: _BaselineDistributor.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed026.
//
// Solidity: event Claimed(uint256 index, address account, uint256 amount)
func (_BaselineDistributor *BaselineDistributorFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *BaselineDistributorClaimed) (event.Subscription, error) {

	logs, sub, err := _BaselineDistributor.contract.WatchLogs(opts, "Claimed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BaselineDistributorClaimed)
				if err := _BaselineDistributor.contract.UnpackLog(event, "Claimed", log); err != nil {
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

// ParseClaimed is a log parse operation binding the contract event 0x4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed026.
//
// Solidity: event Claimed(uint256 index, address account, uint256 amount)
func (_BaselineDistributor *BaselineDistributorFilterer) ParseClaimed(log types.Log) (*BaselineDistributorClaimed, error) {
	event := new(BaselineDistributorClaimed)
	if err := _BaselineDistributor.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FeeTokenMetaData contains all meta data concerning the FeeToken contract.
var FeeTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0604052346103d357610cf36060813803918261001c816103d7565b9384928339810103126103d35780516001600160a01b038116908190036103d357604060208301519201519161005260406103d7565b9260098452682332b2902a37b5b2b760b91b602085015261007360406103d7565b600381526246454560e81b6020820152845190946001600160401b0382116102d65760035490600182811c921680156103c9575b60208310146102b85781601f84931161035b575b50602090601f83116001146102f5575f926102ea575b50508160011b915f199060031b1c1916176003555b83516001600160401b0381116102d657600454600181811c911680156102cc575b60208210146102b857601f8111610255575b50602094601f82116001146101f2579481929394955f926101e7575b50508160011b915f199060031b1c1916176004555b60805281156101d457600254908082018092116101c05760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a36040516108f690816103fd823960805181818161031e01526106e60152f35b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b015190505f80610135565b601f1982169560045f52805f20915f5b88811061023d57508360019596979810610225575b505050811b0160045561014a565b01515f1960f88460031b161c191690555f8080610217565b91926020600181928685015181550194019201610202565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106102ae575b601f0160051c01905b8181106102a35750610119565b5f8155600101610296565b909150819061028d565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610107565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100d1565b60035f9081528281209350601f198516905b818110610343575090846001959493921061032b575b505050811b016003556100e6565b01515f1960f88460031b161c191690555f808061031d565b92936020600181928786015181550195019301610307565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106103bf575b90601f859493920160051c01905b8181106103b157506100bb565b5f81558493506001016103a4565b9091508190610396565b91607f16916100a7565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102d65760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461056357508063095ea7b3146104d457806318160ddd146104b757806323b872dd1461034157806324a9d85314610307578063313ce567146102ec57806370a08231146102a857806395d89b411461012d578063a9059cbb146100fc5763dd62ed3e1461008a575f80fd5b346100f85760406003193601126100f8576100a3610664565b73ffffffffffffffffffffffffffffffffffffffff6100c0610687565b91165f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100f85760406003193601126100f857610122610118610664565b60243590336106aa565b602060405160018152f35b346100f8575f6003193601126100f8576040515f600454908160011c6001831692831561029e575b60208210841461027157818552849390811561022f57506001146101d3575b5003601f01601f191681019067ffffffffffffffff8211818310176101a6576101a28291826040528261063a565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60045f90815291507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5b8183106102135750508101602001601f19610174565b60209193508060019154838588010152019101909183926101fd565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208581019190915291151560051b84019091019150601f199050610174565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b90607f1690610155565b346100f85760206003193601126100f85773ffffffffffffffffffffffffffffffffffffffff6102d6610664565b165f525f602052602060405f2054604051908152f35b346100f8575f6003193601126100f857602060405160128152f35b346100f8575f6003193601126100f85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100f85760606003193601126100f85761035a610664565b610362610687565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81106103de575b5061012293506106aa565b83811061048357841561045757331561042b57610122945f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f526020528360405f2091039055846103d3565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100f8575f6003193601126100f8576020600254604051908152f35b346100f85760406003193601126100f8576104ed610664565b6024359033156104575773ffffffffffffffffffffffffffffffffffffffff1690811561042b57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100f8575f6003193601126100f8575f600354908160011c60018316928315610630575b60208210841461027157818552849390811561022f57506001146105d4575003601f01601f191681019067ffffffffffffffff8211818310176101a6576101a28291826040528261063a565b60035f90815291507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5b8183106106145750508101602001601f19610174565b60209193508060019154838588010152019101909183926105fe565b90607f1690610588565b601f19601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100f857565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100f857565b73ffffffffffffffffffffffffffffffffffffffff169081156108945773ffffffffffffffffffffffffffffffffffffffff16918215610868577f0000000000000000000000000000000000000000000000000000000000000000808202908282041482151715610809576127109004825f525f60205260405f2054818110610836578190845f525f6020520360405f205580600254036002555f837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051858152a3810390811161080957815f525f60205260405f20548181106107d757817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b837fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffdfea26469706673582212205fd7630823257f536084f34a5c882d371aa7371bd41f309442d02433e0fd1e1864736f6c634300081c0033",
}

// FeeTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use FeeTokenMetaData.ABI instead.
var FeeTokenABI = FeeTokenMetaData.ABI

// FeeTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FeeTokenMetaData.Bin instead.
var FeeTokenBin = FeeTokenMetaData.Bin

// DeployFeeToken deploys a new Ethereum contract, binding an instance of FeeToken to it.
func DeployFeeToken(auth *bind.TransactOpts, backend bind.ContractBackend, holder common.Address, supply *big.Int, feeBps_ *big.Int) (common.Address, *types.Transaction, *FeeToken, error) {
	parsed, err := FeeTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FeeTokenBin), backend, holder, supply, feeBps_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FeeToken{FeeTokenCaller: FeeTokenCaller{contract: contract}, FeeTokenTransactor: FeeTokenTransactor{contract: contract}, FeeTokenFilterer: FeeTokenFilterer{contract: contract}}, nil
}

// FeeToken is an auto generated Go binding around an Ethereum contract.
type FeeToken struct {
	FeeTokenCaller     // Read-only binding to the contract
	FeeTokenTransactor // Write-only binding to the contract
	FeeTokenFilterer   // Log filterer for contract events
}

// FeeTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type FeeTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeeTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FeeTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeeTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FeeTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeeTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FeeTokenSession struct {
	Contract     *FeeToken         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FeeTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FeeTokenCallerSession struct {
	Contract *FeeTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// FeeTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FeeTokenTransactorSession struct {
	Contract     *FeeTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// FeeTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type FeeTokenRaw struct {
	Contract *FeeToken // Generic contract binding to access the raw methods on
}

// FeeTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FeeTokenCallerRaw struct {
	Contract *FeeTokenCaller // Generic read-only contract binding to access the raw methods on
}

// FeeTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FeeTokenTransactorRaw struct {
	Contract *FeeTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFeeToken creates a new instance of FeeToken, bound to a specific deployed contract.
func NewFeeToken(address common.Address, backend bind.ContractBackend) (*FeeToken, error) {
	contract, err := bindFeeToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FeeToken{FeeTokenCaller: FeeTokenCaller{contract: contract}, FeeTokenTransactor: FeeTokenTransactor{contract: contract}, FeeTokenFilterer: FeeTokenFilterer{contract: contract}}, nil
}

// NewFeeTokenCaller creates a new read-only instance of FeeToken, bound to a specific deployed contract.
func NewFeeTokenCaller(address common.Address, caller bind.ContractCaller) (*FeeTokenCaller, error) {
	contract, err := bindFeeToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FeeTokenCaller{contract: contract}, nil
}

// NewFeeTokenTransactor creates a new write-only instance of FeeToken, bound to a specific deployed contract.
func NewFeeTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*FeeTokenTransactor, error) {
	contract, err := bindFeeToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FeeTokenTransactor{contract: contract}, nil
}

// NewFeeTokenFilterer creates a new log filterer instance of FeeToken, bound to a specific deployed contract.
func NewFeeTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*FeeTokenFilterer, error) {
	contract, err := bindFeeToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FeeTokenFilterer{contract: contract}, nil
}

// bindFeeToken binds a generic wrapper to an already deployed contract.
func bindFeeToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FeeTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FeeToken *FeeTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FeeToken.Contract.FeeTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FeeToken *FeeTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FeeToken.Contract.FeeTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FeeToken *FeeTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FeeToken.Contract.FeeTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FeeToken *FeeTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FeeToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FeeToken *FeeTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FeeToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FeeToken *FeeTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FeeToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FeeToken *FeeTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FeeToken *FeeTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _FeeToken.Contract.Allowance(&_FeeToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FeeToken *FeeTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _FeeToken.Contract.Allowance(&_FeeToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FeeToken *FeeTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FeeToken *FeeTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _FeeToken.Contract.BalanceOf(&_FeeToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FeeToken *FeeTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _FeeToken.Contract.BalanceOf(&_FeeToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FeeToken *FeeTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FeeToken *FeeTokenSession) Decimals() (uint8, error) {
	return _FeeToken.Contract.Decimals(&_FeeToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FeeToken *FeeTokenCallerSession) Decimals() (uint8, error) {
	return _FeeToken.Contract.Decimals(&_FeeToken.CallOpts)
}

// FeeBps is a free data retrieval call binding the contract method 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (_FeeToken *FeeTokenCaller) FeeBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "feeBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FeeBps is a free data retrieval call binding the contract method 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (_FeeToken *FeeTokenSession) FeeBps() (*big.Int, error) {
	return _FeeToken.Contract.FeeBps(&_FeeToken.CallOpts)
}

// FeeBps is a free data retrieval call binding the contract method 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (_FeeToken *FeeTokenCallerSession) FeeBps() (*big.Int, error) {
	return _FeeToken.Contract.FeeBps(&_FeeToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FeeToken *FeeTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FeeToken *FeeTokenSession) Name() (string, error) {
	return _FeeToken.Contract.Name(&_FeeToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FeeToken *FeeTokenCallerSession) Name() (string, error) {
	return _FeeToken.Contract.Name(&_FeeToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FeeToken *FeeTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FeeToken *FeeTokenSession) Symbol() (string, error) {
	return _FeeToken.Contract.Symbol(&_FeeToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FeeToken *FeeTokenCallerSession) Symbol() (string, error) {
	return _FeeToken.Contract.Symbol(&_FeeToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FeeToken *FeeTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FeeToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FeeToken *FeeTokenSession) TotalSupply() (*big.Int, error) {
	return _FeeToken.Contract.TotalSupply(&_FeeToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FeeToken *FeeTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _FeeToken.Contract.TotalSupply(&_FeeToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FeeToken *FeeTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FeeToken *FeeTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.Contract.Approve(&_FeeToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FeeToken *FeeTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.Contract.Approve(&_FeeToken.TransactOpts, spender, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FeeToken *FeeTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FeeToken *FeeTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.Contract.Transfer(&_FeeToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FeeToken *FeeTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.Contract.Transfer(&_FeeToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FeeToken *FeeTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FeeToken *FeeTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.Contract.TransferFrom(&_FeeToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FeeToken *FeeTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeToken.Contract.TransferFrom(&_FeeToken.TransactOpts, from, to, value)
}

// FeeTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the FeeToken contract.
type FeeTokenApprovalIterator struct {
	Event *FeeTokenApproval // Event containing the contract specifics and raw log

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
func (it *FeeTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FeeTokenApproval)
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
		it.Event = new(FeeTokenApproval)
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
func (it *FeeTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FeeTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FeeTokenApproval represents a Approval event raised by the FeeToken contract.
type FeeTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FeeToken *FeeTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*FeeTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _FeeToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &FeeTokenApprovalIterator{contract: _FeeToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FeeToken *FeeTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *FeeTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _FeeToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FeeTokenApproval)
				if err := _FeeToken.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_FeeToken *FeeTokenFilterer) ParseApproval(log types.Log) (*FeeTokenApproval, error) {
	event := new(FeeTokenApproval)
	if err := _FeeToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FeeTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the FeeToken contract.
type FeeTokenTransferIterator struct {
	Event *FeeTokenTransfer // Event containing the contract specifics and raw log

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
func (it *FeeTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FeeTokenTransfer)
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
		it.Event = new(FeeTokenTransfer)
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
func (it *FeeTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FeeTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FeeTokenTransfer represents a Transfer event raised by the FeeToken contract.
type FeeTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FeeToken *FeeTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*FeeTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _FeeToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &FeeTokenTransferIterator{contract: _FeeToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FeeToken *FeeTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *FeeTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _FeeToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FeeTokenTransfer)
				if err := _FeeToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_FeeToken *FeeTokenFilterer) ParseTransfer(log types.Log) (*FeeTokenTransfer, error) {
	event := new(FeeTokenTransfer)
	if err := _FeeToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MerkleHarnessMetaData contains all meta data concerning the MerkleHarness contract.
var MerkleHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"flockLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"flockRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"openZeppelinRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x60808060405234601557610207908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80632900067f146101005780632a5daa5a146100b95763acc098cf1461003a575f80fd5b346100b55760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100b55760443573ffffffffffffffffffffffffffffffffffffffff81168091036100b5576080602091604051906004358252602435848301526040820152606435606082015220604051908152f35b5f80fd5b346100b55760206100c93661015b565b91809160051b015b8082106100e2575050604051908152f35b90918383359182811160051b90815218528260405f209201906100d1565b346100b55761010e3661015b565b915f925b82841015610150578360051b820135908181105f1461013f575f52602052600160405f205b930192610112565b905f52602052600160405f20610137565b602090604051908152f35b9060407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8301126100b55760043567ffffffffffffffff81116100b557826023820112156100b55780600401359267ffffffffffffffff84116100b55760248460051b830101116100b55760240191906024359056fea2646970667358221220369e0006b6453949b7de28e5149fe1211d7b42743bd5bd61c441ff33635f217864736f6c634300081c0033",
}

// MerkleHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use MerkleHarnessMetaData.ABI instead.
var MerkleHarnessABI = MerkleHarnessMetaData.ABI

// MerkleHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MerkleHarnessMetaData.Bin instead.
var MerkleHarnessBin = MerkleHarnessMetaData.Bin

// DeployMerkleHarness deploys a new Ethereum contract, binding an instance of MerkleHarness to it.
func DeployMerkleHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *MerkleHarness, error) {
	parsed, err := MerkleHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MerkleHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MerkleHarness{MerkleHarnessCaller: MerkleHarnessCaller{contract: contract}, MerkleHarnessTransactor: MerkleHarnessTransactor{contract: contract}, MerkleHarnessFilterer: MerkleHarnessFilterer{contract: contract}}, nil
}

// MerkleHarness is an auto generated Go binding around an Ethereum contract.
type MerkleHarness struct {
	MerkleHarnessCaller     // Read-only binding to the contract
	MerkleHarnessTransactor // Write-only binding to the contract
	MerkleHarnessFilterer   // Log filterer for contract events
}

// MerkleHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type MerkleHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MerkleHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MerkleHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MerkleHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MerkleHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MerkleHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MerkleHarnessSession struct {
	Contract     *MerkleHarness    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MerkleHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MerkleHarnessCallerSession struct {
	Contract *MerkleHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// MerkleHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MerkleHarnessTransactorSession struct {
	Contract     *MerkleHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// MerkleHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type MerkleHarnessRaw struct {
	Contract *MerkleHarness // Generic contract binding to access the raw methods on
}

// MerkleHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MerkleHarnessCallerRaw struct {
	Contract *MerkleHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// MerkleHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MerkleHarnessTransactorRaw struct {
	Contract *MerkleHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMerkleHarness creates a new instance of MerkleHarness, bound to a specific deployed contract.
func NewMerkleHarness(address common.Address, backend bind.ContractBackend) (*MerkleHarness, error) {
	contract, err := bindMerkleHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MerkleHarness{MerkleHarnessCaller: MerkleHarnessCaller{contract: contract}, MerkleHarnessTransactor: MerkleHarnessTransactor{contract: contract}, MerkleHarnessFilterer: MerkleHarnessFilterer{contract: contract}}, nil
}

// NewMerkleHarnessCaller creates a new read-only instance of MerkleHarness, bound to a specific deployed contract.
func NewMerkleHarnessCaller(address common.Address, caller bind.ContractCaller) (*MerkleHarnessCaller, error) {
	contract, err := bindMerkleHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MerkleHarnessCaller{contract: contract}, nil
}

// NewMerkleHarnessTransactor creates a new write-only instance of MerkleHarness, bound to a specific deployed contract.
func NewMerkleHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*MerkleHarnessTransactor, error) {
	contract, err := bindMerkleHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MerkleHarnessTransactor{contract: contract}, nil
}

// NewMerkleHarnessFilterer creates a new log filterer instance of MerkleHarness, bound to a specific deployed contract.
func NewMerkleHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*MerkleHarnessFilterer, error) {
	contract, err := bindMerkleHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MerkleHarnessFilterer{contract: contract}, nil
}

// bindMerkleHarness binds a generic wrapper to an already deployed contract.
func bindMerkleHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MerkleHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MerkleHarness *MerkleHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MerkleHarness.Contract.MerkleHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MerkleHarness *MerkleHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MerkleHarness.Contract.MerkleHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MerkleHarness *MerkleHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MerkleHarness.Contract.MerkleHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MerkleHarness *MerkleHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MerkleHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MerkleHarness *MerkleHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MerkleHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MerkleHarness *MerkleHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MerkleHarness.Contract.contract.Transact(opts, method, params...)
}

// FlockLeaf is a free data retrieval call binding the contract method 0xacc098cf.
//
// Solidity: function flockLeaf(uint256 epoch, uint256 index, address account, uint256 amount) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessCaller) FlockLeaf(opts *bind.CallOpts, epoch *big.Int, index *big.Int, account common.Address, amount *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _MerkleHarness.contract.Call(opts, &out, "flockLeaf", epoch, index, account, amount)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// FlockLeaf is a free data retrieval call binding the contract method 0xacc098cf.
//
// Solidity: function flockLeaf(uint256 epoch, uint256 index, address account, uint256 amount) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessSession) FlockLeaf(epoch *big.Int, index *big.Int, account common.Address, amount *big.Int) ([32]byte, error) {
	return _MerkleHarness.Contract.FlockLeaf(&_MerkleHarness.CallOpts, epoch, index, account, amount)
}

// FlockLeaf is a free data retrieval call binding the contract method 0xacc098cf.
//
// Solidity: function flockLeaf(uint256 epoch, uint256 index, address account, uint256 amount) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessCallerSession) FlockLeaf(epoch *big.Int, index *big.Int, account common.Address, amount *big.Int) ([32]byte, error) {
	return _MerkleHarness.Contract.FlockLeaf(&_MerkleHarness.CallOpts, epoch, index, account, amount)
}

// FlockRoot is a free data retrieval call binding the contract method 0x2a5daa5a.
//
// Solidity: function flockRoot(bytes32[] proof, bytes32 node) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessCaller) FlockRoot(opts *bind.CallOpts, proof [][32]byte, node [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _MerkleHarness.contract.Call(opts, &out, "flockRoot", proof, node)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// FlockRoot is a free data retrieval call binding the contract method 0x2a5daa5a.
//
// Solidity: function flockRoot(bytes32[] proof, bytes32 node) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessSession) FlockRoot(proof [][32]byte, node [32]byte) ([32]byte, error) {
	return _MerkleHarness.Contract.FlockRoot(&_MerkleHarness.CallOpts, proof, node)
}

// FlockRoot is a free data retrieval call binding the contract method 0x2a5daa5a.
//
// Solidity: function flockRoot(bytes32[] proof, bytes32 node) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessCallerSession) FlockRoot(proof [][32]byte, node [32]byte) ([32]byte, error) {
	return _MerkleHarness.Contract.FlockRoot(&_MerkleHarness.CallOpts, proof, node)
}

// OpenZeppelinRoot is a free data retrieval call binding the contract method 0x2900067f.
//
// Solidity: function openZeppelinRoot(bytes32[] proof, bytes32 node) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessCaller) OpenZeppelinRoot(opts *bind.CallOpts, proof [][32]byte, node [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _MerkleHarness.contract.Call(opts, &out, "openZeppelinRoot", proof, node)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OpenZeppelinRoot is a free data retrieval call binding the contract method 0x2900067f.
//
// Solidity: function openZeppelinRoot(bytes32[] proof, bytes32 node) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessSession) OpenZeppelinRoot(proof [][32]byte, node [32]byte) ([32]byte, error) {
	return _MerkleHarness.Contract.OpenZeppelinRoot(&_MerkleHarness.CallOpts, proof, node)
}

// OpenZeppelinRoot is a free data retrieval call binding the contract method 0x2900067f.
//
// Solidity: function openZeppelinRoot(bytes32[] proof, bytes32 node) pure returns(bytes32)
func (_MerkleHarness *MerkleHarnessCallerSession) OpenZeppelinRoot(proof [][32]byte, node [32]byte) ([32]byte, error) {
	return _MerkleHarness.Contract.OpenZeppelinRoot(&_MerkleHarness.CallOpts, proof, node)
}

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"data\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revertData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60806040523461057a576114b06040813803918261001c8161057e565b93849283398101031261057a5780516001600160a01b038116919082900361057a57602001519060409061004f8261057e565b92600f84526e2932b2b73a3930b73a102a37b5b2b760891b60208501526100758361057e565b6002815261524560f01b6020820152845190946001600160401b038211610361576100a16003546105a3565b601f811161052c575b50602090601f83116001146104c7576100da92915f918361029c575b50508160011b915f199060031b1c19161790565b6003555b83516001600160401b038111610361576100f96004546105a3565b601f8111610479575b50602094601f8211600114610416576101349293949582915f9261029c5750508160011b915f199060031b1c19161790565b6004555b811561040357600254908082018092116103ef5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f936002558484528382528584208181540190558551908152a36005546001600160a01b0316801515806103e2575b6101b2575b5051610ebe90816105f28239f35b600160ff19600754161760075581515f6006546101ce816105a3565b90600181169081156103cd575060011461037d575b5091815f809493819403925af1903d15610375573d916001600160401b0383116103615761021a601f8401601f191660200161057e565b9283523d5f602085013e5b6007805461ff00191691151560081b61ff001691909117905581516001600160401b038111610361576102596008546105a3565b601f8111610308575b50602092601f82116001146102a757610292929382915f9261029c5750508160011b915f199060031b1c19161790565b6008555b5f6101a4565b015190505f806100c6565b601f1982169360085f52805f20915f5b8681106102f057508360019596106102d8575b505050811b01600855610296565b01515f1960f88460031b161c191690555f80806102ca565b919260206001819286850151815501940192016102b7565b60085f52610351907ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3601f840160051c81019160208510610357575b601f0160051c01906105db565b5f610262565b9091508190610344565b634e487b7160e01b5f52604160045260245ffd5b606091610225565b60065f9081529091507ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5b8282106103b95750508101816101e3565b6001816020925484870152019101906103a8565b60ff19168452508015150282019050816101e3565b5060ff600754161561019f565b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b601f1982169560045f52805f20915f5b88811061046157508360019596979810610449575b505050811b01600455610138565b01515f1960f88460031b161c191690555f808061043b565b91926020600181928685015181550194019201610426565b60045f526104c1907f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061035757601f0160051c01906105db565b5f610102565b90601f1983169160035f52815f20925f5b81811061051457509084600195949392106104fc575b505050811b016003556100de565b01515f1960f88460031b161c191690555f80806104ee565b929360206001819287860151815501950193016104d8565b60035f52610574907fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f850160051c8101916020861061035757601f0160051c01906105db565b5f6100aa565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761036157604052565b90600182811c921680156105d1575b60208310146105bd57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105b2565b8181106105e6575050565b5f81556001016105db56fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461087457508063095ea7b3146107e557806318160ddd146107c85780631983c6a31461072357806323b872dd146105cc578063313ce567146105b15780633522bfd0146103c75780633f09775e146103a257806370a082311461035e57806373d4a13a146102b9578063917f51b41461029757806395d89b4114610197578063a9059cbb14610166578063d4b83992146101335763dd62ed3e146100c1575f80fd5b3461012f57604060031936011261012f576100da610959565b73ffffffffffffffffffffffffffffffffffffffff6100f761097c565b91165f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b5f80fd5b3461012f575f60031936011261012f57602073ffffffffffffffffffffffffffffffffffffffff60055416604051908152f35b3461012f57604060031936011261012f5761018c610182610959565b6024359033610a5e565b602060405160018152f35b3461012f575f60031936011261012f576040515f6004546101b78161099f565b808452906001811690811561025557506001146101f7575b6101f3836101df818503826109f0565b604051918291602083526020830190610916565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b80821061023b575090915081016020016101df6101cf565b919260018160209254838588010152019101909291610223565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506101df90506101cf565b3461012f575f60031936011261012f57602060ff600754166040519015158152f35b3461012f575f60031936011261012f576040515f6006546102d98161099f565b80845290600181169081156102555750600114610300576101f3836101df818503826109f0565b60065f9081527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f939250905b808210610344575090915081016020016101df6101cf565b91926001816020925483858801015201910190929161032c565b3461012f57602060031936011261012f5773ffffffffffffffffffffffffffffffffffffffff61038c610959565b165f525f602052602060405f2054604051908152f35b3461012f575f60031936011261012f57602060ff60075460081c166040519015158152f35b3461012f57604060031936011261012f576103e0610959565b6024359067ffffffffffffffff821161012f573660238301121561012f5781600401359067ffffffffffffffff821161012f57366024838501011161012f5773ffffffffffffffffffffffffffffffffffffffff167fffffffffffffffffffffffff0000000000000000000000000000000000000000600554161760055561046960065461099f565b601f811161054e575b505f601f82116001146104b257819061049f935f926104a4575b50505f198260011b9260031b1c19161790565b600655005b60249250010135838061048c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08216927ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f915f5b85811061053357508360019510610517575b505050811b01600655005b01602401355f19600384901b60f8161c1916905582808061050c565b909260206001819260248787010135815501940191016104fa565b60065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f601f830160051c810191602084106105a7575b601f0160051c01905b81811061059c5750610472565b5f815560010161058f565b9091508190610586565b3461012f575f60031936011261012f57602060405160128152f35b3461012f57606060031936011261012f576105e5610959565b6105ed61097c565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20545f19811061064a575b5061018c9350610a5e565b8381106106ef5784156106c35733156106975761018c945f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f526020528360405f20910390558461063f565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b3461012f575f60031936011261012f576040515f6008546107438161099f565b8084529060018116908115610255575060011461076a576101f3836101df818503826109f0565b60085f9081527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3939250905b8082106107ae575090915081016020016101df6101cf565b919260018160209254838588010152019101909291610796565b3461012f575f60031936011261012f576020600254604051908152f35b3461012f57604060031936011261012f576107fe610959565b6024359033156106c35773ffffffffffffffffffffffffffffffffffffffff1690811561069757335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b3461012f575f60031936011261012f575f6003546108918161099f565b808452906001811690811561025557506001146108b8576101f3836101df818503826109f0565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106108fc575090915081016020016101df6101cf565b9192600181602092548385880101520191019092916108e4565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361012f57565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361012f57565b90600182811c921680156109e6575b60208310146109b957565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916109ae565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610a3157604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16908115610e5c5773ffffffffffffffffffffffffffffffffffffffff16918215610e3057815f525f60205260405f2054818110610dfe57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a373ffffffffffffffffffffffffffffffffffffffff6005541680151580610df1575b610b1d5750565b60017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0060075416176007556040515f600654610b588161099f565b9060018116908115610dbe5750600114610d6f575b5091815f809493819403925af1903d15610d67573d9167ffffffffffffffff8311610a315760405192610bc860207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601856109f0565b83523d5f602085013e5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff61ff0060075492151560081b16911617600755815167ffffffffffffffff8111610a3157610c2260085461099f565b601f8111610d04575b50602092601f8211600114610c6a57610c5a929382915f92610c5f5750505f198260011b9260031b1c19161790565b600855565b015190505f8061048c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082169360085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b868110610cec5750836001959610610cd4575b505050811b01600855565b01515f1960f88460031b161c191690555f8080610cc9565b91926020600181928685015181550194019201610cb6565b60085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3601f830160051c81019160208410610d5d575b601f0160051c01905b818110610d525750610c2b565b5f8155600101610d45565b9091508190610d3c565b606091610bd2565b905060065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5f905b828210610daa575050810181610b6d565b600181602092548487015201910190610d99565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016845250801515028201905081610b6d565b5060ff6007541615610b16565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffdfea2646970667358221220ea88afda5b3411b0d65480a3ad3b4dc6f2c4c5a9cb8a32f75a9a8ae2760cd31164736f6c634300081c0033",
}

// ReentrantTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantTokenMetaData.ABI instead.
var ReentrantTokenABI = ReentrantTokenMetaData.ABI

// ReentrantTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantTokenMetaData.Bin instead.
var ReentrantTokenBin = ReentrantTokenMetaData.Bin

// DeployReentrantToken deploys a new Ethereum contract, binding an instance of ReentrantToken to it.
func DeployReentrantToken(auth *bind.TransactOpts, backend bind.ContractBackend, holder common.Address, supply *big.Int) (common.Address, *types.Transaction, *ReentrantToken, error) {
	parsed, err := ReentrantTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantTokenBin), backend, holder, supply)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantToken{ReentrantTokenCaller: ReentrantTokenCaller{contract: contract}, ReentrantTokenTransactor: ReentrantTokenTransactor{contract: contract}, ReentrantTokenFilterer: ReentrantTokenFilterer{contract: contract}}, nil
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	ReentrantTokenCaller     // Read-only binding to the contract
	ReentrantTokenTransactor // Write-only binding to the contract
	ReentrantTokenFilterer   // Log filterer for contract events
}

// ReentrantTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantTokenSession struct {
	Contract     *ReentrantToken   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ReentrantTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantTokenCallerSession struct {
	Contract *ReentrantTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ReentrantTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantTokenTransactorSession struct {
	Contract     *ReentrantTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ReentrantTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantTokenRaw struct {
	Contract *ReentrantToken // Generic contract binding to access the raw methods on
}

// ReentrantTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantTokenCallerRaw struct {
	Contract *ReentrantTokenCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantTokenTransactorRaw struct {
	Contract *ReentrantTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantToken creates a new instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantToken(address common.Address, backend bind.ContractBackend) (*ReentrantToken, error) {
	contract, err := bindReentrantToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantToken{ReentrantTokenCaller: ReentrantTokenCaller{contract: contract}, ReentrantTokenTransactor: ReentrantTokenTransactor{contract: contract}, ReentrantTokenFilterer: ReentrantTokenFilterer{contract: contract}}, nil
}

// NewReentrantTokenCaller creates a new read-only instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenCaller(address common.Address, caller bind.ContractCaller) (*ReentrantTokenCaller, error) {
	contract, err := bindReentrantToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenCaller{contract: contract}, nil
}

// NewReentrantTokenTransactor creates a new write-only instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantTokenTransactor, error) {
	contract, err := bindReentrantToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenTransactor{contract: contract}, nil
}

// NewReentrantTokenFilterer creates a new log filterer instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantTokenFilterer, error) {
	contract, err := bindReentrantToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenFilterer{contract: contract}, nil
}

// bindReentrantToken binds a generic wrapper to an already deployed contract.
func bindReentrantToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantToken *ReentrantTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantToken.Contract.ReentrantTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantToken *ReentrantTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantToken.Contract.ReentrantTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantToken *ReentrantTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantToken.Contract.ReentrantTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantToken *ReentrantTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantToken *ReentrantTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantToken *ReentrantTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.Allowance(&_ReentrantToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.Allowance(&_ReentrantToken.CallOpts, owner, spender)
}

// Attempted is a free data retrieval call binding the contract method 0x917f51b4.
//
// Solidity: function attempted() view returns(bool)
func (_ReentrantToken *ReentrantTokenCaller) Attempted(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "attempted")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Attempted is a free data retrieval call binding the contract method 0x917f51b4.
//
// Solidity: function attempted() view returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Attempted() (bool, error) {
	return _ReentrantToken.Contract.Attempted(&_ReentrantToken.CallOpts)
}

// Attempted is a free data retrieval call binding the contract method 0x917f51b4.
//
// Solidity: function attempted() view returns(bool)
func (_ReentrantToken *ReentrantTokenCallerSession) Attempted() (bool, error) {
	return _ReentrantToken.Contract.Attempted(&_ReentrantToken.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.BalanceOf(&_ReentrantToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.BalanceOf(&_ReentrantToken.CallOpts, account)
}

// Data is a free data retrieval call binding the contract method 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCaller) Data(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "data")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Data is a free data retrieval call binding the contract method 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (_ReentrantToken *ReentrantTokenSession) Data() ([]byte, error) {
	return _ReentrantToken.Contract.Data(&_ReentrantToken.CallOpts)
}

// Data is a free data retrieval call binding the contract method 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCallerSession) Data() ([]byte, error) {
	return _ReentrantToken.Contract.Data(&_ReentrantToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenSession) Decimals() (uint8, error) {
	return _ReentrantToken.Contract.Decimals(&_ReentrantToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenCallerSession) Decimals() (uint8, error) {
	return _ReentrantToken.Contract.Decimals(&_ReentrantToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenSession) Name() (string, error) {
	return _ReentrantToken.Contract.Name(&_ReentrantToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenCallerSession) Name() (string, error) {
	return _ReentrantToken.Contract.Name(&_ReentrantToken.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_ReentrantToken *ReentrantTokenCaller) Reentered(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "reentered")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Reentered() (bool, error) {
	return _ReentrantToken.Contract.Reentered(&_ReentrantToken.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_ReentrantToken *ReentrantTokenCallerSession) Reentered() (bool, error) {
	return _ReentrantToken.Contract.Reentered(&_ReentrantToken.CallOpts)
}

// RevertData is a free data retrieval call binding the contract method 0x1983c6a3.
//
// Solidity: function revertData() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCaller) RevertData(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "revertData")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// RevertData is a free data retrieval call binding the contract method 0x1983c6a3.
//
// Solidity: function revertData() view returns(bytes)
func (_ReentrantToken *ReentrantTokenSession) RevertData() ([]byte, error) {
	return _ReentrantToken.Contract.RevertData(&_ReentrantToken.CallOpts)
}

// RevertData is a free data retrieval call binding the contract method 0x1983c6a3.
//
// Solidity: function revertData() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCallerSession) RevertData() ([]byte, error) {
	return _ReentrantToken.Contract.RevertData(&_ReentrantToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenSession) Symbol() (string, error) {
	return _ReentrantToken.Contract.Symbol(&_ReentrantToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenCallerSession) Symbol() (string, error) {
	return _ReentrantToken.Contract.Symbol(&_ReentrantToken.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenCaller) Target(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "target")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenSession) Target() (common.Address, error) {
	return _ReentrantToken.Contract.Target(&_ReentrantToken.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenCallerSession) Target() (common.Address, error) {
	return _ReentrantToken.Contract.Target(&_ReentrantToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) TotalSupply() (*big.Int, error) {
	return _ReentrantToken.Contract.TotalSupply(&_ReentrantToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _ReentrantToken.Contract.TotalSupply(&_ReentrantToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Approve(&_ReentrantToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Approve(&_ReentrantToken.TransactOpts, spender, value)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (_ReentrantToken *ReentrantTokenTransactor) Arm(opts *bind.TransactOpts, target_ common.Address, data_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "arm", target_, data_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (_ReentrantToken *ReentrantTokenSession) Arm(target_ common.Address, data_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Arm(&_ReentrantToken.TransactOpts, target_, data_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (_ReentrantToken *ReentrantTokenTransactorSession) Arm(target_ common.Address, data_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Arm(&_ReentrantToken.TransactOpts, target_, data_)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Transfer(&_ReentrantToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Transfer(&_ReentrantToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.TransferFrom(&_ReentrantToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.TransferFrom(&_ReentrantToken.TransactOpts, from, to, value)
}

// ReentrantTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the ReentrantToken contract.
type ReentrantTokenApprovalIterator struct {
	Event *ReentrantTokenApproval // Event containing the contract specifics and raw log

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
func (it *ReentrantTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ReentrantTokenApproval)
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
		it.Event = new(ReentrantTokenApproval)
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
func (it *ReentrantTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ReentrantTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*ReentrantTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _ReentrantToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenApprovalIterator{contract: _ReentrantToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ReentrantTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _ReentrantToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ReentrantTokenApproval)
				if err := _ReentrantToken.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_ReentrantToken *ReentrantTokenFilterer) ParseApproval(log types.Log) (*ReentrantTokenApproval, error) {
	event := new(ReentrantTokenApproval)
	if err := _ReentrantToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ReentrantTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the ReentrantToken contract.
type ReentrantTokenTransferIterator struct {
	Event *ReentrantTokenTransfer // Event containing the contract specifics and raw log

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
func (it *ReentrantTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ReentrantTokenTransfer)
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
		it.Event = new(ReentrantTokenTransfer)
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
func (it *ReentrantTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ReentrantTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*ReentrantTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ReentrantToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenTransferIterator{contract: _ReentrantToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ReentrantTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ReentrantToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ReentrantTokenTransfer)
				if err := _ReentrantToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_ReentrantToken *ReentrantTokenFilterer) ParseTransfer(log types.Log) (*ReentrantTokenTransfer, error) {
	event := new(ReentrantTokenTransfer)
	if err := _ReentrantToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
