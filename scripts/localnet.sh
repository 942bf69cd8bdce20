#!/usr/bin/env bash
# Starts a Flock localnet on loopback: VALIDATORS flockd validators (default 1), each its own
# process with its own ports, funded test keys, and prints how to reach it.
#
#   scripts/localnet.sh          start in the foreground; Ctrl-C stops every process it started
#   scripts/localnet.sh stop     stop a localnet started with DETACH=1
#
# Environment:
#   VALIDATORS=1|2|...   number of validator processes (default 1)
#   DETACH=1             leave the network running in the background and return
#   LOCALNET_DIR=DIR     where node homes, keys and logs go (default ./.localnet)
#   FLOCKD=PATH          the flockd binary (default ./build/flockd)
#   RELAYER=PATH         the flock-relayer binary (default ./build/flock-relayer)
#   CHAIN_ID=ID          chain id (default flock-localnet-1)
#   BASE_PORT_OFFSET=N   shift every port by N (default 0), for two localnets on one machine
#
# Every run starts from a clean LOCALNET_DIR. The bridge is bootstrapped in the genesis: each
# validator gets an orchestrator account (funded) and an eth key (a keystore file), registered in
# the genesis; the chain's bridge valset 1 is computed from them and FlockBridge is deployed on
# the Base devchain with it, the genesis supply locked; the genesis then points x/bridge at the
# contract. Once the nodes run, one `flock-relayer orchestrator` per validator and one
# `flock-relayer relay` carry deposits, valsets and settlements across. Later parts of the system
# (workers, demo) hook in through the start_* functions below.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VALIDATORS="${VALIDATORS:-1}"
DETACH="${DETACH:-0}"
LOCALNET_DIR="${LOCALNET_DIR:-$ROOT/.localnet}"
FLOCKD="${FLOCKD:-$ROOT/build/flockd}"
RELAYER="${RELAYER:-$ROOT/build/flock-relayer}"
CHAIN_ID="${CHAIN_ID:-flock-localnet-1}"
OFFSET="${BASE_PORT_OFFSET:-0}"
PIDFILE="$LOCALNET_DIR/pids"
# the test keyring lives in val0's home, so `flockd --home $LOCALNET_DIR/val0 ...` finds the
# keys with no other flag (client.toml there says keyring-backend test)
KEYRING="$LOCALNET_DIR/val0"

DENOM=aflock
FLOCK=000000000000000000 # 18 zeros: append to a whole-FLOCK amount to get aflock
VALIDATOR_FUNDS="1000000${FLOCK}${DENOM}" # 1,000,000 FLOCK per validator account
VALIDATOR_BOND="100000${FLOCK}${DENOM}"   # 100,000 FLOCK bonded by each validator
USER_FUNDS="1000000${FLOCK}${DENOM}"      # 1,000,000 FLOCK per test user
ORCH_FUNDS="1000${FLOCK}${DENOM}"         # 1,000 FLOCK per orchestrator account, for its fees
USERS=(alice bob carol)
# bridge params for watching it work: a settlement every 20 s, and 5 min to confirm a valset or
# settlement before a validator is punished (a stopped orchestrator has that long to come back)
SETTLEMENT_INTERVAL=20s
CONFIRM_WINDOW=300s

# ports of node i: each node gets its own block of 10
p2p_port() { echo $((26656 + OFFSET + 10 * $1)); }
rpc_port() { echo $((26657 + OFFSET + 10 * $1)); }
grpc_port() { echo $((9090 + OFFSET + 10 * $1)); }
api_port() { echo $((1317 + OFFSET + 10 * $1)); }
# the Base dev chain (JSON-RPC over HTTP and WS)
BASE_HTTP_PORT=$((8545 + OFFSET))
BASE_WS_PORT=$((8546 + OFFSET))
BASE_ADDRESSES="$LOCALNET_DIR/base-addresses.json"
# orchestrator i's /metrics, the relayer's
orch_metrics_port() { echo $((9464 + OFFSET + 10 * $1)); }
RELAY_METRICS_PORT=$((9465 + OFFSET))
# the eth keystores' password (a localnet's keys are throwaway; a real one keeps it apart)
ETH_PASSWORD="$LOCALNET_DIR/eth-password.txt"

log() { printf '\033[1;34m[localnet]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[localnet] error:\033[0m %s\n' "$*" >&2; exit 1; }

# portable in-place sed (GNU and BSD)
sed_i() { sed -i.bak "$@" && rm -f "${@: -1}.bak"; }

stop_localnet() {
  [[ -f "$PIDFILE" ]] || return 0
  local pid
  while read -r pid; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done <"$PIDFILE"
  # give nodes a moment to flush, then make sure they are gone
  for _ in $(seq 1 50); do
    local alive=0
    while read -r pid; do
      [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && alive=1
    done <"$PIDFILE"
    [[ $alive == 0 ]] && break
    sleep 0.1
  done
  while read -r pid; do
    [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
  done <"$PIDFILE"
  rm -f "$PIDFILE"
}

if [[ "${1:-}" == "stop" ]]; then
  stop_localnet
  log "stopped"
  exit 0
fi

[[ "$VALIDATORS" =~ ^[1-9][0-9]*$ ]] || die "VALIDATORS must be a positive integer, got '$VALIDATORS'"
[[ -x "$FLOCKD" ]] || die "no flockd binary at $FLOCKD (run 'make build' or set FLOCKD)"
[[ -x "$RELAYER" ]] || die "no flock-relayer binary at $RELAYER (run 'make build' or set RELAYER)"

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && { exec 3>&- 3<&-; return 0; }
  return 1
}

# ---------------------------------------------------------------------------------------------
# genesis: one home per validator, shared test keyring, funded validators and users

init_chain() {
  stop_localnet
  rm -rf "$LOCALNET_DIR"
  mkdir -p "$LOCALNET_DIR"

  local i home
  for ((i = 0; i < VALIDATORS; i++)); do
    for port in $(p2p_port $i) $(rpc_port $i) $(grpc_port $i) $(api_port $i) $(orch_metrics_port $i); do
      port_in_use "$port" && die "port $port is in use (another localnet? run 'make localnet-stop', or set BASE_PORT_OFFSET)"
    done
    home="$LOCALNET_DIR/val$i"
    "$FLOCKD" init "val$i" --chain-id "$CHAIN_ID" --home "$home" --localnet >/dev/null 2>&1 ||
      die "flockd init failed for val$i"
    add_key "val$i"
    add_key "orch$i"
  done
  for user in "${USERS[@]}"; do add_key "$user"; done
  for port in "$BASE_HTTP_PORT" "$BASE_WS_PORT" "$RELAY_METRICS_PORT"; do
    port_in_use "$port" && die "port $port (Base devchain, relayer) is in use (another localnet? run 'make localnet-stop', or set BASE_PORT_OFFSET)"
  done

  local genesis="$LOCALNET_DIR/val0/config/genesis.json"
  for ((i = 0; i < VALIDATORS; i++)); do
    "$FLOCKD" genesis add-genesis-account "$(key_addr "val$i")" "$VALIDATOR_FUNDS" --home "$LOCALNET_DIR/val0" >/dev/null
    "$FLOCKD" genesis add-genesis-account "$(key_addr "orch$i")" "$ORCH_FUNDS" --home "$LOCALNET_DIR/val0" >/dev/null
  done
  for user in "${USERS[@]}"; do
    "$FLOCKD" genesis add-genesis-account "$(key_addr "$user")" "$USER_FUNDS" --home "$LOCALNET_DIR/val0" >/dev/null
  done
  # short governance periods and 60 s reward epochs, so both can be watched on a localnet
  sed_i -e 's/"voting_period": "[0-9]*s"/"voting_period": "60s"/' \
    -e 's/"epoch_duration": "[0-9]*s"/"epoch_duration": "60s"/' \
    -e 's/"expedited_voting_period": "[0-9]*s"/"expedited_voting_period": "30s"/' \
    -e 's/"max_deposit_period": "[0-9]*s"/"max_deposit_period": "60s"/' \
    -e "s/\"settlement_interval\": \"[0-9]*s\"/\"settlement_interval\": \"$SETTLEMENT_INTERVAL\"/" \
    -e "s/\"confirm_window\": \"[0-9]*s\"/\"confirm_window\": \"$CONFIRM_WINDOW\"/" "$genesis"

  mkdir -p "$LOCALNET_DIR/val0/config/gentx"
  for ((i = 0; i < VALIDATORS; i++)); do
    home="$LOCALNET_DIR/val$i"
    [[ $i == 0 ]] || cp "$genesis" "$home/config/genesis.json"
    "$FLOCKD" genesis gentx "val$i" "$VALIDATOR_BOND" --chain-id "$CHAIN_ID" --home "$home" \
      --keyring-backend test --keyring-dir "$KEYRING" --moniker "val$i" \
      --ip 127.0.0.1 --p2p-port "$(p2p_port $i)" \
      --output-document "$LOCALNET_DIR/val0/config/gentx/val$i.json" >/dev/null 2>&1 ||
      die "gentx failed for val$i"
  done
  "$FLOCKD" genesis collect-gentxs --home "$LOCALNET_DIR/val0" >/dev/null 2>&1 || die "collect-gentxs failed"
  # every aflock is backed by FLOCK locked on Base: record the genesis supply as the backing
  GENESIS_BACKING=$("$FLOCKD" genesis back-supply --home "$LOCALNET_DIR/val0") || die "genesis back-supply failed"
  register_orchestrators
  # Base: FlockBridge deployed with the chain's valset 1 and the genesis backing locked, then
  # the genesis pointed at it
  "$FLOCKD" genesis bridge-valset --out "$LOCALNET_DIR/valset.json" --home "$LOCALNET_DIR/val0" >"$LOCALNET_DIR/valset.log" 2>&1 ||
    { cat "$LOCALNET_DIR/valset.log" >&2; die "computing the bridge valset failed (log above)"; }
  start_devchain
  "$FLOCKD" genesis bridge-base --addresses "$BASE_ADDRESSES" --home "$LOCALNET_DIR/val0" >>"$LOCALNET_DIR/valset.log" 2>&1 ||
    { cat "$LOCALNET_DIR/valset.log" >&2; die "recording the Base deployment in the genesis failed (log above)"; }
  "$FLOCKD" genesis validate "$genesis" >/dev/null || die "the localnet genesis does not validate"
  for ((i = 1; i < VALIDATORS; i++)); do cp "$genesis" "$LOCALNET_DIR/val$i/config/genesis.json"; done

  configure_nodes
}

# every validator's orchestrator: the account orch<i> (funded above) and a new eth key in a
# keystore, registered in the genesis (the eth key signs the registration offline)
register_orchestrators() {
  local i
  printf 'localnet\n' >"$ETH_PASSWORD"
  chmod 600 "$ETH_PASSWORD"
  for ((i = 0; i < VALIDATORS; i++)); do
    "$RELAYER" keys new --out "$(eth_key_file $i)" --password-file "$ETH_PASSWORD" --light-kdf >/dev/null 2>&1 ||
      die "could not create the eth key of val$i"
    "$FLOCKD" genesis add-orchestrator "val$i" "orch$i" --eth-key-file "$(eth_key_file $i)" --eth-password-file "$ETH_PASSWORD" \
      --keyring-backend test --keyring-dir "$KEYRING" --home "$LOCALNET_DIR/val0" >>"$LOCALNET_DIR/valset.log" 2>&1 ||
      { cat "$LOCALNET_DIR/valset.log" >&2; die "registering the orchestrator of val$i failed (log above)"; }
  done
}

eth_key_file() { echo "$LOCALNET_DIR/eth-val$1.json"; }
eth_addr() { "$RELAYER" keys show "$(eth_key_file "$1")"; }

add_key() {
  "$FLOCKD" keys add "$1" --keyring-backend test --keyring-dir "$KEYRING" --output json \
    >"$LOCALNET_DIR/key-$1.json" 2>&1 || die "could not create key $1"
}

key_addr() { "$FLOCKD" keys show "$1" -a --keyring-backend test --keyring-dir "$KEYRING"; }

configure_nodes() {
  local i j ids=()
  for ((i = 0; i < VALIDATORS; i++)); do
    ids+=("$("$FLOCKD" comet show-node-id --home "$LOCALNET_DIR/val$i")")
  done
  for ((i = 0; i < VALIDATORS; i++)); do
    local cfg="$LOCALNET_DIR/val$i/config/config.toml" app="$LOCALNET_DIR/val$i/config/app.toml"
    local peers=""
    for ((j = 0; j < VALIDATORS; j++)); do
      [[ $j == "$i" ]] || peers+="${peers:+,}${ids[$j]}@127.0.0.1:$(p2p_port $j)"
    done
    sed_i -e "s#^laddr = \"tcp://127.0.0.1:26657\"#laddr = \"tcp://127.0.0.1:$(rpc_port $i)\"#" \
      -e "s#^laddr = \"tcp://127.0.0.1:26656\"#laddr = \"tcp://127.0.0.1:$(p2p_port $i)\"#" \
      -e "s#^persistent_peers = \".*\"#persistent_peers = \"$peers\"#" \
      -e "s#^cors_allowed_origins = .*#cors_allowed_origins = [\"*\"]#" "$cfg"
    # [api] is the first 'enable'/'address' pair after its header; [grpc] likewise
    sed_i -e "/^\[api\]/,/^\[/ s#^enable = false#enable = true#" \
      -e "/^\[api\]/,/^\[/ s#^address = .*#address = \"tcp://127.0.0.1:$(api_port $i)\"#" \
      -e "/^\[api\]/,/^\[/ s#^enabled-unsafe-cors = false#enabled-unsafe-cors = true#" \
      -e "/^\[grpc\]/,/^\[/ s#^address = .*#address = \"127.0.0.1:$(grpc_port $i)\"#" "$app"
    sed_i -e "s#^node = .*#node = \"tcp://127.0.0.1:$(rpc_port $i)\"#" \
      -e "s#^chain-id = .*#chain-id = \"$CHAIN_ID\"#" \
      -e "s#^keyring-backend = .*#keyring-backend = \"test\"#" "$LOCALNET_DIR/val$i/config/client.toml"
  done
}

# ---------------------------------------------------------------------------------------------
# processes

start_validators() {
  local i
  for ((i = 0; i < VALIDATORS; i++)); do
    "$FLOCKD" start --home "$LOCALNET_DIR/val$i" >"$LOCALNET_DIR/val$i.log" 2>&1 &
    echo $! >>"$PIDFILE"
  done
}

# the embedded Base dev chain (chain id 845399) with FlockToken and FlockBridge deployed under
# the chain's valset 1 (valset.json, from the genesis)
start_devchain() {
  "$RELAYER" devchain --http-port "$BASE_HTTP_PORT" --ws-port "$BASE_WS_PORT" >"$LOCALNET_DIR/devchain.log" 2>&1 &
  echo $! >>"$PIDFILE"
  local deadline=$((SECONDS + 20))
  until base_rpc_answers; do
    kill -0 "$(tail -n 1 "$PIDFILE")" 2>/dev/null || { cat "$LOCALNET_DIR/devchain.log" >&2; die "the Base devchain exited (log above)"; }
    ((SECONDS < deadline)) || die "the Base devchain does not answer JSON-RPC on port $BASE_HTTP_PORT"
    sleep 0.2
  done
  # --lock: the FLOCK behind the genesis supply goes into the bridge, so every aflock is backed
  "$RELAYER" deploy --rpc "http://127.0.0.1:$BASE_HTTP_PORT" --dev --valset "$LOCALNET_DIR/valset.json" \
    --bridge-id "$CHAIN_ID" --claim-delay 1h --lock "$GENESIS_BACKING" --out "$BASE_ADDRESSES" >"$LOCALNET_DIR/deploy.log" 2>&1 ||
    { cat "$LOCALNET_DIR/deploy.log" >&2; die "deploying the bridge contracts failed (log above)"; }
  log "Base devchain up, contracts deployed, $GENESIS_BACKING of genesis backing locked in the bridge"
}

# eth_chainId over plain HTTP with bash's /dev/tcp (no curl needed); 845399 = 0xce657
base_rpc_answers() {
  local body='{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' reply
  reply="$(
    { exec 3<>"/dev/tcp/127.0.0.1/$BASE_HTTP_PORT"; } 2>/dev/null || exit 1
    printf 'POST / HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' "${#body}" "$body" >&3
    timeout 2 cat <&3
  )" || return 1
  [[ "$reply" == *'"result":"0xce657"'* ]]
}

# the relayer's Base account: devchain dev key 1 (dev key 0 deploys, and sends the deposits
# the README shows: one key per sender keeps their nonces apart)
base_dev_addr() { sed -n "s/^ *$1 \\(0x[0-9a-fA-F]\\{40\\}\\) 0x[0-9a-f]\\{64\\}\$/\\1/p" "$LOCALNET_DIR/devchain.log"; }
relayer_dev_key() { sed -n 's/^ *1 0x[0-9a-fA-F]\{40\} \(0x[0-9a-f]\{64\}\)$/\1/p' "$LOCALNET_DIR/devchain.log"; }

# one orchestrator per validator, beside its node, with the key it registered in the genesis
start_orchestrators() {
  local i
  for ((i = 0; i < VALIDATORS; i++)); do
    "$RELAYER" orchestrator --chain-grpc "127.0.0.1:$(grpc_port $i)" --chain-id "$CHAIN_ID" \
      --keyring-backend test --keyring-dir "$KEYRING" --from "orch$i" \
      --eth-key-file "$(eth_key_file $i)" --eth-password-file "$ETH_PASSWORD" \
      --base-rpc "ws://127.0.0.1:$BASE_WS_PORT" --metrics-addr "127.0.0.1:$(orch_metrics_port $i)" \
      >"$LOCALNET_DIR/orchestrator$i.log" 2>&1 &
    echo $! >>"$PIDFILE"
  done
}

# one relayer, submitting valsets and settlements to Base and pushing claims
start_relayer() {
  FLOCK_DEV_KEY="$(relayer_dev_key)" "$RELAYER" relay --chain-grpc "127.0.0.1:$(grpc_port 0)" \
    --base-rpc "ws://127.0.0.1:$BASE_WS_PORT" --push-claims --poll-interval 2s --metrics-addr "127.0.0.1:$RELAY_METRICS_PORT" \
    >"$LOCALNET_DIR/relayer.log" 2>&1 &
  echo $! >>"$PIDFILE"
}

base_address() { sed -n "s/.*\"$1\": *\"\(0x[0-9a-fA-F]*\)\".*/\1/p" "$BASE_ADDRESSES"; }

wait_for_blocks() {
  local want=2 deadline=$((SECONDS + 60)) height=0
  while ((SECONDS < deadline)); do
    height="$("$FLOCKD" status --node "tcp://127.0.0.1:$(rpc_port 0)" 2>/dev/null |
      sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p' || true)"
    [[ -n "$height" ]] && ((height >= want)) && { log "producing blocks (height $height)"; return 0; }
    # a node that died will not come back: say why
    local pid
    while read -r pid; do
      kill -0 "$pid" 2>/dev/null || { tail -n 20 "$LOCALNET_DIR"/val*.log >&2; die "a node exited during start-up (logs above)"; }
    done <"$PIDFILE"
    sleep 0.5
  done
  tail -n 20 "$LOCALNET_DIR"/val*.log >&2
  die "no block within 60 s (logs above)"
}

print_summary() {
  local i user
  echo
  log "chain $CHAIN_ID with $VALIDATORS validator(s), home $LOCALNET_DIR"
  for ((i = 0; i < VALIDATORS; i++)); do
    printf '  val%-2s rpc http://127.0.0.1:%s  grpc 127.0.0.1:%s  rest http://127.0.0.1:%s  p2p %s  log %s\n' \
      "$i" "$(rpc_port $i)" "$(grpc_port $i)" "$(api_port $i)" "$(p2p_port $i)" "$LOCALNET_DIR/val$i.log"
  done
  echo
  log "test keys (keyring-backend test in $KEYRING), 1,000,000 FLOCK each:"
  for ((i = 0; i < VALIDATORS; i++)); do printf '  %-6s %s  (validator operator)\n' "val$i" "$(key_addr "val$i")"; done
  for user in "${USERS[@]}"; do printf '  %-6s %s\n' "$user" "$(key_addr "$user")"; done
  echo
  log "Base devchain (chain id 845399, log $LOCALNET_DIR/devchain.log): http://127.0.0.1:$BASE_HTTP_PORT  ws://127.0.0.1:$BASE_WS_PORT"
  echo "  FlockToken  $(base_address token)"
  echo "  FlockBridge $(base_address bridge)   (addresses in $BASE_ADDRESSES; dev keys in the log)"
  echo
  log "bridge: orchestrators (registered in the genesis; eth keystores' password in $ETH_PASSWORD):"
  for ((i = 0; i < VALIDATORS; i++)); do
    printf '  val%-2s orchestrator orch%-2s %s  eth %s (%s)\n' "$i" "$i" "$(key_addr "orch$i")" "$(eth_addr $i)" "$(eth_key_file $i)"
    printf '        metrics http://127.0.0.1:%s/metrics  log %s\n' "$(orch_metrics_port $i)" "$LOCALNET_DIR/orchestrator$i.log"
  done
  if [[ -f "$LOCALNET_DIR/relayer.log" ]]; then
    printf '  relayer (Base dev key 1)  metrics http://127.0.0.1:%s/metrics  log %s\n' "$RELAY_METRICS_PORT" "$LOCALNET_DIR/relayer.log"
  fi
  echo "  settlements every $SETTLEMENT_INTERVAL; Base's claim delay is 1 h: advance the devchain's clock with evm_increaseTime"
  echo
  log "try:"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 tx bank send alice $(key_addr bob) 5${FLOCK}${DENOM} --fees 200000000000000${DENOM} -y"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 q bank balances $(key_addr bob)"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 q bank total"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 tx rewards fund-pool 10000${FLOCK}${DENOM} --from alice --fees 200000000000000${DENOM} -y"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 q rewards current-epoch    # epochs last 60 s here"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 q rewards epochs"
  echo "  $RELAYER deposit --rpc http://127.0.0.1:$BASE_HTTP_PORT --dev --addresses $BASE_ADDRESSES --amount 10flock --recipient $(key_addr alice)"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 q bridge base-state"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 tx bridge withdraw $(base_dev_addr 2) 5flock --from alice --fees 400000000000000${DENOM} -y"
  echo "  $FLOCKD --home $LOCALNET_DIR/val0 q bridge settlements"
}

# ---------------------------------------------------------------------------------------------

trap 'stop_localnet; log "stopped"; exit 0' INT TERM
init_chain
start_validators
wait_for_blocks
start_orchestrators
start_relayer
print_summary

if [[ "$DETACH" == "1" ]]; then
  trap - INT TERM
  log "running in the background; stop with 'make localnet-stop'"
  exit 0
fi
log "running; Ctrl-C stops every process"
wait
