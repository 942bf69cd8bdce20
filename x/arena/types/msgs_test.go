package types_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	gogoproto "github.com/cosmos/gogoproto/proto"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/reflect/protoreflect"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

var (
	alice = sdk.AccAddress(strings.Repeat("a", 20)).String()
	bob   = sdk.AccAddress(strings.Repeat("b", 20)).String()
	hash  = strings.Repeat("ab", 32)
	salt  = strings.Repeat("5a", 16)
)

func aflock(n int64) sdk.Coin { return sdk.Coin{Denom: "aflock", Amount: math.NewInt(n)} }

// with returns a copy of a valid message changed by edit.
func with[M any](valid func() *M, edit func(*M)) *M {
	m := valid()
	edit(m)
	return m
}

func createTask() *types.MsgCreateTask {
	return &types.MsgCreateTask{
		Creator: alice, Title: "digits", Description: "", TrainDataUri: "https://d/train", TrainDataHash: hash,
		ValidationDataHash: strings.ToUpper(hash), Metric: "loss", LowerIsBetter: true,
		SubmissionDuration: time.Hour, ValidationDuration: time.Hour, RevealDuration: time.Hour,
		Stake: aflock(3), RewardBonus: aflock(0),
	}
}

func joinTask() *types.MsgJoinTask {
	return &types.MsgJoinTask{Participant: alice, TaskId: 1, Role: types.ROLE_VALIDATOR, Stake: aflock(1), Sigma: math.LegacyNewDecWithPrec(5, 1)}
}

func delegate() *types.MsgDelegate {
	return &types.MsgDelegate{Delegator: alice, TaskId: 1, Participant: bob, Amount: aflock(1)}
}

func revealModel() *types.MsgRevealModel {
	return &types.MsgRevealModel{Trainer: alice, TaskId: 1, ModelUri: "https://m/1", ModelHash: hash, Salt: salt}
}

func reveal() *types.MsgRevealScores {
	return &types.MsgRevealScores{Validator: alice, TaskId: 1, Salt: salt, Scores: []types.ScoreEntry{{SubmissionId: 2, Score: "0.5"}, {SubmissionId: 1, Score: "-12.0000000000000001"}}}
}

type msgCase struct {
	name string
	msg  sdk.HasValidateBasic
	err  error  // nil: valid
	says string // what the error must name
}

func TestValidateBasic(t *testing.T) {
	upper := strings.ToUpper(alice)
	cases := []msgCase{
		// MsgCreateTask
		{"create: valid", createTask(), nil, ""},
		{"create: optional description at its bound", with(createTask, func(m *types.MsgCreateTask) { m.Description = strings.Repeat("x", types.MaxDescription) }), nil, ""},
		{"create: empty creator", with(createTask, func(m *types.MsgCreateTask) { m.Creator = "" }), types.ErrInvalidAddress, "creator"},
		{"create: upper-case creator", with(createTask, func(m *types.MsgCreateTask) { m.Creator = upper }), types.ErrInvalidAddress, "canonical lower-case spelling " + alice},
		{"create: blank title", with(createTask, func(m *types.MsgCreateTask) { m.Title = "  " }), types.ErrInvalidTask, "title is empty"},
		{"create: long title", with(createTask, func(m *types.MsgCreateTask) { m.Title = strings.Repeat("x", types.MaxTitle+1) }), types.ErrInvalidTask, "title has 141 bytes: want at most 140"},
		{"create: long description", with(createTask, func(m *types.MsgCreateTask) { m.Description = strings.Repeat("x", types.MaxDescription+1) }), types.ErrInvalidTask, "description"},
		{"create: no train uri", with(createTask, func(m *types.MsgCreateTask) { m.TrainDataUri = "" }), types.ErrInvalidTask, "train_data_uri"},
		{"create: long metric", with(createTask, func(m *types.MsgCreateTask) { m.Metric = strings.Repeat("m", types.MaxMetric+1) }), types.ErrInvalidTask, "metric"},
		{"create: short hash", with(createTask, func(m *types.MsgCreateTask) { m.TrainDataHash = "abcd" }), types.ErrInvalidHash, `train_data_hash "abcd"`},
		{"create: non-hex validation hash", with(createTask, func(m *types.MsgCreateTask) { m.ValidationDataHash = strings.Repeat("zz", 32) }), types.ErrInvalidHash, "validation_data_hash"},
		{"create: zero submission duration", with(createTask, func(m *types.MsgCreateTask) { m.SubmissionDuration = 0 }), types.ErrInvalidTask, "submission_duration 0s must be within (0, 720h0m0s]"},
		{"create: negative validation duration", with(createTask, func(m *types.MsgCreateTask) { m.ValidationDuration = -time.Second }), types.ErrInvalidTask, "validation_duration -1s"},
		{"create: reveal beyond any params", with(createTask, func(m *types.MsgCreateTask) { m.RevealDuration = types.MaxPhaseDuration + 1 }), types.ErrInvalidTask, "reveal_duration"},
		{"create: zero stake", with(createTask, func(m *types.MsgCreateTask) { m.Stake = aflock(0) }), types.ErrInvalidAmount, "stake 0aflock must be positive"},
		{"create: stake without denom", with(createTask, func(m *types.MsgCreateTask) { m.Stake.Denom = "" }), types.ErrWrongDenom, `stake ""`},
		{"create: stake without amount", with(createTask, func(m *types.MsgCreateTask) { m.Stake.Amount = math.Int{} }), types.ErrInvalidAmount, "stake has no amount"},
		{"create: negative bonus", with(createTask, func(m *types.MsgCreateTask) { m.RewardBonus = aflock(-1) }), types.ErrInvalidAmount, "reward_bonus -1aflock must be non-negative"},
		{"create: bonus without denom", with(createTask, func(m *types.MsgCreateTask) { m.RewardBonus = sdk.Coin{} }), types.ErrWrongDenom, "reward_bonus"},

		// MsgOpenValidation, MsgCancelTask
		{"open: valid", &types.MsgOpenValidation{Creator: alice, TaskId: 1, ValidationDataUri: "u"}, nil, ""},
		{"open: task 0", &types.MsgOpenValidation{Creator: alice, TaskId: 0, ValidationDataUri: "u"}, types.ErrUnknownTask, "task_id 0"},
		{"open: no uri", &types.MsgOpenValidation{Creator: alice, TaskId: 1}, types.ErrInvalidTask, "validation_data_uri is empty"},
		{"open: bad creator", &types.MsgOpenValidation{Creator: "flock1nope", TaskId: 1, ValidationDataUri: "u"}, types.ErrInvalidAddress, `creator "flock1nope"`},
		{"cancel: valid", &types.MsgCancelTask{Creator: alice, TaskId: 3}, nil, ""},
		{"cancel: task 0", &types.MsgCancelTask{Creator: alice}, types.ErrUnknownTask, "task_id 0"},
		{"cancel: upper-case creator", &types.MsgCancelTask{Creator: upper, TaskId: 3}, types.ErrInvalidAddress, "creator"},

		// MsgJoinTask
		{"join: valid", joinTask(), nil, ""},
		{"join: sigma 0 and 1 are shares", with(joinTask, func(m *types.MsgJoinTask) { m.Sigma = math.LegacyZeroDec() }), nil, ""},
		{"join: no role", with(joinTask, func(m *types.MsgJoinTask) { m.Role = types.ROLE_UNSPECIFIED }), types.ErrWrongRole, "role ROLE_UNSPECIFIED: want ROLE_TRAINER or ROLE_VALIDATOR"},
		{"join: unknown role", with(joinTask, func(m *types.MsgJoinTask) { m.Role = 7 }), types.ErrWrongRole, "role 7"},
		{"join: zero stake", with(joinTask, func(m *types.MsgJoinTask) { m.Stake = aflock(0) }), types.ErrInvalidAmount, "stake 0aflock must be positive"},
		{"join: bad denom", with(joinTask, func(m *types.MsgJoinTask) { m.Stake.Denom = "1x" }), types.ErrWrongDenom, `stake "1x"`},
		{"join: sigma above 1", with(joinTask, func(m *types.MsgJoinTask) { m.Sigma = math.LegacyNewDec(2) }), types.ErrInvalidSigma, "sigma 2.000000000000000000 must be within [0, 1]"},
		{"join: negative sigma", with(joinTask, func(m *types.MsgJoinTask) { m.Sigma = math.LegacyNewDec(-1) }), types.ErrInvalidSigma, "sigma -1"},
		{"join: nil sigma", with(joinTask, func(m *types.MsgJoinTask) { m.Sigma = math.LegacyDec{} }), types.ErrInvalidSigma, "sigma <nil>"},
		{"join: task 0", with(joinTask, func(m *types.MsgJoinTask) { m.TaskId = 0 }), types.ErrUnknownTask, "task_id 0"},

		// MsgDelegate, MsgUndelegate
		{"delegate: valid", delegate(), nil, ""},
		{"delegate: zero", with(delegate, func(m *types.MsgDelegate) { m.Amount = aflock(0) }), types.ErrInvalidAmount, "amount 0aflock must be positive"},
		{"delegate: bad participant", with(delegate, func(m *types.MsgDelegate) { m.Participant = "x" }), types.ErrInvalidAddress, `participant "x"`},
		{"delegate: upper-case delegator", with(delegate, func(m *types.MsgDelegate) { m.Delegator = upper }), types.ErrInvalidAddress, "delegator"},
		{"undelegate: valid", &types.MsgUndelegate{Delegator: alice, TaskId: 1, Participant: bob}, nil, ""},
		{"undelegate: no participant", &types.MsgUndelegate{Delegator: alice, TaskId: 1}, types.ErrInvalidAddress, "participant"},
		{"undelegate: task 0", &types.MsgUndelegate{Delegator: alice, Participant: bob}, types.ErrUnknownTask, "task_id 0"},

		// MsgCommitModel, MsgRevealModel, MsgCommitScores
		{"commit model: valid", &types.MsgCommitModel{Trainer: alice, TaskId: 1, Commitment: hash}, nil, ""},
		{"commit model: not a sha256", &types.MsgCommitModel{Trainer: alice, TaskId: 1, Commitment: hash[:62]}, types.ErrInvalidHash, `commitment "` + hash[:62] + `"`},
		{"commit model: task 0", &types.MsgCommitModel{Trainer: alice, Commitment: hash}, types.ErrUnknownTask, "task_id 0"},
		{"commit model: upper-case trainer", &types.MsgCommitModel{Trainer: upper, TaskId: 1, Commitment: hash}, types.ErrInvalidAddress, "trainer"},
		{"reveal model: valid", revealModel(), nil, ""},
		{"reveal model: upper-case hash", with(revealModel, func(m *types.MsgRevealModel) { m.ModelHash = strings.ToUpper(hash) }), nil, ""},
		{"reveal model: long uri", with(revealModel, func(m *types.MsgRevealModel) { m.ModelUri = strings.Repeat("u", types.MaxURI+1) }), types.ErrInvalidTask, "model_uri has 513 bytes"},
		{"reveal model: no uri", with(revealModel, func(m *types.MsgRevealModel) { m.ModelUri = " " }), types.ErrInvalidTask, "model_uri is empty"},
		{"reveal model: bad hash", with(revealModel, func(m *types.MsgRevealModel) { m.ModelHash = hash + "00" }), types.ErrInvalidHash, "model_hash"},
		{"reveal model: short salt", with(revealModel, func(m *types.MsgRevealModel) { m.Salt = "abcd" }), types.ErrInvalidSalt, `salt "abcd"`},
		{"reveal model: long salt", with(revealModel, func(m *types.MsgRevealModel) { m.Salt = strings.Repeat("ab", types.MaxSaltBytes+1) }), types.ErrInvalidSalt, "salt"},
		{"reveal model: task 0", with(revealModel, func(m *types.MsgRevealModel) { m.TaskId = 0 }), types.ErrUnknownTask, "task_id 0"},
		{"reveal model: bad trainer", with(revealModel, func(m *types.MsgRevealModel) { m.Trainer = bob[:10] }), types.ErrInvalidAddress, "trainer"},
		{"commit: valid", &types.MsgCommitScores{Validator: alice, TaskId: 1, Commitment: hash}, nil, ""},
		{"commit: not a sha256", &types.MsgCommitScores{Validator: alice, TaskId: 1, Commitment: "0.42"}, types.ErrInvalidHash, `commitment "0.42"`},
		{"commit: upper-case validator", &types.MsgCommitScores{Validator: upper, TaskId: 1, Commitment: hash}, types.ErrInvalidAddress, "validator"},

		// MsgRevealScores
		{"reveal: valid, 16 decimals", reveal(), nil, ""},
		{"reveal: NaN", with(reveal, func(m *types.MsgRevealScores) { m.Scores[0].Score = "NaN" }), types.ErrInvalidScore, `submission 2: score "NaN"`},
		{"reveal: exponent", with(reveal, func(m *types.MsgRevealScores) { m.Scores[1].Score = "1e5" }), types.ErrInvalidScore, `score "1e5"`},
		{"reveal: 17 decimals", with(reveal, func(m *types.MsgRevealScores) { m.Scores[0].Score = "0." + strings.Repeat("1", 17) }), types.ErrInvalidScore, "17 decimals, at most 16"},
		{"reveal: 16 integer digits", with(reveal, func(m *types.MsgRevealScores) { m.Scores[0].Score = strings.Repeat("9", 16) }), types.ErrInvalidScore, "up to 15 digits"},
		{"reveal: empty score", with(reveal, func(m *types.MsgRevealScores) { m.Scores[0].Score = "" }), types.ErrInvalidScore, `score ""`},
		{"reveal: duplicate ids", with(reveal, func(m *types.MsgRevealScores) { m.Scores[1].SubmissionId = 2 }), types.ErrDuplicateScore, "submission 2 is scored twice"},
		{"reveal: submission 0", with(reveal, func(m *types.MsgRevealScores) { m.Scores[1].SubmissionId = 0 }), types.ErrInvalidScore, "submission 0"},
		{"reveal: no scores", with(reveal, func(m *types.MsgRevealScores) { m.Scores = nil }), types.ErrInvalidScore, "no scores"},
		{"reveal: too many scores", with(reveal, func(m *types.MsgRevealScores) {
			m.Scores = make([]types.ScoreEntry, types.MaxSubmissionsPerTask+1)
		}), types.ErrInvalidScore, "10001 scores"},
		{"reveal: short salt", with(reveal, func(m *types.MsgRevealScores) { m.Salt = "abcd" }), types.ErrInvalidSalt, `salt "abcd"`},
		{"reveal: non-hex salt", with(reveal, func(m *types.MsgRevealScores) { m.Salt = strings.Repeat("g", 32) }), types.ErrInvalidSalt, "salt"},
		{"reveal: no validator", with(reveal, func(m *types.MsgRevealScores) { m.Validator = "" }), types.ErrInvalidAddress, "validator"},

		// MsgUpdateParams
		{"params: valid", &types.MsgUpdateParams{Authority: alice, Params: types.DefaultParams()}, nil, ""},
		{"params: gamma out of range", &types.MsgUpdateParams{Authority: alice, Params: func() types.Params {
			p := types.DefaultParams()
			p.Gamma = math.LegacyNewDecWithPrec(6, 1)
			return p
		}()}, types.ErrInvalidParams, "gamma 0.600000000000000000"},
		{"params: negative submission fee", &types.MsgUpdateParams{Authority: alice, Params: func() types.Params {
			p := types.DefaultParams()
			p.SubmissionFee = math.NewInt(-1)
			return p
		}()}, types.ErrInvalidParams, "submission_fee -1 must be within [0, min_trainer_stake"},
		{"params: submission fee above the trainer stake", &types.MsgUpdateParams{Authority: alice, Params: func() types.Params {
			p := types.DefaultParams()
			p.SubmissionFee = p.MinTrainerStake.AddRaw(1)
			return p
		}()}, types.ErrInvalidParams, "submission_fee 3000000000000000000001"},
		{"params: no submission fee", &types.MsgUpdateParams{Authority: alice, Params: func() types.Params {
			p := types.DefaultParams()
			p.SubmissionFee = math.Int{}
			return p
		}()}, types.ErrInvalidParams, "submission_fee <nil>"},
		{"params: submission fee 0 turns it off", &types.MsgUpdateParams{Authority: alice, Params: func() types.Params {
			p := types.DefaultParams()
			p.SubmissionFee = math.ZeroInt()
			return p
		}()}, nil, ""},
		{"params: bad authority", &types.MsgUpdateParams{Authority: "gov", Params: types.DefaultParams()}, types.ErrInvalidAddress, "authority"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.msg.ValidateBasic()
			if tc.err == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.says)
		})
	}
}

// TestEveryMessageValidates walks the Msg service, so a new message cannot skip
// ValidateBasic: each one has it, and refuses its zero value.
func TestEveryMessageValidates(t *testing.T) {
	desc, err := gogoproto.HybridResolver.FindDescriptorByName("flock.arena.v1.Msg")
	require.NoError(t, err)
	methods := desc.(protoreflect.ServiceDescriptor).Methods()
	require.Equal(t, 11, methods.Len())
	for i := 0; i < methods.Len(); i++ {
		name := string(methods.Get(i).Input().FullName())
		typ := gogoproto.MessageType(name)
		require.NotNil(t, typ, name)
		v, ok := reflect.New(typ.Elem()).Interface().(sdk.HasValidateBasic)
		require.True(t, ok, "%s has no ValidateBasic", name)
		require.Error(t, v.ValidateBasic(), "%s: the zero message is not valid", name)
	}
}
