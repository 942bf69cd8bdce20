package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

func TestParseScoreList(t *testing.T) {
	want := []types.ScoreEntry{{SubmissionId: 1, Score: "0.42"}, {SubmissionId: 7, Score: "-3"}}
	got, err := parseScoreList(" 1=0.42, 7 = -3 ")
	require.NoError(t, err)
	require.Equal(t, want, got)

	file := filepath.Join(t.TempDir(), "scores.txt")
	require.NoError(t, os.WriteFile(file, []byte("1=0.42\r\n\n7=-3\n"), 0o600))
	got, err = parseScoreList(file)
	require.NoError(t, err)
	require.Equal(t, want, got, "a file holds the same pairs, one a line")

	for bad, says := range map[string]string{
		"1=0.4,2":        `score "2": want submission-id=score`,
		"x=0.4":          `submission id "x" is not a whole number`,
		"-1=0.4":         `submission id "-1"`,
		"/no/such/file":  "neither id=score pairs nor a readable file",
		"1=0.4,,2=0.5,3": `score "3"`,
	} {
		_, err := parseScoreList(bad)
		require.ErrorContains(t, err, says, bad)
	}
}

func TestParseRole(t *testing.T) {
	for in, want := range map[string]types.Role{"trainer": types.ROLE_TRAINER, "Validator": types.ROLE_VALIDATOR, "ROLE_TRAINER": types.ROLE_TRAINER, "role_validator": types.ROLE_VALIDATOR} {
		got, err := parseRole(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "unspecified", "ROLE_UNSPECIFIED", "creator", "1"} {
		_, err := parseRole(bad)
		require.ErrorContains(t, err, "want trainer or validator", bad)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	home, validator := t.TempDir(), sdk.AccAddress(strings.Repeat("v", 20)).String()
	ctx := client.Context{}.WithHomeDir(home).WithChainID("flock-test-1")
	salt := strings.Repeat("5a", 32)
	entries := []types.ScoreEntry{{SubmissionId: 2, Score: "0.50"}, {SubmissionId: 1, Score: "1"}}
	parsed, err := types.ParseScores(entries, types.MaxScoreDecimals)
	require.NoError(t, err)
	key, _ := hex.DecodeString(salt)
	rec := commitRecord{ChainID: "flock-test-1", TaskID: 3, Validator: validator, Salt: salt, Scores: entries,
		Commitment: hex.EncodeToString(types.Commitment(3, validator, key, parsed))}

	_, _, _, err = storedReveal(ctx, 3, validator)
	require.ErrorContains(t, err, "commit with `commit-scores` first")

	path := recordPath(home, "flock-test-1", 3, validator)
	require.Equal(t, filepath.Join(home, "arena", "commits", "flock-test-1", "3-"+validator+".json"), path)
	prev, err := saveRecord(path, rec)
	require.NoError(t, err)
	require.Empty(t, prev)
	info, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "the salt is the owner's only")

	scores, gotSalt, gotPath, err := storedReveal(ctx, 3, validator)
	require.NoError(t, err)
	require.Equal(t, entries, scores)
	require.Equal(t, salt, gotSalt)
	require.Equal(t, path, gotPath)

	_, _, _, err = storedReveal(ctx.WithChainID("other-1"), 3, validator)
	require.ErrorContains(t, err, "no commitment", "records are per chain")

	// a second commitment keeps the first record; an edited record is caught before signing
	edited := rec
	edited.Scores = []types.ScoreEntry{{SubmissionId: 2, Score: "0.51"}, {SubmissionId: 1, Score: "1"}}
	prev, err = saveRecord(path, edited)
	require.NoError(t, err)
	require.Equal(t, strings.TrimSuffix(path, ".json")+".prev.json", prev)
	kept, err := loadRecord(prev, "flock-test-1", 3, validator, "commit-scores", "--salt and --scores")
	require.NoError(t, err)
	require.Equal(t, rec, kept)
	_, _, _, err = storedReveal(ctx, 3, validator)
	require.ErrorContains(t, err, "was it edited?")

	_, err = loadRecord(path, "flock-test-1", 4, validator, "commit-scores", "--salt and --scores")
	require.ErrorContains(t, err, "holds a commitment of "+validator+" to task 3")
}

// TestModelRecordRoundTrip: commit-model stores what reveal-model needs, in the home, and
// reveal-model reveals exactly what was committed (or refuses an edited record).
func TestModelRecordRoundTrip(t *testing.T) {
	home, trainer := t.TempDir(), sdk.AccAddress(strings.Repeat("t", 20)).String()
	ctx := client.Context{}.WithHomeDir(home).WithChainID("flock-test-1")
	file := filepath.Join(t.TempDir(), "model.bin")
	require.NoError(t, os.WriteFile(file, []byte("weights"), 0o600))
	sum := sha256.Sum256([]byte("weights"))

	commit := commitModelCmd()
	require.NoError(t, commit.Flags().Set(flagModelFile, file))
	require.NoError(t, commit.Flags().Set(flagModelURI, "https://m/1"))
	commit.SetErr(io.Discard)
	msg, err := commitModelAndStore(commit, ctx, trainer, 5)
	require.NoError(t, err)
	path := modelRecordPath(home, "flock-test-1", 5, trainer)
	require.Equal(t, filepath.Join(home, "arena", "commits", "flock-test-1", "model-5-"+trainer+".json"), path)
	r, err := loadRecord(path, "flock-test-1", 5, trainer, "commit-model", "")
	require.NoError(t, err)
	require.Equal(t, hex.EncodeToString(sum[:]), r.ModelHash, "--model-file commits the file's sha256")
	require.Equal(t, "https://m/1", r.ModelURI)
	require.Len(t, r.Salt, 2*saltBytes)
	salt, _ := hex.DecodeString(r.Salt)
	require.Equal(t, hex.EncodeToString(types.ModelCommitment(5, trainer, sum[:], salt)), msg.(*types.MsgCommitModel).Commitment)

	reveal := revealModelCmd()
	reveal.SetErr(io.Discard)
	got, err := revealModelMsg(reveal, ctx, trainer, 5)
	require.NoError(t, err)
	require.Equal(t, &types.MsgRevealModel{Trainer: trainer, TaskId: 5, ModelUri: "https://m/1", ModelHash: r.ModelHash, Salt: r.Salt}, got)

	_, err = revealModelMsg(reveal, ctx, trainer, 6)
	require.ErrorContains(t, err, "commit with `commit-model` first, or give --salt, --model-hash and --model-uri")
	moved := revealModelCmd()
	require.NoError(t, moved.Flags().Set(flagModelURI, "https://elsewhere/1"))
	moved.SetErr(io.Discard)
	got, err = revealModelMsg(moved, ctx, trainer, 5)
	require.NoError(t, err)
	require.Equal(t, "https://elsewhere/1", got.(*types.MsgRevealModel).ModelUri, "--model-uri alone reveals the stored model elsewhere")
	half := revealModelCmd()
	require.NoError(t, half.Flags().Set(flagSalt, r.Salt))
	_, err = revealModelMsg(half, ctx, trainer, 5)
	require.ErrorContains(t, err, "give --salt, --model-hash and --model-uri together")

	r.ModelHash = strings.Repeat("0", 64)
	_, err = saveRecord(path, r)
	require.NoError(t, err)
	_, err = revealModelMsg(reveal, ctx, trainer, 5)
	require.ErrorContains(t, err, "was it edited?")
}
