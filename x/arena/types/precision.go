package types

import (
	"math/big"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

// CheckScoreDecimals refuses a score with more significant decimals than score_decimals
// allows. A message's scores parse with MaxScoreDecimals before any state is read; this is
// the check against the current param, at execution.
func CheckScoreDecimals(score math.LegacyDec, decimals uint32) error {
	if decimals >= math.LegacyPrecision {
		return nil
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(math.LegacyPrecision-int(decimals))), nil)
	if new(big.Int).Rem(score.BigInt(), unit).Sign() != 0 {
		return errorsmod.Wrapf(ErrInvalidScore, "score %s has more than the %d decimals score_decimals allows", score, decimals)
	}
	return nil
}
