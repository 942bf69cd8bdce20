package devchain

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// evmAPI is the "evm" JSON-RPC namespace: the clock controls anvil and Hardhat offer, so that
// scripts and dapp tests can pass the bridge's claim delay (at least an hour) on a devchain.
type evmAPI struct{ c *Chain }

// maxIncrease bounds one evm_increaseTime: ten years, far beyond the bridge's 30-day limits.
const maxIncrease = 10 * 365 * 24 * time.Hour

// Seconds is a JSON-RPC quantity as the tools send it: a number, or a decimal or 0x-hex string.
type Seconds uint64

// UnmarshalJSON accepts 3600, "3600" and "0xe10".
func (s *Seconds) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	var text string
	switch x := v.(type) {
	case float64:
		text = string(b)
	case string:
		text = x
	default:
		return fmt.Errorf("seconds: want a number or a string, got %s", b)
	}
	base := 10
	if strings.HasPrefix(text, "0x") {
		text, base = text[2:], 16
	}
	n, ok := new(big.Int).SetString(text, base)
	if !ok || n.Sign() < 0 || !n.IsUint64() {
		return fmt.Errorf("seconds: %s is not a non-negative integer", b)
	}
	*s = Seconds(n.Uint64())
	return nil
}

// IncreaseTime (evm_increaseTime) seals the pending transactions into a block, then seals an
// empty block `seconds` after it; returns the new head's timestamp. Later blocks keep the
// offset: block times only move forward.
func (a *evmAPI) IncreaseTime(ctx context.Context, seconds Seconds) (hexutil.Uint64, error) {
	d := time.Duration(seconds) * time.Second
	if seconds == 0 || d > maxIncrease || d < 0 {
		return 0, fmt.Errorf("evm_increaseTime: want 1 second to %s, got %d", maxIncrease, seconds)
	}
	a.c.Commit()
	if err := a.c.AdjustTime(d); err != nil {
		return 0, fmt.Errorf("evm_increaseTime: %w", err)
	}
	return a.headTime(ctx)
}

// Mine (evm_mine) seals a block now with the pending transactions; returns its timestamp.
func (a *evmAPI) Mine(ctx context.Context) (hexutil.Uint64, error) {
	a.c.Commit()
	return a.headTime(ctx)
}

func (a *evmAPI) headTime(ctx context.Context) (hexutil.Uint64, error) {
	h, err := a.c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return hexutil.Uint64(h.Time), nil
}
