#!/usr/bin/env bash
# Smoke test of `make localnet` as a user meets it: start a 4-validator localnet in the
# background, send FLOCK between two test keys, check balances and supply, kill one
# validator and check the other three keep producing blocks. Stops everything on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FLOCKD="${FLOCKD:-$ROOT/build/flockd}"
export FLOCKD VALIDATORS="${VALIDATORS:-4}" DETACH=1
export LOCALNET_DIR="${LOCALNET_DIR:-$(mktemp -d)/localnet}"
HOME0="$LOCALNET_DIR/val0"

fail() { echo "localnet smoke: FAIL: $*" >&2; exit 1; }
cleanup() { bash "$ROOT/scripts/localnet.sh" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

bash "$ROOT/scripts/localnet.sh"

q() { "$FLOCKD" --home "$HOME0" "$@"; }
addr() { q keys show "$1" -a; }
balance() { q query bank balance "$1" aflock -o json | sed -n 's/.*"amount": *"\([0-9]*\)".*/\1/p'; }
height() { q status | sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p'; }

# a fresh key, so its balance after the send is exactly the amount (no big-number arithmetic
# in bash; the Go e2e test checks fees to the last aflock)
q keys add dave >/dev/null 2>&1
alice="$(addr alice)" dave="$(addr dave)"
alice_before="$(balance "$alice")"
amount=5000000000000000000 fee=200000000000000 # 5 FLOCK, 200k gas at 1 gwei

out="$(q tx bank send alice "$dave" "${amount}aflock" --fees "${fee}aflock" -y -o json)"
hash="$(echo "$out" | sed -n 's/.*"txhash": *"\([0-9A-F]*\)".*/\1/p')"
[[ -n "$hash" ]] || fail "no tx hash in: $out"
q query wait-tx "$hash" --timeout 30s -o json | grep -Eq '"code": *0[,}]' || fail "tx $hash did not succeed"

alice_after="$(balance "$alice")" dave_after="$(balance "$dave")"
[[ "$dave_after" == "$amount" ]] || fail "dave has $dave_after aflock, want $amount"
# zero-padded decimal strings compare like numbers
pad() { local s="$1"; while ((${#s} < 40)); do s="0$s"; done; echo "$s"; }
[[ "$(pad "$alice_after")" < "$(pad "$alice_before")" ]] ||
  fail "alice has $alice_after aflock, want less than $alice_before"
echo "localnet smoke: bank send landed (dave received 5 FLOCK, alice paid)"

denoms="$(q query bank total -o json | grep -o '"denom": *"[^"]*"' | tr -d ' ' | sort -u | tr '\n' ' ')"
[[ "$denoms" == '"denom":"aflock" ' ]] || fail "total supply has denoms $denoms, want only aflock"
q query auth module-account mint >/dev/null 2>&1 && fail "a mint module account exists"
echo "localnet smoke: supply is aflock only, no mint module account"

# the Base devchain runs with the bridge deployed: a deposit for alice lands as event nonce 1
RELAYER="${RELAYER:-$ROOT/build/flock-relayer}"
"$RELAYER" deposit --rpc "http://127.0.0.1:$((8545 + ${BASE_PORT_OFFSET:-0}))" --dev --addresses "$LOCALNET_DIR/base-addresses.json" \
  --amount 10flock --recipient "$alice" | grep -q "event nonce 1" || fail "deposit on the Base devchain failed"
echo "localnet smoke: deposit into FlockBridge on the Base devchain"

if ((VALIDATORS >= 4)); then
  kill -9 "$(sed -n "${VALIDATORS}p" "$LOCALNET_DIR/pids")" # the last validator (the Base devchain follows them)
  h1="$(height)"
  sleep 10
  h2="$(height)"
  ((h2 >= h1 + 2)) || fail "blocks stalled after one validator was killed ($h1 -> $h2)"
  echo "localnet smoke: 3 of 4 validators keep producing blocks ($h1 -> $h2)"
fi
echo "localnet smoke: PASS"
