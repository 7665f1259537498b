package canonical_test

import (
	"bytes"
	"encoding/hex"
	"math"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/prototext"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/dynamicpb"

	"github.com/flyteidl2/flyteidl2/gen/go/canonical"
	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	corev1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/core/v1"
	eventv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/event/v1"
	workflowv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/workflow/v1"
)

// The expected bytes below are written out by hand from the rules of
// docs/canonical-encoding.md, never taken from an encoder.

func TestEncodeMatchesHandWrittenBytes(t *testing.T) {
	tests := []struct {
		name    string
		message proto.Message
		want    string // hex
	}{
		{
			// metadata (1), hash (2), then the oneof member primitive (3),
			// which is written although it holds zero.
			name: "fields-ascend-and-oneof-at-zero-is-written",
			message: &corev1.Literal{
				Metadata: map[string]string{"b": "2", "a": "1"},
				Hash:     "h",
				Value: &corev1.Literal_Primitive{
					Primitive: &corev1.Primitive{Value: &corev1.Primitive_Integer{Integer: 0}},
				},
			},
			want: "0a060a0161120131" + "0a060a0162120132" + "120168" + "1a020800",
		},
		{
			// Keys by their UTF-8 bytes: "" < "B" < "a" < "é" (c3 a9) <
			// U+FFFF (ef bf bf) < U+1F600 (f0 9f 98 80). UTF-16 order would
			// put U+1F600 first of the last two. The entry with the empty key
			// and value still writes both.
			name: "string-keys-by-utf8-bytes",
			message: &commonv1.Labels{Values: map[string]string{
				"\U0001F600": "", "a": "", "\uffff": "", "": "", "é": "", "B": "",
			}},
			want: "0a040a001200" + "0a050a01421200" + "0a050a01611200" + "0a060a02c3a91200" +
				"0a070a03efbfbf1200" + "0a080a04f09f98801200",
		},
		{
			name: "empty-message-value-in-map-is-written",
			message: &corev1.LiteralMap{Literals: map[string]*corev1.Literal{
				"k": {},
			}},
			want: "0a050a016b1200",
		},
		{
			name:    "negative-zero-in-implicit-double-is-written",
			message: &corev1.RetryPolicy{BackoffMultiplier: math.Copysign(0, -1)},
			want:    "210000000000000080",
		},
		{
			name:    "positive-zero-in-implicit-double-is-left-out",
			message: &corev1.RetryPolicy{BackoffMultiplier: 0},
			want:    "",
		},
		{
			// 1, 300 (ac 02), 0 in one record of 4 bytes.
			name:    "repeated-uint32-is-packed",
			message: &eventv1.RecordActionEventsResponse{IgnoredEventIndexes: []uint32{1, 300, 0}},
			want:    "0a0401ac0200",
		},
		{
			name:    "empty-repeated-is-left-out",
			message: &eventv1.RecordActionEventsResponse{IgnoredEventIndexes: []uint32{}},
			want:    "",
		},
		{
			name:    "set-empty-message-field-is-written",
			message: &commonv1.ActionIdentifier{Run: &commonv1.RunIdentifier{}},
			want:    "0a00",
		},
		{
			name:    "empty-message-oneof-member-is-written",
			message: &corev1.Literal{Value: &corev1.Literal_NoneValue{NoneValue: &corev1.NoneValue{}}},
			want:    "2200",
		},
		{
			name:    "proto3-optional-at-zero-is-written",
			message: &workflowv1.RunOverrides{Interruptible: proto.Bool(false)},
			want:    "1000",
		},
		{
			name:    "unnamed-enum-number-is-written",
			message: &corev1.BlobType{Dimensionality: corev1.BlobDimensionality(99)},
			want:    "1063",
		},
		{
			name:    "negative-enum-is-sign-extended",
			message: &corev1.BlobType{Dimensionality: corev1.BlobDimensionality(-1)},
			want:    "10ffffffffffffffffff01",
		},
		{
			name: "nan-keeps-its-bits",
			message: &corev1.Primitive{Value: &corev1.Primitive_FloatValue{
				FloatValue: math.Float64frombits(0x7FF8000000000001),
			}},
			want: "11010000000000f87f",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := canonical.Encode(tt.message)
			if err != nil {
				t.Fatalf("failed to encode: %v", err)
			}
			if hex.EncodeToString(got) != tt.want {
				t.Errorf("got %x, want %s", got, tt.want)
			}
		})
	}
}

// keysFile declares map key types that the IDL does not use, so that the
// key order is checked for every key type the canonical encoding allows.
const keysFile = `
name: "keys.proto" package: "test" syntax: "proto3"
message_type {
  name: "Keys"
  field { name: "ints" number: 1 label: LABEL_REPEATED type: TYPE_MESSAGE type_name: ".test.Keys.IntsEntry" }
  field { name: "sints" number: 2 label: LABEL_REPEATED type: TYPE_MESSAGE type_name: ".test.Keys.SintsEntry" }
  field { name: "uints" number: 3 label: LABEL_REPEATED type: TYPE_MESSAGE type_name: ".test.Keys.UintsEntry" }
  field { name: "bools" number: 4 label: LABEL_REPEATED type: TYPE_MESSAGE type_name: ".test.Keys.BoolsEntry" }
  nested_type { name: "IntsEntry" options { map_entry: true }
    field { name: "key" number: 1 label: LABEL_OPTIONAL type: TYPE_INT32 }
    field { name: "value" number: 2 label: LABEL_OPTIONAL type: TYPE_STRING } }
  nested_type { name: "SintsEntry" options { map_entry: true }
    field { name: "key" number: 1 label: LABEL_OPTIONAL type: TYPE_SINT64 }
    field { name: "value" number: 2 label: LABEL_OPTIONAL type: TYPE_STRING } }
  nested_type { name: "UintsEntry" options { map_entry: true }
    field { name: "key" number: 1 label: LABEL_OPTIONAL type: TYPE_UINT64 }
    field { name: "value" number: 2 label: LABEL_OPTIONAL type: TYPE_STRING } }
  nested_type { name: "BoolsEntry" options { map_entry: true }
    field { name: "key" number: 1 label: LABEL_OPTIONAL type: TYPE_BOOL }
    field { name: "value" number: 2 label: LABEL_OPTIONAL type: TYPE_STRING } }
}
message_type {
  name: "OneofBelowField"
  field { name: "a" number: 1 label: LABEL_OPTIONAL type: TYPE_INT32 oneof_index: 0 }
  field { name: "b" number: 2 label: LABEL_OPTIONAL type: TYPE_INT32 }
  oneof_decl { name: "choice" }
}
message_type {
  name: "OneofsOutOfOrder"
  field { name: "high" number: 2 label: LABEL_OPTIONAL type: TYPE_INT32 oneof_index: 0 }
  field { name: "low" number: 1 label: LABEL_OPTIONAL type: TYPE_INT32 oneof_index: 1 }
  oneof_decl { name: "first" }
  oneof_decl { name: "second" }
}
`

func testMessage(t *testing.T, name protoreflect.Name) protoreflect.Message {
	t.Helper()
	var fdp descriptorpb.FileDescriptorProto
	if err := prototext.Unmarshal([]byte(keysFile), &fdp); err != nil {
		t.Fatalf("failed to read the test descriptor: %v", err)
	}
	fd, err := protodesc.NewFile(&fdp, protoregistry.GlobalFiles)
	if err != nil {
		t.Fatalf("failed to build the test descriptor: %v", err)
	}
	return dynamicpb.NewMessage(fd.Messages().ByName(name))
}

func TestEncodeOrdersEveryKeyType(t *testing.T) {
	m := testMessage(t, "Keys")
	put := func(field protoreflect.Name, keys ...protoreflect.MapKey) {
		fd := m.Descriptor().Fields().ByName(field)
		entries := m.Mutable(fd).Map()
		for _, key := range keys {
			entries.Set(key, protoreflect.ValueOfString(""))
		}
	}
	intKey := func(v int64) protoreflect.MapKey { return protoreflect.ValueOfInt64(v).MapKey() }
	put("ints", protoreflect.ValueOfInt32(2147483647).MapKey(), protoreflect.ValueOfInt32(1).MapKey(),
		protoreflect.ValueOfInt32(-1).MapKey(), protoreflect.ValueOfInt32(0).MapKey())
	put("sints", intKey(1), intKey(-1), intKey(-2))
	put("uints", protoreflect.ValueOfUint64(1<<63).MapKey(), protoreflect.ValueOfUint64(1).MapKey())
	put("bools", protoreflect.ValueOfBool(true).MapKey(), protoreflect.ValueOfBool(false).MapKey())

	want := "" +
		// int32 keys as signed: -1 (sign-extended to ten bytes), 0, 1, 2^31-1.
		"0a0d08ffffffffffffffffff011200" + "0a0408001200" + "0a0408011200" + "0a0808ffffffff071200" +
		// sint64 keys zigzag-encoded, ordered as signed: -2 (3), -1 (1), 1 (2).
		"120408031200" + "120408011200" + "120408021200" +
		// uint64 keys as unsigned: 1, then 2^63.
		"1a0408011200" + "1a0d08" + strings.Repeat("80", 9) + "01" + "1200" +
		// bool keys: false, then true.
		"220408001200" + "220408011200"
	got, err := canonical.Encode(m.Interface())
	if err != nil {
		t.Fatalf("failed to encode: %v", err)
	}
	if hex.EncodeToString(got) != want {
		t.Errorf("got  %x\nwant %s", got, want)
	}
}

func TestEncodeRejectsFieldOrderItCannotWrite(t *testing.T) {
	for _, name := range []protoreflect.Name{"OneofBelowField", "OneofsOutOfOrder"} {
		t.Run(string(name), func(t *testing.T) {
			_, err := canonical.Encode(testMessage(t, name).Interface())
			want := "test." + string(name) + " has no canonical encoding: it has a oneof"
			if err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("got error %v, want one starting %q", err, want)
			}
		})
	}
}

func TestEncodeRejectsUnknownFields(t *testing.T) {
	unknown := protowire.AppendTag(nil, 100, protowire.VarintType)
	unknown = protowire.AppendVarint(unknown, 1)
	unknown = protowire.AppendTag(unknown, 99, protowire.BytesType)
	unknown = protowire.AppendString(unknown, "x")
	unknown = protowire.AppendTag(unknown, 100, protowire.VarintType)
	unknown = protowire.AppendVarint(unknown, 2)

	top := &corev1.Literal{}
	if err := proto.Unmarshal(unknown, top); err != nil {
		t.Fatalf("failed to decode: %v", err)
	}
	nested := &corev1.Literal{}
	if err := proto.Unmarshal(unknown, nested); err != nil {
		t.Fatalf("failed to decode: %v", err)
	}
	collection := &corev1.LiteralCollection{Literals: []*corev1.Literal{{}, nested}}
	inMap := &corev1.LiteralMap{Literals: map[string]*corev1.Literal{
		"x": {Value: &corev1.Literal_Collection{Collection: collection}},
	}}

	tests := []struct {
		name    string
		message proto.Message
		want    string
	}{
		{
			name:    "top-level",
			message: top,
			want:    "flyteidl2.core.v1.Literal has no canonical encoding: it holds unknown fields 99, 100",
		},
		{
			name:    "nested",
			message: inMap,
			want: `flyteidl2.core.v1.LiteralMap has no canonical encoding: at literals["x"].collection.` +
				`literals[1]: flyteidl2.core.v1.Literal holds unknown fields 99, 100`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := canonical.Encode(tt.message); err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %q", err, tt.want)
			}
			if _, err := canonical.InputsHash(tt.message); err == nil || err.Error() != tt.want {
				t.Errorf("InputsHash: got error %v, want %q", err, tt.want)
			}
		})
	}
}

// nested returns inner with 2*pairs more levels above it: each pair a Literal
// holding a LiteralCollection that holds the level below.
func nested(inner *corev1.Literal, pairs int) *corev1.Literal {
	for range pairs {
		inner = &corev1.Literal{Value: &corev1.Literal_Collection{
			Collection: &corev1.LiteralCollection{Literals: []*corev1.Literal{inner}},
		}}
	}
	return inner
}

// primitiveLiteral has one level below it, the Primitive.
func primitiveLiteral() *corev1.Literal {
	return &corev1.Literal{Value: &corev1.Literal_Primitive{Primitive: &corev1.Primitive{}}}
}

// mapLiteral has three or four levels below it: LiteralMap, its entry, the
// Literal in the entry, and that Literal's content.
func mapLiteral(value *corev1.Literal) *corev1.Literal {
	return &corev1.Literal{Value: &corev1.Literal_Map{Map: &corev1.LiteralMap{
		Literals: map[string]*corev1.Literal{"k": value},
	}}}
}

func TestEncodeAndUnmarshalLimitDepthAlike(t *testing.T) {
	tests := []struct {
		name    string
		message *corev1.Literal
		ok      bool
	}{
		{"100-levels", nested(&corev1.Literal{}, 50), true},
		{"101-levels", nested(primitiveLiteral(), 50), false},
		{"100-levels-through-a-map", nested(mapLiteral(primitiveLiteral()), 48), true},
		// Within the limit if the map entry did not count as a level.
		{"101-levels-through-a-map", nested(mapLiteral(&corev1.Literal{}), 49), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, encodeErr := canonical.Encode(tt.message)
			if (encodeErr == nil) != tt.ok {
				t.Errorf("Encode error %v, want success %v", encodeErr, tt.ok)
			}
			if encodeErr != nil && !strings.Contains(encodeErr.Error(), "is nested more than 100 levels deep") {
				t.Errorf("Encode error %q does not say the message is too deep", encodeErr)
			}

			data, err := proto.Marshal(tt.message)
			if err != nil {
				t.Fatalf("failed to encode: %v", err)
			}
			decodeErr := canonical.Unmarshal(data, &corev1.Literal{})
			if (decodeErr == nil) != tt.ok {
				t.Errorf("decode error %v, want success %v", decodeErr, tt.ok)
			}
		})
	}
}

func TestEncodeRejectsTooDeepMapOfScalars(t *testing.T) {
	// 100 levels down sits a Literal whose metadata entries would be level 101.
	m := nested(&corev1.Literal{}, 50)
	inner := m
	for inner.GetCollection() != nil {
		inner = inner.GetCollection().GetLiterals()[0]
	}
	inner.Metadata = map[string]string{"k": "v"}

	_, err := canonical.Encode(m)
	want := "flyteidl2.core.v1.Literal.MetadataEntry is nested more than 100 levels deep"
	if err == nil || !strings.HasSuffix(err.Error(), want) {
		t.Errorf("got error %v, want one ending %q", err, want)
	}
}

func TestUnmarshalRejectsWrongWireTypes(t *testing.T) {
	tests := []struct {
		name string
		data string // hex
		want string
	}{
		{
			// hash (2) is a string, written here as varint 1.
			name: "top-level",
			data: "1001",
			want: "failed to read flyteidl2.core.v1.Literal: it has field hash (2) with wire type 0, " +
				"which its type string does not use",
		},
		{
			// primitive (3) holds float_value (2), a double, as varint 1.
			name: "nested",
			data: "1a021001",
			want: "failed to read flyteidl2.core.v1.Literal: at primitive: flyteidl2.core.v1.Primitive " +
				"has field float_value (2) with wire type 0, which its type double does not use",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, _ := hex.DecodeString(tt.data)
			err := canonical.Unmarshal(data, &corev1.Literal{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestUnmarshalKeepsUnknownFields(t *testing.T) {
	// hash "h", then field 99 as varint 1.
	var m corev1.Literal
	if err := canonical.Unmarshal([]byte{0x12, 0x01, 'h', 0x98, 0x06, 0x01}, &m); err != nil {
		t.Fatalf("failed to read: %v", err)
	}
	if m.GetHash() != "h" {
		t.Errorf("hash is %q, want %q", m.GetHash(), "h")
	}
	if got := hex.EncodeToString(m.ProtoReflect().GetUnknown()); got != "980601" {
		t.Errorf("unknown fields are %s, want 980601", got)
	}
}

func TestUnmarshalRejectsMalformedData(t *testing.T) {
	for name, data := range map[string]string{
		"truncated-varint":        "08",
		"field-number-zero":       "0001",
		"length-past-the-end":     "1205",
		"invalid-utf8-string":     "1201ff",
		"end-group-without-start": "0c",
	} {
		t.Run(name, func(t *testing.T) {
			b, _ := hex.DecodeString(data)
			if err := canonical.Unmarshal(b, &corev1.Literal{}); err == nil {
				t.Errorf("read %s without error", data)
			}
		})
	}
}

func TestUnmarshalLimitsTheDepthOfUnknownGroups(t *testing.T) {
	// groups nests unknown groups of field 200 levels deep.
	groups := func(levels int) []byte {
		start := protowire.AppendTag(nil, 200, protowire.StartGroupType)
		end := protowire.AppendTag(nil, 200, protowire.EndGroupType)
		return append(bytes.Repeat(start, levels), bytes.Repeat(end, levels)...)
	}
	// Each group is a level, so a message at depth 1 (the run of an
	// ActionIdentifier) holds at most 99 levels of them.
	nested := func(levels int) []byte {
		return protowire.AppendBytes(protowire.AppendTag(nil, 1, protowire.BytesType), groups(levels))
	}
	for _, tt := range []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"top-level-at-limit", groups(canonical.MaxDepth), ""},
		{"top-level-past-limit", groups(canonical.MaxDepth + 1),
			"failed to read flyteidl2.common.v1.ActionIdentifier: it holds unknown groups nested more than 100 levels deep"},
		{"nested-at-limit", nested(canonical.MaxDepth - 1), ""},
		{"nested-past-limit", nested(canonical.MaxDepth),
			"failed to read flyteidl2.common.v1.ActionIdentifier: at run: flyteidl2.common.v1.RunIdentifier " +
				"holds unknown groups nested more than 100 levels deep"},
		{"within-protobuf-go-limit", groups(5_000),
			"failed to read flyteidl2.common.v1.ActionIdentifier: it holds unknown groups nested more than 100 levels deep"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := canonical.Unmarshal(tt.data, &commonv1.ActionIdentifier{})
			if tt.wantErr == "" && err != nil {
				t.Errorf("got error %v, want none", err)
			}
			if tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr) {
				t.Errorf("got error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestUnmarshalJSONReadsNaNWithCanonicalBits(t *testing.T) {
	var p corev1.Primitive
	if err := canonical.UnmarshalJSON([]byte(`{"floatValue": "NaN"}`), &p); err != nil {
		t.Fatalf("failed to read JSON: %v", err)
	}
	got, err := canonical.Encode(&p)
	if err != nil {
		t.Fatalf("failed to encode: %v", err)
	}
	if want := "11000000000000f87f"; hex.EncodeToString(got) != want {
		t.Errorf("got %x, want %s", got, want)
	}
}

func TestUnmarshalJSONRejectsUnknownFieldNames(t *testing.T) {
	err := canonical.UnmarshalJSON([]byte(`{"hash": "h", "colour": 1}`), &corev1.Literal{})
	if err == nil || !strings.Contains(err.Error(), "colour") {
		t.Errorf("got error %v, want one naming the field colour", err)
	}
}

func TestInputsHash(t *testing.T) {
	tests := []struct {
		name    string
		message proto.Message
		want    string
	}{
		// SHA-256 of no bytes.
		{"empty", &corev1.Literal{}, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		// SHA-256 of 0a 00.
		{
			"empty-run", &commonv1.ActionIdentifier{Run: &commonv1.RunIdentifier{}},
			"102b51b9765a56a3e899f7cf0ee38e5251f9c503b357b330a49183eb7b155604",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := canonical.InputsHash(tt.message)
			if err != nil {
				t.Fatalf("failed to hash: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestEncodeIsStableAcrossCalls(t *testing.T) {
	// Go randomizes map iteration, so repeated encodings of a large map catch
	// any order that is not forced.
	m := &corev1.LiteralMap{Literals: map[string]*corev1.Literal{}}
	for _, key := range strings.Split("q w e r t y u i o p a s d f g h j k l z x c v b n m", " ") {
		m.Literals[key] = &corev1.Literal{Hash: key}
	}
	first, err := canonical.Encode(m)
	if err != nil {
		t.Fatalf("failed to encode: %v", err)
	}
	for range 20 {
		again, err := canonical.Encode(m)
		if err != nil {
			t.Fatalf("failed to encode: %v", err)
		}
		if !bytes.Equal(again, first) {
			t.Fatalf("encodings differ: %x and %x", first, again)
		}
	}
}
