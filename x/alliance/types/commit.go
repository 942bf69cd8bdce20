package types

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"slices"
	"strings"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
)

const (
	// updateDomain and voteDomain separate the module's commitments from each other and
	// from every other hash on the chain.
	updateDomain = "flock/alliance/update/v1"
	voteDomain   = "flock/alliance/vote/v1"
	// MinSaltBytes and MaxSaltBytes bound a reveal's salt.
	MinSaltBytes = 16
	MaxSaltBytes = 64
	// MaxMetricDigits bounds the integer digits of a metric (|metric| < 10^15).
	MaxMetricDigits = 15
	// VerdictAccept and VerdictReject are the two verdicts a voter gives an update.
	VerdictAccept = 1
	VerdictReject = -1
)

// UpdateCommitment is what MsgCommitUpdate carries and MsgSubmitUpdate must match:
//
//	sha256("flock/alliance/update/v1" ‖ u64 alliance_id ‖ u32 round ‖ u16 len ‖ proposer ‖
//	       32-byte update hash ‖ u64 num_samples ‖ 32-byte base model hash ‖ u16 len ‖ salt)
//
// integers big-endian, the proposer in its canonical bech32 spelling, hashes as their bytes.
// The proposer is bound, so nobody can reveal a commitment copied from another; the
// alliance and round are bound, so nobody can replay one; the URI is not (the hash names
// the content wherever it is served).
func UpdateCommitment(allianceID uint64, round uint32, proposer string, updateHash []byte, numSamples uint64, baseModelHash, salt []byte) []byte {
	h := newCommitHash(updateDomain, allianceID, round, proposer)
	h.Write(updateHash)
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], numSamples)
	h.Write(buf[:])
	h.Write(baseModelHash)
	writeField(h, salt)
	return h.Sum(nil)
}

// ParsedVerdict is a validated verdict of a reveal.
type ParsedVerdict struct {
	// Proposer is the canonical bech32 address of the update's proposer.
	Proposer string
	// Accept is true for +1, false for −1.
	Accept bool
	Metric math.LegacyDec
}

// VoteCommitment is what MsgCommitVote carries and MsgRevealVote must match:
//
//	sha256("flock/alliance/vote/v1" ‖ u64 alliance_id ‖ u32 round ‖ u16 len ‖ voter ‖
//	       u16 len ‖ salt ‖ 32-byte base model hash ‖
//	       for each verdict by proposer (byte-wise order of the canonical addresses):
//	         u16 len ‖ proposer ‖ 1 byte verdict (0x01 accept, 0x00 reject) ‖ u16 len ‖ metric)
//
// integers big-endian, the metric in its canonical LegacyDec form (18 decimals), so the
// same verdicts always hash the same however they were spelled or ordered.
func VoteCommitment(allianceID uint64, round uint32, voter string, salt, baseModelHash []byte, verdicts []ParsedVerdict) []byte {
	h := newCommitHash(voteDomain, allianceID, round, voter)
	writeField(h, salt)
	h.Write(baseModelHash)
	sorted := slices.Clone(verdicts)
	slices.SortFunc(sorted, func(a, b ParsedVerdict) int { return strings.Compare(a.Proposer, b.Proposer) })
	for _, v := range sorted {
		writeField(h, []byte(v.Proposer))
		if v.Accept {
			h.Write([]byte{1})
		} else {
			h.Write([]byte{0})
		}
		writeField(h, []byte(v.Metric.String()))
	}
	return h.Sum(nil)
}

func newCommitHash(domain string, allianceID uint64, round uint32, signer string) hash.Hash {
	h := sha256.New()
	h.Write([]byte(domain))
	var buf [12]byte
	binary.BigEndian.PutUint64(buf[:8], allianceID)
	binary.BigEndian.PutUint32(buf[8:], round)
	h.Write(buf[:])
	writeField(h, []byte(signer))
	return h
}

func writeField(h hash.Hash, b []byte) {
	var l [2]byte
	binary.BigEndian.PutUint16(l[:], uint16(len(b)))
	h.Write(l[:])
	h.Write(b)
}

// DecodeHash reads a hex sha256 (64 hex characters, any case).
func DecodeHash(field, s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != sha256.Size {
		return nil, errorsmod.Wrapf(ErrInvalidHash, "%s %q: want 64 hex characters of a sha256", field, s)
	}
	return b, nil
}

// HashHex is the canonical (lower-case hex) spelling of a hash given in any case.
func HashHex(b []byte) string { return hex.EncodeToString(b) }

// DecodeSalt reads a reveal salt: hex, 16 to 64 bytes.
func DecodeSalt(s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) < MinSaltBytes || len(b) > MaxSaltBytes {
		return nil, errorsmod.Wrapf(ErrInvalidSalt, "salt %q: want %d to %d bytes in hex", s, MinSaltBytes, MaxSaltBytes)
	}
	return b, nil
}

// ParseMetric reads a decimal metric: an optional minus sign, 1..15 integer digits and at
// most maxDecimals decimals. No exponent, no plus sign, no spaces: a metric has one spelling.
func ParseMetric(s string, maxDecimals uint32) (math.LegacyDec, error) {
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasDot := strings.Cut(body, ".")
	switch {
	case len(intPart) == 0 || len(intPart) > MaxMetricDigits || !allDigits(intPart):
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidVerdict, "metric %q: want up to %d digits before an optional point", s, MaxMetricDigits)
	case hasDot && (len(frac) == 0 || !allDigits(frac)):
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidVerdict, "metric %q: want digits after the point", s)
	case uint32(len(frac)) > maxDecimals:
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidVerdict, "metric %q has %d decimals, at most %d allowed", s, len(frac), maxDecimals)
	}
	d, err := math.LegacyNewDecFromStr(s)
	if err != nil {
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidVerdict, "metric %q: %v", s, err)
	}
	return d, nil
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ParseVerdicts is the reveal decoder: every proposer is a canonical address named once,
// every verdict is +1 or −1, every metric parses with at most maxDecimals decimals. The
// result is sorted by proposer, the order of the commitment. Whether each proposer has an
// update in the round, and whether every update has a verdict, is checked at execution.
func ParseVerdicts(entries []VerdictEntry, maxDecimals uint32) ([]ParsedVerdict, error) {
	if len(entries) > MaxParticipants {
		return nil, errorsmod.Wrapf(ErrInvalidVerdict, "%d verdicts: an alliance has at most %d participants", len(entries), MaxParticipants)
	}
	out := make([]ParsedVerdict, 0, len(entries))
	for i, e := range entries {
		if err := CheckAddress("proposer", e.Proposer); err != nil {
			return nil, errorsmod.Wrapf(err, "verdict %d", i)
		}
		if e.Verdict != VerdictAccept && e.Verdict != VerdictReject {
			return nil, errorsmod.Wrapf(ErrInvalidVerdict, "verdict %d on %s is %d: want +1 (accept) or -1 (reject)", i, e.Proposer, e.Verdict)
		}
		m, err := ParseMetric(e.Metric, maxDecimals)
		if err != nil {
			return nil, errorsmod.Wrapf(err, "verdict %d on %s", i, e.Proposer)
		}
		out = append(out, ParsedVerdict{Proposer: e.Proposer, Accept: e.Verdict == VerdictAccept, Metric: m})
	}
	slices.SortFunc(out, func(a, b ParsedVerdict) int { return strings.Compare(a.Proposer, b.Proposer) })
	for i := 1; i < len(out); i++ {
		if out[i].Proposer == out[i-1].Proposer {
			return nil, errorsmod.Wrapf(ErrInvalidVerdict, "update of %s has two verdicts: one per update", out[i].Proposer)
		}
	}
	return out, nil
}
