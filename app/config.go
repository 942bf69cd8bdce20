package app

import (
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/internal/fixedpoint"
)

const (
	// AppName is the name reported by the ABCI Info call and written into genesis files.
	AppName = "flockd"

	// BondDenom is the chain's base denomination: atto-FLOCK. One aflock is one wei of the
	// FLOCK ERC-20 on Base, so amounts cross the bridge without conversion.
	BondDenom = "aflock"
	// DisplayDenom is the human unit, 10^18 aflock.
	DisplayDenom = "flock"
	// DisplayExponent is the number of decimals between BondDenom and DisplayDenom: FLOCK's 18,
	// the same as the chain's fixed point.
	DisplayExponent = fixedpoint.Decimals

	// Bech32 human-readable prefixes for every address kind on the chain.
	Bech32PrefixAccAddr  = "flock"
	Bech32PrefixAccPub   = Bech32PrefixAccAddr + "pub"
	Bech32PrefixValAddr  = Bech32PrefixAccAddr + "valoper"
	Bech32PrefixValPub   = Bech32PrefixAccAddr + "valoperpub"
	Bech32PrefixConsAddr = Bech32PrefixAccAddr + "valcons"
	Bech32PrefixConsPub  = Bech32PrefixAccAddr + "valconspub"

	// DefaultMinGasPrice is what a node charges per unit of gas unless its operator says
	// otherwise in app.toml: 1 gwei of FLOCK, so a 200k-gas transaction costs 0.0002 FLOCK.
	DefaultMinGasPrice = "1000000000" + BondDenom

	// CoinType is the BIP-44 coin type used to derive keys: the Cosmos default (118). Keys
	// that sign on Base (orchestrators) are separate Ethereum keys, so nothing requires 60.
	CoinType = 118
)

// OneFlock is 10^18 aflock.
var OneFlock = fixedpoint.One

// Flock returns n whole FLOCK expressed in aflock.
func Flock(n int64) sdkmath.Int { return OneFlock.MulRaw(n) }

func init() {
	// Consensus power is bonded tokens divided by the power reduction. With 18 decimals the
	// SDK default (10^6) would give a 1B FLOCK supply a voting power beyond CometBFT's
	// MaxTotalVotingPower, so one unit of power is one whole FLOCK.
	sdk.DefaultPowerReduction = OneFlock
	// The SDK's module defaults (staking bond denom, gov deposits) read this variable.
	sdk.DefaultBondDenom = BondDenom
	SetAddressPrefixes()
}

// SetAddressPrefixes configures the SDK's global bech32 prefixes and key derivation path. It
// is idempotent and must run before any address is encoded or the config is sealed.
func SetAddressPrefixes() {
	cfg := sdk.GetConfig()
	if cfg.GetBech32AccountAddrPrefix() == Bech32PrefixAccAddr {
		return
	}
	cfg.SetBech32PrefixForAccount(Bech32PrefixAccAddr, Bech32PrefixAccPub)
	cfg.SetBech32PrefixForValidator(Bech32PrefixValAddr, Bech32PrefixValPub)
	cfg.SetBech32PrefixForConsensusNode(Bech32PrefixConsAddr, Bech32PrefixConsPub)
	cfg.SetCoinType(CoinType)
}
