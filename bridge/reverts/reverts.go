// Package reverts turns a FlockBridge or ERC-20 revert carried by a JSON-RPC error into a
// readable message such as `PayoutCapExceeded(total=5, cap=4)`, for the CLI and for tests.
package reverts

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/flockchain/flock/bridge/contracts/bindings"
)

var (
	once    sync.Once
	abis    []*abi.ABI
	loadErr error
)

// the ABIs whose custom errors we know: the bridge (with OpenZeppelin's errors it can bubble)
// and the token (OpenZeppelin ERC-20 errors)
func load() {
	for _, j := range []string{bindings.FlockBridgeMetaData.ABI, bindings.FlockTokenMetaData.ABI} {
		a, err := abi.JSON(strings.NewReader(j))
		if err != nil {
			loadErr = err
			return
		}
		abis = append(abis, &a)
	}
}

// Data extracts revert data from an error returned by eth_call / eth_estimateGas.
func Data(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, decErr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if decErr != nil {
		return nil, false
	}
	return b, true
}

// Name is the custom error's name in err ("" if err carries no known custom error).
func Name(err error) string {
	name, _ := decode(err)
	return name
}

// Describe is a one-line description of err: the decoded custom error with its arguments, a
// require message, or err's own text.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	if name, args := decode(err); name != "" {
		return name + "(" + args + ")"
	}
	if data, ok := Data(err); ok {
		if reason, uerr := abi.UnpackRevert(data); uerr == nil {
			return "reverted: " + reason
		}
		if len(data) == 0 {
			return "reverted without a reason"
		}
		return fmt.Sprintf("reverted with unknown data 0x%x", data)
	}
	return err.Error()
}

func decode(err error) (name, args string) {
	data, ok := Data(err)
	if !ok || len(data) < 4 {
		return "", ""
	}
	once.Do(load)
	if loadErr != nil {
		return "", ""
	}
	var id [4]byte
	copy(id[:], data[:4])
	for _, a := range abis {
		e, lookupErr := a.ErrorByID(id)
		if lookupErr != nil {
			continue
		}
		vals, uerr := e.Inputs.Unpack(data[4:])
		if uerr != nil {
			return e.Name, "undecodable arguments"
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprintf("%s=%v", e.Inputs[i].Name, v)
		}
		return e.Name, strings.Join(parts, ", ")
	}
	return "", ""
}
