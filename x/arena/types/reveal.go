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
	// commitmentDomain separates score commitments from every other hash on the chain.
	commitmentDomain = "flock/arena/scores/v1"
	// MinSaltBytes and MaxSaltBytes bound the reveal salt.
	MinSaltBytes = 16
	MaxSaltBytes = 64
	// MaxScoreDigits bounds the integer digits of a score (|score| < 10^15).
	MaxScoreDigits = 15
)

// ParsedScore is a validated score of one submission.
type ParsedScore struct {
	SubmissionID uint64
	Score        math.LegacyDec
}

// ParseScore reads a decimal score: an optional minus sign, 1..15 integer digits and at most
// maxDecimals decimals. No exponent, no plus sign, no spaces: a score has one spelling.
func ParseScore(s string, maxDecimals uint32) (math.LegacyDec, error) {
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasDot := strings.Cut(body, ".")
	switch {
	case len(intPart) == 0 || len(intPart) > MaxScoreDigits || !allDigits(intPart):
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidScore, "score %q: want up to %d digits before an optional point", s, MaxScoreDigits)
	case hasDot && (len(frac) == 0 || !allDigits(frac)):
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidScore, "score %q: want digits after the point", s)
	case uint32(len(frac)) > maxDecimals:
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidScore, "score %q has %d decimals, at most %d allowed", s, len(frac), maxDecimals)
	}
	d, err := math.LegacyNewDecFromStr(s)
	if err != nil {
		return math.LegacyDec{}, errorsmod.Wrapf(ErrInvalidScore, "score %q: %v", s, err)
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

// ParseScores validates a reveal's score list: every score parses, no submission appears
// twice. The result is sorted by submission id, the canonical order of the commitment.
func ParseScores(entries []ScoreEntry, maxDecimals uint32) ([]ParsedScore, error) {
	out := make([]ParsedScore, 0, len(entries))
	for _, e := range entries {
		d, err := ParseScore(e.Score, maxDecimals)
		if err != nil {
			return nil, errorsmod.Wrapf(err, "submission %d", e.SubmissionId)
		}
		out = append(out, ParsedScore{SubmissionID: e.SubmissionId, Score: d})
	}
	slices.SortFunc(out, func(a, b ParsedScore) int {
		switch {
		case a.SubmissionID < b.SubmissionID:
			return -1
		case a.SubmissionID > b.SubmissionID:
			return 1
		}
		return 0
	})
	for i := 1; i < len(out); i++ {
		if out[i].SubmissionID == out[i-1].SubmissionID {
			return nil, errorsmod.Wrapf(ErrDuplicateScore, "submission %d is scored twice", out[i].SubmissionID)
		}
	}
	return out, nil
}

// Commitment is what MsgCommitScores carries and MsgRevealScores must match:
//
//	sha256("flock/arena/scores/v1" ‖ u64 task_id ‖ u16 len ‖ validator ‖ u16 len ‖ salt ‖
//	       for each score by submission id: u64 submission_id ‖ u16 len ‖ score)
//
// integers big-endian, the score in its canonical LegacyDec form (18 decimals), so that the
// same scores always hash the same however they were spelled.
func Commitment(taskID uint64, validator string, salt []byte, scores []ParsedScore) []byte {
	h := newCommitHash(commitmentDomain, taskID, validator)
	writeField(h.Write, salt)
	sorted := slices.Clone(scores)
	slices.SortFunc(sorted, func(a, b ParsedScore) int {
		switch {
		case a.SubmissionID < b.SubmissionID:
			return -1
		case a.SubmissionID > b.SubmissionID:
			return 1
		}
		return 0
	})
	var buf [8]byte
	for _, s := range sorted {
		binary.BigEndian.PutUint64(buf[:], s.SubmissionID)
		h.Write(buf[:])
		writeField(h.Write, []byte(s.Score.String()))
	}
	return h.Sum(nil)
}

// newCommitHash starts a commitment: sha256 of domain ‖ u64 task id ‖ u16 len ‖ signer.
func newCommitHash(domain string, taskID uint64, signer string) hash.Hash {
	h := sha256.New()
	h.Write([]byte(domain))
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], taskID)
	h.Write(buf[:])
	writeField(h.Write, []byte(signer))
	return h
}

func writeField(write func([]byte) (int, error), b []byte) {
	var l [2]byte
	binary.BigEndian.PutUint16(l[:], uint16(len(b)))
	_, _ = write(l[:])
	_, _ = write(b)
}

// DecodeHash reads a hex sha256 (64 hex characters, any case).
func DecodeHash(field, s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != sha256.Size {
		return nil, errorsmod.Wrapf(ErrInvalidHash, "%s %q: want 64 hex characters of a sha256", field, s)
	}
	return b, nil
}

// DecodeSalt reads a reveal salt: hex, 16 to 64 bytes.
func DecodeSalt(s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) < MinSaltBytes || len(b) > MaxSaltBytes {
		return nil, errorsmod.Wrapf(ErrInvalidSalt, "salt %q: want %d to %d bytes in hex", s, MinSaltBytes, MaxSaltBytes)
	}
	return b, nil
}
