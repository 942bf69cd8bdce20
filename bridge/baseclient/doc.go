// Package baseclient is the Go client of the Flock bridge on Base (or any EVM chain): connect
// to a JSON-RPC endpoint, load a signing key, find and bind the FlockBridge, and the
// operations built on them — deploy, deposit, claim — with transactions sent under an
// optional fee cap, waited for, and their reverts decoded into readable errors (the error
// chain kept). Every call takes a context; contract reads carry it in bind.CallOpts.
//
// EventReader is the read side the orchestrators and x/bridge's tests share: the bridge's
// nonced events of a block range as typed values (events.go), sorted and checked to be
// consecutive, and a settlement's claimed leaves at a given block (what a veto leaves to
// re-credit).
//
// cmd/flock-relayer is flag parsing over this package; the orchestrator and relay loops of
// x/bridge go beside it.
package baseclient
