// Package fixedpoint is the integer arithmetic the Flock modules share: the 10^18 scale of
// 18-decimal fixed point (math.LegacyDec's precision, and the number of aflock in one FLOCK),
// integer n-th roots rounded down, and the proportional split of an amount with every share
// rounded down.
//
// Everything here is exact and deterministic (math/big only, no floats), so a state machine
// can call it and anyone can recompute a result to the last unit. Functions never modify
// their arguments and return fresh values.
package fixedpoint
