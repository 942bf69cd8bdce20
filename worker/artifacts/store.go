// Package artifacts is a content-addressed store for datasets and models: every artifact is
// named by the hex sha256 of its bytes, and every read is verified against that name before
// anything uses it. A Store is a local folder; Server serves one over HTTP and Client talks to
// a Server.
package artifacts

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// ErrNotFound is returned for an artifact the store does not hold.
var ErrNotFound = errors.New("artifact not found")

// ErrTampered is returned when bytes do not hash to the name they were asked for under.
var ErrTampered = errors.New("artifact content does not match its hash")

// MaxSize bounds an artifact (1 GiB), so a hostile peer cannot exhaust memory or disk.
const MaxSize = 1 << 30

// Hash is the hex sha256 of b: an artifact's name.
func Hash(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }

// ValidName checks a name is 64 lowercase hex characters.
func ValidName(name string) error {
	if len(name) != 64 {
		return fmt.Errorf("artifact name %q: want 64 hex characters of a sha256", name)
	}
	for _, c := range name {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return fmt.Errorf("artifact name %q: want lowercase hex", name)
		}
	}
	return nil
}

// Store keeps artifacts as files named by hash in a folder.
type Store struct{ dir string }

// Open returns the store in dir, creating the folder.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("artifact store %s: %w", dir, err)
	}
	return &Store{dir: dir}, nil
}

// Put stores b and returns its name. Writing the same content twice, even concurrently, is
// safe: each writer renames a complete temporary file over the same name.
func (s *Store) Put(b []byte) (string, error) {
	if len(b) > MaxSize {
		return "", fmt.Errorf("artifact of %d bytes exceeds the %d-byte limit", len(b), MaxSize)
	}
	name := Hash(b)
	tmp, err := os.CreateTemp(s.dir, ".upload-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // gone after the rename; cleans up on error
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	return name, os.Rename(tmp.Name(), filepath.Join(s.dir, name))
}

// Get returns the artifact's bytes after checking they hash to name.
func (s *Store) Get(name string) ([]byte, error) {
	if err := ValidName(name); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(s.dir, name))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", name, ErrNotFound)
	} else if err != nil {
		return nil, err
	}
	defer f.Close()
	return Verify(name, io.LimitReader(f, MaxSize+1))
}

// Verify reads everything and checks it hashes to name.
func Verify(name string, r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("artifact %s exceeds the %d-byte limit", name, MaxSize)
	}
	if got := Hash(b); got != name {
		return nil, fmt.Errorf("asked for %s, got content hashing to %s: %w", name, got, ErrTampered)
	}
	return b, nil
}
