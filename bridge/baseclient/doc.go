// Package baseclient is the Go client of the Flock bridge on Base (or any EVM chain): connect
// to a JSON-RPC endpoint, load a signing key, find and bind the FlockBridge, and the
// operations built on them — deploy, deposit, claim — with transactions sent under an
// optional fee cap, waited for, and their reverts decoded into readable errors (the error
// chain kept). Every call takes a context; contract reads carry it in bind.CallOpts.
//
// cmd/flock-relayer is flag parsing over this package; the orchestrator and relay loops of
// x/bridge go beside it.
package baseclient
