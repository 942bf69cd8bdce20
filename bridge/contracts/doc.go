// Package contracts holds the Solidity sources of the Base side of the bridge (src/), their
// compiled artifacts (artifacts/), the abigen bindings (bindings/, testbindings/) and the tests
// that run them on the devchain. Regenerate with `make contracts`; see README.md.
package contracts
