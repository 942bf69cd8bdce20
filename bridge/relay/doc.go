// Package relay is the relayer of the Flock bridge (`flock-relayer relay`): it carries what the
// chain's bridge valset signed onto Base. Each pass reads, from FlockBridge, what Base holds
// (active and pending valset, last epoch, claims made) and, from the chain's x/bridge queries,
// the valsets and settlements whose signatures reach a quorum of Base's active valset, and
// sends, in order, what Base lacks: a valset proposal (updateValset), its activation once the
// contract's delay has passed (activateValset), the next settlements (submitSettlement), and,
// with PushClaims, the payees' claims of landed settlements (claimManySkipClaimed).
//
// Nothing is kept between passes, nor on disk: a restarted relayer, or a second one, reads the
// same state and so never sends what Base already has; a revert because another relayer was
// first is counted as "already", not as a failure. The relayer's own Base account sends at
// most one transaction at a time, always at the account's mined nonce, so a transaction left
// in the node's pool by a crash is waited for (and seen in the contract's state once mined),
// never followed by a second one doing the same thing at the next nonce.
package relay
