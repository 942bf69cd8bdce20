package model

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The canonical model file:
//
//	"FLKM" | u16 version | u8 kind | u8 0 | u32 features | u32 hidden | u32 classes |
//	u64 parameter count | parameters as float64 bits, little-endian
//
// Its sha256 is the model hash submitted to the chain; the same parameters always give the
// same bytes.
const (
	magic         = "FLKM"
	formatVersion = 1
	headerSize    = 4 + 2 + 1 + 1 + 4 + 4 + 4 + 8
	// maxParams bounds what a file may declare (128 Mi parameters, 1 GiB), so a hostile
	// header cannot make the reader allocate without limit.
	maxParams = 1 << 27
)

// Marshal encodes the model canonically.
func (m *Model) Marshal() []byte {
	out := make([]byte, headerSize+8*len(m.Params))
	copy(out, magic)
	binary.LittleEndian.PutUint16(out[4:], formatVersion)
	out[6] = byte(m.Kind)
	binary.LittleEndian.PutUint32(out[8:], uint32(m.Features))
	binary.LittleEndian.PutUint32(out[12:], uint32(m.Hidden))
	binary.LittleEndian.PutUint32(out[16:], uint32(m.Classes))
	binary.LittleEndian.PutUint64(out[20:], uint64(len(m.Params)))
	for i, p := range m.Params {
		binary.LittleEndian.PutUint64(out[headerSize+8*i:], math.Float64bits(p))
	}
	return out
}

// Hash is the sha256 of the canonical encoding.
func (m *Model) Hash() [32]byte { return sha256.Sum256(m.Marshal()) }

// Unmarshal decodes and checks a model file: magic, version, kind, shape, the parameter
// count against the shape and the file length, and that every parameter is finite.
func Unmarshal(b []byte) (*Model, error) {
	if len(b) < headerSize {
		return nil, fmt.Errorf("model file of %d bytes is shorter than its %d-byte header", len(b), headerSize)
	}
	if string(b[:4]) != magic {
		return nil, errors.New("not a Flock model file (bad magic)")
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != formatVersion {
		return nil, fmt.Errorf("model format version %d, this worker reads %d", v, formatVersion)
	}
	m := &Model{Kind: Kind(b[6]), Features: int(binary.LittleEndian.Uint32(b[8:])),
		Hidden: int(binary.LittleEndian.Uint32(b[12:])), Classes: int(binary.LittleEndian.Uint32(b[16:]))}
	if b[7] != 0 || (m.Kind != Softmax && m.Kind != MLP) || m.Features < 1 || m.Classes < 2 ||
		(m.Kind == MLP) != (m.Hidden > 0) || m.Features > maxParams || m.Hidden > maxParams || m.Classes > maxParams {
		return nil, fmt.Errorf("model header is not a valid shape: kind %s, %d features, %d hidden, %d classes", m.Kind, m.Features, m.Hidden, m.Classes)
	}
	count := binary.LittleEndian.Uint64(b[20:])
	want := NumParams(m.Kind, m.Features, m.Hidden, m.Classes)
	if want > maxParams || count != uint64(want) {
		return nil, fmt.Errorf("model declares %d parameters, its shape has %d", count, want)
	}
	if len(b) != headerSize+8*want {
		return nil, fmt.Errorf("model file is %d bytes, its header says %d", len(b), headerSize+8*want)
	}
	m.Params = make([]float64, want)
	for i := range m.Params {
		p := math.Float64frombits(binary.LittleEndian.Uint64(b[headerSize+8*i:]))
		if math.IsNaN(p) || math.IsInf(p, 0) {
			return nil, fmt.Errorf("parameter %d is not finite", i)
		}
		m.Params[i] = p
	}
	return m, nil
}
