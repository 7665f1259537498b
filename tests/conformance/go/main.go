// Command go-protobuf is the conformance testee for the Go module in gen/go:
// it reads ConformanceRequests on stdin and answers each with a
// ConformanceResponse on stdout, as tests/conformance/README.md describes,
// until stdin ends.
//
// Build it with `go build -o <path> .` from this folder.
package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	"github.com/flyteidl2/flyteidl2/gen/go/canonical"
	conformancev1 "github.com/flyteidl2/flyteidl2/tests/conformance/go/gen/flyteidl2/conformance/v1"

	// Every flyteidl2 package, so that its message types are in
	// protoregistry.GlobalTypes; TestEveryPackageIsRegistered checks that
	// the registry leaves none out.
	_ "github.com/flyteidl2/flyteidl2/gen/go/registry"
)

func main() {
	if err := serve(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "go-protobuf: %v\n", err)
		os.Exit(1)
	}
}

// serve answers every request read from in on out, and returns nil when in
// ends between two requests.
func serve(in io.Reader, out io.Writer) error {
	reader := bufio.NewReader(in)
	writer := bufio.NewWriter(out)
	for {
		frame, err := readFrame(reader)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("failed to read a request: %w", err)
		}

		var request conformancev1.ConformanceRequest
		if err := proto.Unmarshal(frame, &request); err != nil {
			return fmt.Errorf("failed to decode a request: %w", err)
		}
		response, err := proto.Marshal(handle(&request))
		if err != nil {
			return fmt.Errorf("failed to encode the response to %q: %w", request.GetTestName(), err)
		}
		if err := writeFrame(writer, response); err != nil {
			return fmt.Errorf("failed to write the response to %q: %w", request.GetTestName(), err)
		}
	}
}

// readFrame reads one length-prefixed message. It returns io.EOF only when in
// ends before the first byte of the length.
func readFrame(in io.Reader) ([]byte, error) {
	var length [4]byte
	if _, err := io.ReadFull(in, length[:]); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errors.New("input ended inside a length prefix")
		}
		return nil, err
	}
	frame := make([]byte, binary.LittleEndian.Uint32(length[:]))
	if _, err := io.ReadFull(in, frame); err != nil {
		return nil, fmt.Errorf("input ended inside a %d-byte message: %w", len(frame), err)
	}
	return frame, nil
}

// writeFrame writes one length-prefixed message and flushes it, since the
// runner waits for each response before sending the next request.
func writeFrame(out *bufio.Writer, frame []byte) error {
	if err := binary.Write(out, binary.LittleEndian, uint32(len(frame))); err != nil {
		return err
	}
	if _, err := out.Write(frame); err != nil {
		return err
	}
	return out.Flush()
}

// handle reads the request's payload as its message type and writes it back
// in the requested form.
func handle(request *conformancev1.ConformanceRequest) *conformancev1.ConformanceResponse {
	messageType, err := protoregistry.GlobalTypes.FindMessageByName(
		protoreflect.FullName(request.GetMessageType()))
	if err != nil {
		return runtimeError(fmt.Sprintf("unknown message type %q", request.GetMessageType()))
	}
	message := messageType.New().Interface()

	switch payload := request.GetPayload().(type) {
	case *conformancev1.ConformanceRequest_BinaryPayload:
		err = canonical.Unmarshal(payload.BinaryPayload, message)
	case *conformancev1.ConformanceRequest_JsonPayload:
		err = canonical.UnmarshalJSON([]byte(payload.JsonPayload), message)
	default:
		return runtimeError("the request has no payload")
	}
	if err != nil {
		return &conformancev1.ConformanceResponse{
			Result: &conformancev1.ConformanceResponse_ParseError{ParseError: err.Error()},
		}
	}

	switch request.GetRequestedOutput() {
	case conformancev1.Output_OUTPUT_CANONICAL_BINARY:
		data, err := canonical.Encode(message)
		if err != nil {
			return serializeError(err)
		}
		return &conformancev1.ConformanceResponse{
			Result: &conformancev1.ConformanceResponse_CanonicalBinary{CanonicalBinary: data},
		}
	case conformancev1.Output_OUTPUT_JSON:
		data, err := protojson.Marshal(message)
		if err != nil {
			return serializeError(err)
		}
		return &conformancev1.ConformanceResponse{
			Result: &conformancev1.ConformanceResponse_Json{Json: string(data)},
		}
	case conformancev1.Output_OUTPUT_INPUTS_HASH:
		hash, err := canonical.InputsHash(message)
		if err != nil {
			return serializeError(err)
		}
		return &conformancev1.ConformanceResponse{
			Result: &conformancev1.ConformanceResponse_InputsHash{InputsHash: hash},
		}
	default:
		return runtimeError(fmt.Sprintf("unsupported requested output %v", request.GetRequestedOutput()))
	}
}

func runtimeError(reason string) *conformancev1.ConformanceResponse {
	return &conformancev1.ConformanceResponse{
		Result: &conformancev1.ConformanceResponse_RuntimeError{RuntimeError: reason},
	}
}

func serializeError(err error) *conformancev1.ConformanceResponse {
	return &conformancev1.ConformanceResponse{
		Result: &conformancev1.ConformanceResponse_SerializeError{SerializeError: err.Error()},
	}
}
