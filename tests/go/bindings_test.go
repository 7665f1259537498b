package flyteidl2_test

import (
	"testing"

	"google.golang.org/protobuf/proto"

	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	workflowv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/workflow/v1"
)

func TestMessageRoundTripsThroughBinary(t *testing.T) {
	action := &commonv1.ActionIdentifier{
		Run: &commonv1.RunIdentifier{
			Org: "acme", Project: "ranking", Domain: "production", Name: "r1",
		},
		Name: "a0",
	}
	data, err := proto.Marshal(action)
	if err != nil {
		t.Fatalf("failed to encode: %v", err)
	}
	var decoded commonv1.ActionIdentifier
	if err := proto.Unmarshal(data, &decoded); err != nil {
		t.Fatalf("failed to decode: %v", err)
	}
	if !proto.Equal(&decoded, action) {
		t.Errorf("decoded %v, want %v", &decoded, action)
	}
}

func TestServicesAreGenerated(t *testing.T) {
	if got := workflowv1.RunService_ServiceDesc.ServiceName; got != "flyteidl2.workflow.v1.RunService" {
		t.Errorf("RunService name is %q", got)
	}
}
