package types

import (
	"encoding/binary"
	"math/big"
	"time"
)

// RankKey orders a task's submissions for its leaderboard as bytes, so the store keeps them
// sorted: scored submissions first, by score in the metric's direction, ties by earlier
// submission then lower id; then unscored ones by id.
//
// Layout: 0x00 ‖ 16-byte biased score ‖ 8-byte submission time ‖ 8-byte id for a scored
// submission, 0x01 ‖ 8-byte id for an unscored one. The score (an integer count of 10^-18,
// |v| < 10^33 < 2^127 for the 15 integer digits a score may have) is negated when higher is
// better and biased by 2^127, so byte order is numeric order.
func RankKey(s RankedSubmission, lowerIsBetter bool, submitted time.Time) []byte {
	if !s.Scored {
		return binary.BigEndian.AppendUint64([]byte{1}, s.SubmissionId)
	}
	v := new(big.Int).Set(s.Score.BigInt())
	if !lowerIsBetter {
		v.Neg(v)
	}
	v.Add(v, scoreBias)
	key := make([]byte, 1+16, 1+16+16)
	v.FillBytes(key[1:17])
	key = binary.BigEndian.AppendUint64(key, uint64(submitted.UnixNano())^(1<<63))
	return binary.BigEndian.AppendUint64(key, s.SubmissionId)
}

var scoreBias = new(big.Int).Lsh(big.NewInt(1), 127)
