#!/usr/bin/env bash
# Refills third_party/proto with the .proto files our protos import, taken from the Go module
# cache at the versions go.mod pins. No Buf Schema Registry is needed, so generation works
# offline. Run it after bumping cosmos-sdk, cometbft, gogoproto or cosmos-proto.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=third_party/proto
# grpc-gateway v1 is only a source of google/api protos; pinned here, not in go.mod
GRPC_GATEWAY_VERSION=v1.16.0

modver() { go list -m -f '{{.Version}}' "$1"; }
moddir() {
  local dir
  dir="$(go mod download -json "$1@$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [[ -d "$dir" ]] || { echo "could not download $1@$2" >&2; exit 1; }
  echo "$dir"
}

sdk="$(moddir github.com/cosmos/cosmos-sdk "$(modver github.com/cosmos/cosmos-sdk)")"
comet="$(moddir github.com/cometbft/cometbft "$(modver github.com/cometbft/cometbft)")"
gogo="$(moddir github.com/cosmos/gogoproto "$(modver github.com/cosmos/gogoproto)")"
cosmosproto="$(moddir github.com/cosmos/cosmos-proto "$(modver github.com/cosmos/cosmos-proto)")"
gateway="$(moddir github.com/grpc-ecosystem/grpc-gateway "$GRPC_GATEWAY_VERSION")"

rm -rf "$OUT"
mkdir -p "$OUT/gogoproto" "$OUT/cosmos_proto" "$OUT/google/api"
cp -R "$sdk/proto/cosmos" "$sdk/proto/amino" "$OUT/"
cp -R "$comet/proto/tendermint" "$OUT/"
cp "$gogo/gogoproto/gogo.proto" "$OUT/gogoproto/"
cp "$cosmosproto/proto/cosmos_proto/cosmos.proto" "$OUT/cosmos_proto/"
cp "$gateway/third_party/googleapis/google/api/"{annotations,http,httpbody}.proto "$OUT/google/api/"
# the module cache is read-only; the vendored copy is ours
chmod -R u+w "$OUT"
find "$OUT" -type f ! -name '*.proto' -delete
echo "third_party/proto refilled from the module cache"
