// Package flyteidl2_test reads every example message under tests/examples
// with the Go bindings.
package flyteidl2_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	_ "github.com/flyteidl2/flyteidl2/gen/go/registry"
)

// Each example lives at tests/examples/<message type>/<case>.json in
// ProtoJSON. The test parses it strictly (an unknown field fails), then checks
// that the message survives a binary and a JSON round trip unchanged.
func TestExamplesRoundTrip(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*", "*.json"))
	if err != nil {
		t.Fatalf("failed to list examples: %v", err)
	}
	if len(paths) < 16 {
		t.Fatalf("found %d examples, want at least 16", len(paths))
	}
	for _, path := range paths {
		typeName := filepath.Base(filepath.Dir(path))
		name := typeName + "/" + strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			messageType, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(typeName))
			if err != nil {
				t.Fatalf("no Go type for %s (is its package imported above?): %v", typeName, err)
			}
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("failed to read %s: %v", path, err)
			}
			message := messageType.New().Interface()
			if err := protojson.Unmarshal(text, message); err != nil {
				t.Fatalf("failed to parse %s: %v", path, err)
			}
			if proto.Size(message) == 0 {
				t.Fatalf("%s parsed to an empty message", path)
			}

			data, err := proto.Marshal(message)
			if err != nil {
				t.Fatalf("failed to encode %s: %v", typeName, err)
			}
			fromBinary := messageType.New().Interface()
			if err := proto.Unmarshal(data, fromBinary); err != nil {
				t.Fatalf("failed to decode %s: %v", typeName, err)
			}
			if !proto.Equal(fromBinary, message) {
				t.Errorf("binary round trip changed %s", path)
			}

			json, err := protojson.Marshal(message)
			if err != nil {
				t.Fatalf("failed to write %s as JSON: %v", typeName, err)
			}
			fromJSON := messageType.New().Interface()
			if err := protojson.Unmarshal(json, fromJSON); err != nil {
				t.Fatalf("failed to read back the JSON of %s: %v", typeName, err)
			}
			if !proto.Equal(fromJSON, message) {
				t.Errorf("JSON round trip changed %s", path)
			}
		})
	}
}
