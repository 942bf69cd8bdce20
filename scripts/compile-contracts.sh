#!/usr/bin/env bash
# Recompiles the bridge contracts and regenerates their Go bindings (`make contracts`).
# Needs Node (npm) and Go; the outputs are committed, so nothing else in the repository needs Node.
#   bridge/contracts/artifacts/*.json           ABI and bytecode of FlockBridge and FlockToken
#   bridge/contracts/artifacts/test/*.json      test-only tokens
#   bridge/contracts/bindings/bindings.go       abigen bindings (package bindings)
#   bridge/contracts/testbindings/bindings.go   abigen bindings of the test-only tokens
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/bridge/contracts"
ABIGEN="${ABIGEN:-go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10}"

command -v npm >/dev/null 2>&1 || { echo "compile-contracts: npm is needed to recompile the contracts" >&2; exit 1; }
cd "$DIR"
# exact versions from package-lock.json (solc 0.8.28, @openzeppelin/contracts 5.7.0)
[[ -d node_modules/solc && -d node_modules/@openzeppelin/contracts ]] || npm ci --no-audit --no-fund

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node compile.js "$tmp"

for pkg in bindings testbindings; do
  mkdir -p "$DIR/$pkg"
  $ABIGEN --combined-json "$tmp/$pkg.json" --pkg "$pkg" --out "$DIR/$pkg/bindings.go"
  chmod 0644 "$DIR/$pkg/bindings.go" # abigen writes 0600
done
echo "compile-contracts: artifacts and bindings written under bridge/contracts"
