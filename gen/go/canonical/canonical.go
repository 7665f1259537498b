// Package canonical writes flyteidl2 messages in their canonical encoding, the
// one protobuf encoding of a message value that docs/canonical-encoding.md
// defines, and computes input hashes over it.
//
// protobuf-go's deterministic marshaling already writes maps ordered by key,
// map entries with both key and value, packed repeated scalars and negative
// zero, as the canonical encoding requires. What this package adds is
// refusal: it fails, rather than write bytes that another runtime would not
// write, for a message that holds unknown fields, nests more than 100 deep,
// or has a field layout for which protobuf-go's field order is not ascending.
//
// Data whose canonical bytes or hash must match other runtimes is read with
// [Unmarshal] or [UnmarshalJSON]. protobuf-go's own readers differ from the
// other runtimes in ways the canonical encoding pins down: they allow deeper
// nesting, keep a field with the wrong wire type as an unknown field, and
// read ProtoJSON's "NaN" with other bits.
package canonical

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// MaxDepth is how many levels of messages may nest below the top-level one.
// A map entry counts as a level, as it does in the upb and protobuf-go
// decoders.
const MaxDepth = 100

// tooDeep is the reason given for a message nested below MaxDepth.
var tooDeep = fmt.Sprintf("is nested more than %d levels deep", MaxDepth)

// canonicalNaN is the double that ProtoJSON's "NaN" reads as.
const canonicalNaN = 0x7FF8000000000000

// Encode returns the canonical bytes of m.
func Encode(m proto.Message) ([]byte, error) {
	root := m.ProtoReflect()
	if p := walk(root, 0, encodable); p != nil {
		return nil, fmt.Errorf("%s has no canonical encoding: %s", root.Descriptor().FullName(), p)
	}

	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("failed to encode %s: %w", root.Descriptor().FullName(), err)
	}
	return b, nil
}

// InputsHash returns the lowercase hexadecimal SHA-256 of the canonical
// bytes of m: 64 characters.
func InputsHash(m proto.Message) (string, error) {
	b, err := Encode(m)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Unmarshal reads the protobuf binary data into m as the canonical encoding
// requires of every reader: it rejects data that nests messages, or unknown
// groups, more than MaxDepth levels below the top-level one, and a field
// whose wire type does not match its type. Unknown field numbers are kept,
// as in [proto.Unmarshal].
func Unmarshal(data []byte, m proto.Message) error {
	// protobuf-go counts the top-level message as a level; MaxDepth does not.
	root := m.ProtoReflect()
	err := proto.UnmarshalOptions{RecursionLimit: MaxDepth + 1}.Unmarshal(data, m)
	if err != nil {
		return fmt.Errorf("failed to read %s: %w", root.Descriptor().FullName(), err)
	}
	if p := walk(root, 0, readable); p != nil {
		return fmt.Errorf("failed to read %s: %s", root.Descriptor().FullName(), p)
	}
	return nil
}

// UnmarshalJSON reads the ProtoJSON document data into m, strictly (an
// unknown field name is an error), and gives every NaN it read the bits
// 0x7FF8000000000000 that the canonical encoding assigns to "NaN".
func UnmarshalJSON(data []byte, m proto.Message) error {
	if err := protojson.Unmarshal(data, m); err != nil {
		name := m.ProtoReflect().Descriptor().FullName()
		return fmt.Errorf("failed to read %s from JSON: %w", name, err)
	}
	// JSON spells no NaN payloads, so every NaN here came from "NaN".
	setCanonicalNaNs(m.ProtoReflect())
	return nil
}

// problem says what is wrong with a message, and where.
type problem struct {
	// message is the type of the message that holds the problem.
	message protoreflect.FullName
	reason  string
	// path holds the field segments that lead from the top-level message to
	// the problem, innermost first, as they are added on the way back up.
	path []string
}

func (p *problem) String() string {
	if len(p.path) == 0 {
		return "it " + p.reason
	}
	path := slices.Clone(p.path)
	slices.Reverse(path)
	return fmt.Sprintf("at %s: %s %s", strings.Join(path, "."), p.message, p.reason)
}

// visitor reports a problem of the message m, nested depth levels below the
// top-level message, leaving its nested messages aside; nil when it has none.
type visitor func(m protoreflect.Message, depth int) *problem

// walk calls visit on m, nested depth levels below the top-level message,
// and on every message nested in it, and returns the first problem found,
// with the path to it. A message nested below MaxDepth is a problem itself.
func walk(m protoreflect.Message, depth int, visit visitor) *problem {
	if depth > MaxDepth {
		return &problem{message: m.Descriptor().FullName(), reason: tooDeep}
	}
	if found := visit(m, depth); found != nil {
		return found
	}

	var found *problem
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		found = walkField(fd, v, depth, visit)
		return found == nil
	})
	return found
}

// walkField walks the messages that the field fd of a message nested depth
// levels deep holds.
func walkField(
	fd protoreflect.FieldDescriptor, v protoreflect.Value, depth int, visit visitor,
) *problem {
	switch {
	case fd.IsMap():
		// Entries are a level of their own, so a map of scalars can be too deep.
		if depth+1 > MaxDepth {
			return &problem{
				message: fd.Message().FullName(),
				reason:  tooDeep,
				path:    []string{string(fd.Name())},
			}
		}
		if fd.MapValue().Message() == nil {
			return nil
		}
		var found *problem
		v.Map().Range(func(key protoreflect.MapKey, value protoreflect.Value) bool {
			if found = walk(value.Message(), depth+2, visit); found != nil {
				found.path = append(found.path, fmt.Sprintf("%s[%s]", fd.Name(), formatKey(key)))
			}
			return found == nil
		})
		return found
	case fd.IsList() && fd.Message() != nil:
		list := v.List()
		for i := range list.Len() {
			if found := walk(list.Get(i).Message(), depth+1, visit); found != nil {
				found.path = append(found.path, fmt.Sprintf("%s[%d]", fd.Name(), i))
				return found
			}
		}
	case fd.Message() != nil:
		if found := walk(v.Message(), depth+1, visit); found != nil {
			found.path = append(found.path, string(fd.Name()))
			return found
		}
	}
	return nil
}

// encodable reports why protobuf-go's deterministic bytes of m itself,
// leaving its nested messages aside, would not be canonical.
func encodable(m protoreflect.Message, _ int) *problem {
	md := m.Descriptor()
	if unknown := m.GetUnknown(); len(unknown) > 0 {
		return &problem{message: md.FullName(), reason: "holds unknown fields " + fieldNumbers(unknown)}
	}
	if !writesAscending(md) {
		return &problem{
			message: md.FullName(),
			reason:  "has a oneof that protobuf-go writes out of field-number order",
		}
	}
	return nil
}

// readable reports what protobuf-go reads into m, nested depth levels deep,
// but the other readers reject: a field read with the wrong wire type, or
// unknown groups that nest past MaxDepth, both of which protobuf-go keeps
// among the unknown fields.
func readable(m protoreflect.Message, depth int) *problem {
	if found := wireTypesMatch(m); found != nil {
		return found
	}
	// Each group is a level, as a message is, in the upb and prost readers.
	if depth+groupDepth(m.GetUnknown()) > MaxDepth {
		return &problem{
			message: m.Descriptor().FullName(),
			reason:  fmt.Sprintf("holds unknown groups nested more than %d levels deep", MaxDepth),
		}
	}
	return nil
}

// groupDepth returns how deep the groups among the unknown-field records b
// nest, 0 when it holds none. It reads group tags one by one rather than
// consuming each group whole, so that deep nesting costs no recursion.
func groupDepth(b []byte) int {
	deepest, open := 0, 0
	for len(b) > 0 {
		number, wireType, n := protowire.ConsumeTag(b)
		if n < 0 {
			break // the decoder only keeps records it could delimit
		}
		b = b[n:]
		switch wireType {
		case protowire.StartGroupType:
			open++
			deepest = max(deepest, open)
		case protowire.EndGroupType:
			open--
		default:
			if n = protowire.ConsumeFieldValue(number, wireType, b); n < 0 {
				return deepest
			}
			b = b[n:]
		}
	}
	return deepest
}

// wireTypesMatch reports a field of m that was read with the wrong wire type,
// which protobuf-go keeps among the unknown fields rather than rejecting.
func wireTypesMatch(m protoreflect.Message) *problem {
	md := m.Descriptor()
	for b := m.GetUnknown(); len(b) > 0; {
		number, wireType, n := protowire.ConsumeField(b)
		if n < 0 {
			break
		}
		if fd := md.Fields().ByNumber(number); fd != nil {
			return &problem{
				message: md.FullName(),
				reason: fmt.Sprintf("has field %s (%d) with wire type %d, which its type %s does not use",
					fd.Name(), number, wireType, fd.Kind()),
			}
		}
		b = b[n:]
	}
	return nil
}

func formatKey(key protoreflect.MapKey) string {
	if s, ok := key.Interface().(string); ok {
		return strconv.Quote(s)
	}
	return key.String()
}

// fieldNumbers lists the distinct field numbers of the unknown-field records
// in b, ascending and comma-separated.
func fieldNumbers(b []byte) string {
	var numbers []protowire.Number
	for len(b) > 0 {
		number, _, n := protowire.ConsumeField(b)
		if n < 0 {
			// The decoder only keeps records it could delimit, so this is
			// unknown data set by hand; say so rather than guess.
			numbers = append(numbers, -1)
			break
		}
		numbers = append(numbers, number)
		b = b[n:]
	}
	slices.Sort(numbers)
	numbers = slices.Compact(numbers)

	parts := make([]string, len(numbers))
	for i, number := range numbers {
		if number < 0 {
			parts[i] = "(malformed)"
			continue
		}
		parts[i] = strconv.Itoa(int(number))
	}
	return strings.Join(parts, ", ")
}

// ascendingOrder caches writesAscending by message descriptor.
var ascendingOrder sync.Map

// writesAscending reports whether protobuf-go writes the fields of md in
// ascending number order. It writes the fields outside real oneofs by
// number, then each real oneof in declaration order, its members by number;
// the schema's numbering rule (docs/proto-conventions.md) makes that
// ascending.
func writesAscending(md protoreflect.MessageDescriptor) bool {
	if known, ok := ascendingOrder.Load(md); ok {
		return known.(bool)
	}

	var numbers []protoreflect.FieldNumber
	fields := md.Fields()
	for i := range fields.Len() {
		fd := fields.Get(i)
		if fd.ContainingOneof() == nil || fd.ContainingOneof().IsSynthetic() {
			numbers = append(numbers, fd.Number())
		}
	}
	slices.Sort(numbers)
	oneofs := md.Oneofs()
	for i := range oneofs.Len() {
		od := oneofs.Get(i)
		if od.IsSynthetic() {
			continue
		}
		start := len(numbers)
		for j := range od.Fields().Len() {
			numbers = append(numbers, od.Fields().Get(j).Number())
		}
		slices.Sort(numbers[start:])
	}

	ascending := slices.IsSorted(numbers)
	ascendingOrder.Store(md, ascending)
	return ascending
}

// setCanonicalNaNs gives every NaN double and float in m, at any depth, the
// canonical NaN bits.
func setCanonicalNaNs(m protoreflect.Message) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsMap():
			mv := v.Map()
			mv.Range(func(key protoreflect.MapKey, value protoreflect.Value) bool {
				if fd.MapValue().Message() != nil {
					setCanonicalNaNs(value.Message())
				} else if nan, ok := canonicalNaNOf(fd.MapValue().Kind(), value); ok {
					mv.Set(key, nan)
				}
				return true
			})
		case fd.IsList():
			list := v.List()
			for i := range list.Len() {
				if fd.Message() != nil {
					setCanonicalNaNs(list.Get(i).Message())
				} else if nan, ok := canonicalNaNOf(fd.Kind(), list.Get(i)); ok {
					list.Set(i, nan)
				}
			}
		case fd.Message() != nil:
			setCanonicalNaNs(v.Message())
		default:
			if nan, ok := canonicalNaNOf(fd.Kind(), v); ok {
				m.Set(fd, nan)
			}
		}
		return true
	})
}

// canonicalNaNOf returns the canonical NaN of kind when v is a NaN of it.
func canonicalNaNOf(kind protoreflect.Kind, v protoreflect.Value) (protoreflect.Value, bool) {
	nan := math.Float64frombits(canonicalNaN)
	switch kind {
	case protoreflect.DoubleKind:
		if math.IsNaN(v.Float()) {
			return protoreflect.ValueOfFloat64(nan), true
		}
	case protoreflect.FloatKind:
		if math.IsNaN(v.Float()) {
			return protoreflect.ValueOfFloat32(float32(nan)), true
		}
	}
	return protoreflect.Value{}, false
}
