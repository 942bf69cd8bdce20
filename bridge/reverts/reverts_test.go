package reverts

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// dataErr is what go-ethereum's RPC client returns for a revert.
type dataErr struct{ data any }

func (e dataErr) Error() string  { return "execution reverted" }
func (e dataErr) ErrorData() any { return e.data }

func TestDescribe(t *testing.T) {
	sel := func(sig string) string { return "0x" + common4(crypto.Keccak256([]byte(sig))[:4]) }
	word := func(n byte) string {
		return "00000000000000000000000000000000000000000000000000000000000000" + string("0123456789abcdef"[n>>4]) + string("0123456789abcdef"[n&15])
	}
	cases := []struct {
		err  error
		name string
		desc string
	}{
		{nil, "", ""},
		{errors.New("dial tcp: refused"), "", "dial tcp: refused"},
		{dataErr{sel("BridgePaused()")}, "BridgePaused", "BridgePaused()"},
		{dataErr{sel("PayoutCapExceeded(uint256,uint256)") + word(5) + word(4)}, "PayoutCapExceeded", "PayoutCapExceeded(total=5, cap=4)"},
		{dataErr{sel("ERC20InsufficientAllowance(address,uint256,uint256)") + word(1) + word(2) + word(3)}, "ERC20InsufficientAllowance", ""},
		{dataErr{"0x"}, "", "reverted without a reason"},
		{dataErr{"0xdeadbeef"}, "", "reverted with unknown data 0xdeadbeef"},
		{dataErr{42}, "", "execution reverted"},
	}
	for _, c := range cases {
		if got := Name(c.err); got != c.name {
			t.Errorf("%v: name %q, want %q", c.err, got, c.name)
		}
		if c.desc != "" && Describe(c.err) != c.desc {
			t.Errorf("%v: %q, want %q", c.err, Describe(c.err), c.desc)
		}
	}
}

func common4(b []byte) string {
	const hexd = "0123456789abcdef"
	out := make([]byte, 0, 8)
	for _, x := range b {
		out = append(out, hexd[x>>4], hexd[x&15])
	}
	return string(out)
}
