package arena

import (
	"fmt"
	"strconv"

	arenatypes "github.com/flockchain/flock/x/arena/types"
)

// FormatScore writes a measured metric as a score the chain accepts: rounded to the chain's
// score_decimals (a param governance can change, so it is read from the chain before each
// commitment, never assumed) and checked with the chain's own parser, so a value it would
// refuse at reveal (NaN, infinite, too many digits) is refused here, before anything is
// committed.
func FormatScore(v float64, decimals uint32) (string, error) {
	s := strconv.FormatFloat(v, 'f', int(decimals), 64)
	if _, err := arenatypes.ParseScore(s, decimals); err != nil {
		return "", fmt.Errorf("metric %v cannot be a score with %d decimals: %w", v, decimals, err)
	}
	return s, nil
}
