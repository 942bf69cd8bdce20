module github.com/flockchain/flock/tools

go 1.26

require github.com/cosmos/cosmos-proto v1.0.0-beta.5

require google.golang.org/protobuf v1.33.0 // indirect
