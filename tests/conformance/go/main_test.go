package main

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	"github.com/flyteidl2/flyteidl2/gen/go/canonical"
	conformancev1 "github.com/flyteidl2/flyteidl2/tests/conformance/go/gen/flyteidl2/conformance/v1"
)

// generatedRoot holds the generated flyteidl2 packages, one folder per
// <family>/v1.
const generatedRoot = "../../../gen/go"

func TestEveryPackageIsRegistered(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(generatedRoot, "flyteidl2", "*", "*", "*.pb.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("found no generated files under %s: %v", generatedRoot, err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_grpc.pb.go") {
			continue
		}
		rel, err := filepath.Rel(generatedRoot, file)
		if err != nil {
			t.Fatal(err)
		}
		protoPath := strings.TrimSuffix(filepath.ToSlash(rel), ".pb.go") + ".proto"
		if _, err := protoregistry.GlobalFiles.FindFileByPath(protoPath); err != nil {
			t.Errorf("%s is not registered: import its package in main.go", protoPath)
		}
	}
}

func TestEveryMessageTypeHasACanonicalEncoding(t *testing.T) {
	count := 0
	protoregistry.GlobalTypes.RangeMessages(func(mt protoreflect.MessageType) bool {
		if !strings.HasPrefix(string(mt.Descriptor().FullName()), "flyteidl2.") {
			return true
		}
		count++
		if _, err := canonical.Encode(mt.New().Interface()); err != nil {
			t.Error(err)
		}
		return true
	})
	if count == 0 {
		t.Fatal("no flyteidl2 message types are registered")
	}
}

// request builds a ConformanceRequest for a binary or, when payload is a
// string, JSON payload.
func request(
	messageType string, output conformancev1.Output, payload any,
) *conformancev1.ConformanceRequest {
	r := &conformancev1.ConformanceRequest{
		TestName: "test", MessageType: messageType, RequestedOutput: output,
	}
	switch p := payload.(type) {
	case []byte:
		r.Payload = &conformancev1.ConformanceRequest_BinaryPayload{BinaryPayload: p}
	case string:
		r.Payload = &conformancev1.ConformanceRequest_JsonPayload{JsonPayload: p}
	}
	return r
}

func TestServeAnswersEachRequestInOrder(t *testing.T) {
	const literalMap = "flyteidl2.core.v1.LiteralMap"
	// LiteralMap{"b": Literal{hash: "h"}, "a": Literal{}}, entries out of order.
	unordered := []byte{
		0x0a, 0x08, 0x0a, 0x01, 'b', 0x12, 0x03, 0x12, 0x01, 'h',
		0x0a, 0x05, 0x0a, 0x01, 'a', 0x12, 0x00,
	}
	ordered := append(append([]byte{}, unordered[10:]...), unordered[:10]...)

	requests := []*conformancev1.ConformanceRequest{
		request(literalMap, conformancev1.Output_OUTPUT_CANONICAL_BINARY, unordered),
		request(literalMap, conformancev1.Output_OUTPUT_CANONICAL_BINARY,
			`{"literals": {"b": {"hash": "h"}, "a": {}}}`),
		request(literalMap, conformancev1.Output_OUTPUT_JSON, []byte{}),
		request(literalMap, conformancev1.Output_OUTPUT_INPUTS_HASH, []byte{}),
		request("flyteidl2.core.v1.NoSuchType", conformancev1.Output_OUTPUT_JSON, []byte{}),
		request(literalMap, conformancev1.Output_OUTPUT_JSON, []byte{0x0a, 0x05}),
		request(literalMap, conformancev1.Output_OUTPUT_JSON, `{"colour": 1}`),
		request(literalMap, conformancev1.Output_OUTPUT_CANONICAL_BINARY, []byte{0x98, 0x06, 0x01}),
		request(literalMap, conformancev1.Output_OUTPUT_UNSPECIFIED, []byte{}),
	}
	want := []string{
		"canonical_binary:" + string(ordered),
		"canonical_binary:" + string(ordered),
		"json:{}",
		// SHA-256 of no bytes.
		"inputs_hash:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		`runtime_error:unknown message type "flyteidl2.core.v1.NoSuchType"`,
		"parse_error:failed to read flyteidl2.core.v1.LiteralMap:",
		"parse_error:failed to read flyteidl2.core.v1.LiteralMap from JSON:",
		"serialize_error:flyteidl2.core.v1.LiteralMap has no canonical encoding: " +
			"it holds unknown fields 99",
		"runtime_error:unsupported requested output OUTPUT_UNSPECIFIED",
	}

	var in bytes.Buffer
	for _, r := range requests {
		frame, err := proto.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		in.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(frame))))
		in.Write(frame)
	}
	var out bytes.Buffer
	if err := serve(&in, &out); err != nil {
		t.Fatalf("serve failed: %v", err)
	}

	for i, w := range want {
		frame, err := readFrame(&out)
		if err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		var response conformancev1.ConformanceResponse
		if err := proto.Unmarshal(frame, &response); err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		if got := describe(&response); !strings.HasPrefix(got, w) {
			t.Errorf("response %d is %q, want it to start %q", i, got, w)
		}
	}
	if out.Len() != 0 {
		t.Errorf("%d bytes follow the last response", out.Len())
	}
}

// describe names the response's outcome and its value.
func describe(r *conformancev1.ConformanceResponse) string {
	fd := r.ProtoReflect().WhichOneof(r.ProtoReflect().Descriptor().Oneofs().ByName("result"))
	if fd == nil {
		return "unset"
	}
	v := r.ProtoReflect().Get(fd)
	if fd.Kind() == protoreflect.BytesKind {
		return string(fd.Name()) + ":" + string(v.Bytes())
	}
	return string(fd.Name()) + ":" + v.String()
}

func TestServeFailsOnATruncatedRequest(t *testing.T) {
	in := bytes.NewReader([]byte{0x05, 0x00, 0x00, 0x00, 0x0a})
	if err := serve(in, &bytes.Buffer{}); err == nil {
		t.Error("serve accepted a request cut short")
	}
}
