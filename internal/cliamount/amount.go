// Package cliamount reads the amounts people type on the flockd command line: 10flock,
// 2.5flock or 1000aflock, converted exactly to the base denom. Every module's CLI uses it.
package cliamount

import (
	"fmt"
	"regexp"
	"strings"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

// Help describes the accepted spellings, for command help.
const Help = "in flock (10flock, 2.5flock) or aflock (1 flock = 10^18 aflock)"

// amountSpelling is <amount><denom>: an amount with an optional fraction, then a denom.
var amountSpelling = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]*)$`)

// Parse reads an amount of the module's denom: in the base denom (sdk.DefaultBondDenom,
// aflock) as a whole number, or in any unit of its bank metadata (flock, exponent 18; case
// is ignored) with at most that many decimals. `10flock` is 10·10^18 aflock. Units come
// from the node's bank metadata, the chain's one statement of them, so only the base denom
// works offline.
func Parse(clientCtx client.Context, field, s string) (sdk.Coin, error) {
	m := amountSpelling.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return sdk.Coin{}, fmt.Errorf("%s %q: want an amount and a denom, e.g. 10flock or 10000000000000000000%s", field, s, sdk.DefaultBondDenom)
	}
	amount, denom := m[1], m[2]
	base := sdk.DefaultBondDenom
	if denom == base {
		return toBase(field, amount, denom, base, 0)
	}
	if clientCtx.Offline {
		return sdk.Coin{}, fmt.Errorf("%s %q: converting %s needs the node's denom metadata; offline, give the amount in %s", field, s, denom, base)
	}
	res, err := banktypes.NewQueryClient(clientCtx).DenomMetadata(clientCtx.CmdContext, &banktypes.QueryDenomMetadataRequest{Denom: base})
	if err != nil {
		return sdk.Coin{}, fmt.Errorf("%s %q: reading the metadata of %s: %w", field, s, base, err)
	}
	var units []string
	for _, u := range res.Metadata.DenomUnits {
		for _, name := range append([]string{u.Denom}, u.Aliases...) {
			if strings.EqualFold(name, denom) {
				return toBase(field, amount, denom, base, u.Exponent)
			}
		}
		units = append(units, u.Denom)
	}
	return sdk.Coin{}, fmt.Errorf("%s %q: unknown denom %s; want one of %s", field, s, denom, strings.Join(units, ", "))
}

// toBase converts a decimal amount of a unit 10^exponent base units large, exactly.
func toBase(field, amount, unit, base string, exponent uint32) (sdk.Coin, error) {
	whole, frac, _ := strings.Cut(amount, ".")
	if uint32(len(frac)) > exponent {
		return sdk.Coin{}, fmt.Errorf("%s %s%s has %d decimals; %s has %d", field, amount, unit, len(frac), unit, exponent)
	}
	digits := whole + frac + strings.Repeat("0", int(exponent)-len(frac))
	n, ok := math.NewIntFromString(digits)
	if !ok {
		return sdk.Coin{}, fmt.Errorf("%s %s%s is out of range", field, amount, unit)
	}
	return sdk.NewCoin(base, n), nil
}
