// Package ethaddr is the one reader of Base (Ethereum) addresses typed by people and carried
// in messages, shared by the modules that take them (x/bridge, x/rewards) without either
// importing the other. Each wraps its errors with its own typed error and the field name.
package ethaddr

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ErrZero is the zero address: nothing can be paid to it or sign with it.
var ErrZero = errors.New("is the zero address")

// Parse reads "0x" + 40 hex digits in any case and refuses the zero address. Its error names
// the input and what was expected, to be prefixed with the field ("base_recipient %v").
func Parse(s string) (common.Address, error) {
	if len(s) != 42 || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%q: want \"0x\" followed by 40 hex digits", s)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%q: not hex: %v", s, err)
	}
	addr := common.BytesToAddress(b)
	if addr == (common.Address{}) {
		return common.Address{}, ErrZero
	}
	return addr, nil
}
