package baseclient

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// ParseAmount reads a positive amount in atto-FLOCK, bare or with the chain's "aflock"
// suffix (as flockd prints amounts), or in whole FLOCK with a "flock" suffix.
func ParseAmount(s string) (*big.Int, error) {
	mult := big.NewInt(1)
	digits := s
	if rest, ok := strings.CutSuffix(s, "aflock"); ok {
		digits = rest
	} else if rest, ok := strings.CutSuffix(s, "flock"); ok && rest != "" {
		digits, mult = rest, fixedpoint.Scale()
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q is not a positive integer (atto-FLOCK, bare or with an 'aflock' suffix, or whole FLOCK with a 'flock' suffix)", s)
	}
	return v.Mul(v, mult), nil
}
