package types

// modelCommitmentDomain separates model commitments from score commitments and every other
// hash on the chain.
const modelCommitmentDomain = "flock/arena/model/v1"

// ModelCommitment is what MsgCommitModel carries and MsgRevealModel must match:
//
//	sha256("flock/arena/model/v1" ‖ u64 task_id ‖ u16 len ‖ trainer ‖ 32-byte model hash ‖
//	       u16 len ‖ salt)
//
// integers big-endian, the trainer in its canonical bech32 spelling, the model hash as its 32
// bytes (so its hex spelling does not matter). The trainer is bound, so nobody can reveal a
// commitment copied from another trainer; the task is bound, so nobody can replay one from
// another task; the URI is not (the hash names the content, wherever it is served).
func ModelCommitment(taskID uint64, trainer string, modelHash, salt []byte) []byte {
	h := newCommitHash(modelCommitmentDomain, taskID, trainer)
	h.Write(modelHash)
	writeField(h.Write, salt)
	return h.Sum(nil)
}

// ModelReveal is a decoded MsgRevealModel: the model hash and salt as bytes.
type ModelReveal struct {
	URI  string
	Hash []byte
	Salt []byte
}

// ParseModelReveal checks and decodes what a model reveal carries: a URI of 1 to MaxURI
// bytes, a sha256 in hex and a salt of 16 to 64 bytes in hex. Every refusal is a typed error
// naming the value.
func ParseModelReveal(uri, modelHash, salt string) (ModelReveal, error) {
	if err := CheckText("model_uri", uri, MaxURI, true); err != nil {
		return ModelReveal{}, err
	}
	h, err := DecodeHash("model_hash", modelHash)
	if err != nil {
		return ModelReveal{}, err
	}
	s, err := DecodeSalt(salt)
	if err != nil {
		return ModelReveal{}, err
	}
	return ModelReveal{URI: uri, Hash: h, Salt: s}, nil
}
