package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	"github.com/flyteidl2/flyteidl2/gen/go/canonical"
)

// fuzzSeedDirs hold fuzz inputs: the checked-in regressions and the seeds
// that tests/fuzz/run.sh writes with `python -m hostile.seeds`
// (tests/fuzz/README.md).
var fuzzSeedDirs = []string{"../../fuzz/regressions", "../../../target/fuzz/seeds"}

// FuzzCanonical reads a fuzz input (a message type's full name, a newline
// and a payload) with canonical.Unmarshal. Whatever it reads must encode
// canonically to bytes that read back and encode to the same bytes, and
// protobuf-go's own encoding of it must read back to the same canonical
// bytes. Any panic fails too.
func FuzzCanonical(f *testing.F) {
	for _, dir := range fuzzSeedDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.bin"))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			if name, _, ok := bytes.Cut(data, []byte("\n")); !ok || findType(name) == nil {
				f.Fatalf("%s: the message type %q is not registered", file, name)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		name, payload, ok := bytes.Cut(data, []byte("\n"))
		if !ok {
			return
		}
		messageType := findType(name)
		if messageType == nil {
			return
		}
		message := messageType.New().Interface()
		if err := canonical.Unmarshal(payload, message); err != nil {
			return
		}
		first, err := canonical.Encode(message)
		if err != nil {
			if isUnknownFieldsRefusal(err) {
				return
			}
			t.Fatalf("%s: canonical.Encode refuses what canonical.Unmarshal read: %v", name, err)
		}
		if again := encodeAfterReading(t, messageType, first); !bytes.Equal(again, first) {
			t.Fatalf("%s: canonical bytes change when read and encoded again:\n%x\n%x", name, first, again)
		}
		stock, err := proto.Marshal(message)
		if err != nil {
			t.Fatalf("%s: protobuf-go cannot encode what it read: %v", name, err)
		}
		if again := encodeAfterReading(t, messageType, stock); !bytes.Equal(again, first) {
			t.Fatalf("%s: protobuf-go's own bytes read back to other canonical bytes:\n%x\n%x", name, first, again)
		}
	})
}

// isUnknownFieldsRefusal reports whether err is canonical.Encode's refusal
// of a message that holds unknown fields, which canonical.Unmarshal keeps. It
// matches the error's text, as the package has no error values to test with
// errors.Is. Encode's other refusals are failures here: canonical.Unmarshal
// already rejects nesting past canonical.MaxDepth, and a oneof layout that
// protobuf-go writes out of order would refuse every value of its type.
func isUnknownFieldsRefusal(err error) bool {
	_, problem, ok := strings.Cut(err.Error(), " has no canonical encoding: ")
	return ok && strings.Contains(problem, " holds unknown fields ")
}

// findType returns the registered message type with the given full name, or
// nil.
func findType(name []byte) protoreflect.MessageType {
	messageType, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(name))
	if err != nil {
		return nil
	}
	return messageType
}

// encodeAfterReading reads data, which must be readable, and returns its
// canonical bytes.
func encodeAfterReading(t *testing.T, messageType protoreflect.MessageType, data []byte) []byte {
	t.Helper()
	message := messageType.New().Interface()
	if err := canonical.Unmarshal(data, message); err != nil {
		t.Fatalf("%s: bytes written by an encoder do not read back: %v", messageType.Descriptor().FullName(), err)
	}
	encoded, err := canonical.Encode(message)
	if err != nil {
		t.Fatalf("%s: a message read from encoded bytes does not encode: %v", messageType.Descriptor().FullName(), err)
	}
	return encoded
}
