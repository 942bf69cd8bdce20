package bridge

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
	"github.com/spf13/cobra"

	bridgev1 "github.com/flockchain/flock/api/flock/bridge/v1"
	"github.com/flockchain/flock/x/bridge/client/cli"
)

// AutoCLIOptions gives every query and message a `flockd q bridge …` / `flockd tx bridge …`
// command with positional arguments.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: bridgev1.Query_ServiceDesc.ServiceName,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the x/bridge params"},
				{RpcMethod: "Orchestrators", Use: "orchestrators", Short: "List the registered orchestrators"},
				{
					RpcMethod: "Orchestrator", Use: "orchestrator [validator|orchestrator|eth-address]",
					Short:          "Show a registration found by validator operator, orchestrator account or eth address",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "key"}},
				},
				{
					RpcMethod: "LastAttestedNonce", Use: "last-attested-nonce [orchestrator]",
					Short:          "Show an orchestrator's last attested event nonce and the chain's last applied one",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "orchestrator"}},
				},
				{RpcMethod: "BaseState", Use: "base-state", Short: "Show what the chain knows of FlockBridge on Base (last event, valsets, epochs, guardian)"},
				{
					RpcMethod: "Attestations", Use: "attestations [event-nonce]", Short: "Show every claim attested for an event nonce, with its votes and power",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "event_nonce"}},
				},
				{RpcMethod: "FailedEvents", Use: "failed-events", Short: "List attested events that failed to apply, and deposit refunds"},
				{RpcMethod: "Valsets", Use: "valsets", Short: "List the bridge valsets, newest first"},
				{
					RpcMethod: "Valset", Use: "valset [nonce]", Short: "Show a bridge valset (0: the latest) and why no new one can be made, if so",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}},
				},
				{
					RpcMethod: "ValsetConfirmations", Use: "valset-confirmations [nonce]", Short: "Show a valset's confirmations and the signature list for FlockBridge.updateValset",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}},
				},
				{RpcMethod: "Settlements", Use: "settlements", Short: "List settlements, newest first"},
				{
					RpcMethod: "Settlement", Use: "settlement [epoch]", Short: "Show a settlement",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}},
				},
				{
					RpcMethod: "SettlementConfirmations", Use: "settlement-confirmations [epoch]", Short: "Show a settlement's confirmations and the signature list for FlockBridge.submitSettlement",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}},
				},
				{
					RpcMethod: "Proof", Use: "proof [epoch] [index]", Short: "Show a settlement leaf and its Merkle proof for FlockBridge.claim",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}, {ProtoField: "index"}},
				},
				{
					RpcMethod: "ProofsByAccount", Use: "proofs [base-address]", Short: "Show every settlement leaf paying a Base address, with its proof",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "base_address"}},
				},
				{
					RpcMethod: "Withdrawals", Use: "withdrawals", Short: "List queued withdrawals (not in a settlement yet)",
					FlagOptions: map[string]*autocliv1.FlagOptions{"sender": {Usage: "only this account's withdrawals"}},
				},
				{RpcMethod: "Backing", Use: "backing", Short: "Show the backing ledger behind the aflock supply"},
			},
		},
		// The `bridge` tx command is client/cli's (GetTxCmd): withdraw, cancel-withdraw and
		// register-orchestrator;
		// autocli adds the rest to it.
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              bridgev1.Msg_ServiceDesc.ServiceName,
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "RegisterOrchestrator", Skip: true}, // client/cli: signs with the eth key
				// normally sent by flock-relayer orchestrator; here for an operator who must act by hand
				{
					RpcMethod: "AttestEvents", Use: "attest-events",
					Short:       "Attest the next Base events (normally sent by flock-relayer orchestrator), from --from as orchestrator",
					FlagOptions: map[string]*autocliv1.FlagOptions{"events": {Usage: `the events as JSON, in nonce order starting at the orchestrator's last attested nonce + 1 (flockd q bridge last-attested-nonce)`}},
				},
				{
					RpcMethod: "ConfirmValset", Use: "confirm-valset [nonce] [signature]",
					Short:          "Confirm a valset with the orchestrator's eth signature of its digest (normally sent by flock-relayer orchestrator)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "nonce"}, {ProtoField: "signature"}},
				},
				{
					RpcMethod: "ConfirmSettlement", Use: "confirm-settlement [epoch] [signature]",
					Short:          "Confirm a settlement with the orchestrator's eth signature of its digest (normally sent by flock-relayer orchestrator)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}, {ProtoField: "signature"}},
				},
				{RpcMethod: "Withdraw", Skip: true},       // client/cli: amounts in FLOCK
				{RpcMethod: "CancelWithdraw", Skip: true}, // client/cli: checked before signing
				{
					RpcMethod: "SubmitBadSignatureEvidence", Use: "submit-bad-signature-evidence [signature]",
					Short:          "Show a registered key's signature over a valset or settlement the chain never made; its validator is slashed and jailed",
					Example:        `flockd tx bridge submit-bad-signature-evidence 0x<r||s||v> --settlement '{"epoch":"3","root":"0x…","total":"1000","count":"2"}' --from alice`,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "signature"}},
					FlagOptions: map[string]*autocliv1.FlagOptions{
						"valset":     {Usage: `the valset the signature is over, as JSON: {"nonce":"5","signers":["0x…"],"powers":["4294967295"]}`},
						"settlement": {Usage: `the settlement the signature is over, as JSON: {"epoch":"3","root":"0x…","total":"1000","count":"2"}`},
					},
				},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only: submit with `flockd tx gov submit-proposal`
			},
		},
	}
}

// GetTxCmd is the module's own `bridge` tx command; autocli completes it (see AutoCLIOptions).
func (AppModule) GetTxCmd() *cobra.Command { return cli.GetTxCmd() }
