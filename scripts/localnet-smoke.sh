#!/usr/bin/env bash
# Smoke test of `make localnet` as a user meets it: start a 4-validator localnet in the
# background, send FLOCK between two test keys, check balances and supply, bridge a deposit from
# Base and a withdrawal to Base, kill one validator and check the other three keep producing
# blocks. Stops everything on exit.
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

# the bridge: a deposit on Base becomes aflock (the orchestrators attest it once Base finalizes
# its block), a withdrawal becomes a settlement on Base that pays its recipient there
RELAYER="${RELAYER:-$ROOT/build/flock-relayer}"
BASE_HTTP_PORT=$((8545 + ${BASE_PORT_OFFSET:-0}))
# one JSON-RPC call to the Base devchain over bash's /dev/tcp: prints the "result" value
base_rpc() {
  local body="{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":$2}"
  (
    exec 3<>"/dev/tcp/127.0.0.1/$BASE_HTTP_PORT"
    printf 'POST / HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' "${#body}" "$body" >&3
    timeout 5 cat <&3
  ) | sed -n 's/.*"result":"\{0,1\}\([^",}]*\)"\{0,1\}.*/\1/p'
}
# waits up to $1 seconds for the command in $2... to succeed
within() {
  local limit=$1 start=$SECONDS
  shift
  until "$@"; do
    ((SECONDS - start < limit)) || return 1
    sleep 1
  done
  echo $((SECONDS - start))
}

q keys add erin >/dev/null 2>&1
erin="$(addr erin)" deposit=10000000000000000000 # 10 FLOCK
"$RELAYER" deposit --rpc "http://127.0.0.1:$BASE_HTTP_PORT" --dev --addresses "$LOCALNET_DIR/base-addresses.json" \
  --amount 10flock --recipient "$erin" | grep -q "event nonce 1" || fail "deposit on the Base devchain failed"
minted() { [[ "$(balance "$erin")" == "$deposit" ]]; }
took="$(within 90 minted)" || fail "the deposit was not minted within 90 s (erin has $(balance "$erin") aflock; logs: $LOCALNET_DIR/orchestrator*.log)"
echo "localnet smoke: a deposit on Base became 10 FLOCK on the chain in ${took} s"

recipient=0x1111111111111111111111111111111111111111
out="$(q tx bridge withdraw "$recipient" 5flock --from alice --fees 400000000000000aflock -y -o json)"
hash="$(echo "$out" | sed -n 's/.*"txhash": *"\([0-9A-F]*\)".*/\1/p')"
q query wait-tx "$hash" --timeout 30s -o json | grep -Eq '"code": *0[,}]' || fail "withdraw tx $hash did not succeed: $out"
landed() { q query bridge base-state -o json | grep -Eq '"last_landed_epoch": *"[1-9]'; }
took="$(within 240 landed)" || fail "no settlement landed on Base within 240 s (logs: $LOCALNET_DIR/orchestrator*.log, $LOCALNET_DIR/relayer.log)"
echo "localnet smoke: the withdrawal's settlement landed on Base in ${took} s"
# past the claim delay (1 h), the relayer's --push-claims pays it on Base
base_rpc evm_increaseTime '[3700]' >/dev/null
token="$(sed -n 's/.*"token": *"\(0x[0-9a-fA-F]*\)".*/\1/p' "$LOCALNET_DIR/base-addresses.json")"
paid() {
  local bal
  bal="$(base_rpc eth_call "[{\"to\":\"$token\",\"data\":\"0x70a08231000000000000000000000000${recipient#0x}\"},\"latest\"]")"
  [[ "$bal" =~ ^0x0*4563918244f40000$ ]] # 5 FLOCK
}
took="$(within 120 paid)" || fail "the withdrawal was not claimed on Base within 120 s after the claim delay (relayer log: $LOCALNET_DIR/relayer.log)"
echo "localnet smoke: the withdrawal was claimed on Base, 5 FLOCK paid to $recipient, ${took} s after the claim delay"

if ((VALIDATORS >= 4)); then
  kill -9 "$(sed -n "$((VALIDATORS + 1))p" "$LOCALNET_DIR/pids")" # the last validator (pids: the Base devchain, the validators, ...)
  h1="$(height)"
  sleep 10
  h2="$(height)"
  ((h2 >= h1 + 2)) || fail "blocks stalled after one validator was killed ($h1 -> $h2)"
  echo "localnet smoke: 3 of 4 validators keep producing blocks ($h1 -> $h2)"
fi
echo "localnet smoke: PASS"
