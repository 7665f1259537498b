// Package skew reads bytes of the newer schema release with the older one,
// in Go. protobuf-go keeps the fields a message type does not declare and
// writes them back after the known ones, so a job read and written by an
// older release reaches a newer one whole (docs/version-skew.md).
package skew

import (
	"slices"
	"testing"

	skewv1 "github.com/flyteidl2/flyteidl2/tests/skew/go/gen/flyteidl2/skew/v1"
	skewv2 "github.com/flyteidl2/flyteidl2/tests/skew/go/gen/flyteidl2/skew/v2"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// newerJobs returns jobs that set every field of v2, one per kind of oneof
// member, by case name.
func newerJobs() map[string]*skewv2.Job {
	job := func() *skewv2.Job {
		return &skewv2.Job{
			Name:     "nightly",
			Priority: skewv2.Priority_PRIORITY_CRITICAL,
			Steps: []*skewv2.Step{
				{Name: "fetch", TimeoutSeconds: 60, Args: []string{"--all"}},
				{Name: "train"},
			},
			Hooks:   map[string]*skewv2.Step{"failure": {Name: "alert", TimeoutSeconds: 5, Args: []string{"#oncall"}}},
			Labels:  map[string]string{"team": "ranking"},
			Retries: proto.Uint32(0),
		}
	}
	container, command := job(), job()
	container.Target = &skewv2.Job_Container{Container: &skewv2.Container{Image: "trainer:3", Args: []string{"--epochs", "4"}}}
	command.Target = &skewv2.Job_Command{Command: "train --epochs 4"}
	return map[string]*skewv2.Job{"new-oneof-member": container, "old-oneof-member": command}
}

// knownTo returns a copy of newer without the fields that older does not
// declare, at any depth.
func knownTo(older protoreflect.MessageDescriptor, newer proto.Message) proto.Message {
	projected := proto.Clone(newer)
	clearUnknownTo(older, projected.ProtoReflect())
	return projected
}

func clearUnknownTo(older protoreflect.MessageDescriptor, newer protoreflect.Message) {
	newer.Range(func(field protoreflect.FieldDescriptor, value protoreflect.Value) bool {
		olderField := older.Fields().ByNumber(field.Number())
		switch {
		case olderField == nil:
			newer.Clear(field)
		case field.IsMap() && field.MapValue().Message() != nil:
			value.Map().Range(func(_ protoreflect.MapKey, item protoreflect.Value) bool {
				clearUnknownTo(olderField.MapValue().Message(), item.Message())
				return true
			})
		case field.IsList() && field.Message() != nil:
			for i := range value.List().Len() {
				clearUnknownTo(olderField.Message(), value.List().Get(i).Message())
			}
		case field.Message() != nil && !field.IsMap():
			clearUnknownTo(olderField.Message(), value.Message())
		}
		return true
	})
}

// unknownNumbers returns the field numbers of a message's unknown fields.
func unknownNumbers(t *testing.T, message proto.Message) []protowire.Number {
	t.Helper()
	var numbers []protowire.Number
	for unknown := message.ProtoReflect().GetUnknown(); len(unknown) > 0; {
		number, kind, n := protowire.ConsumeTag(unknown)
		if n < 0 {
			t.Fatalf("unknown fields of %T do not parse: %v", message, protowire.ParseError(n))
		}
		numbers = append(numbers, number)
		unknown = unknown[n:]
		n = protowire.ConsumeFieldValue(number, kind, unknown)
		unknown = unknown[n:]
	}
	slices.Sort(numbers)
	return numbers
}

func mustMarshal(t *testing.T, message proto.Message) []byte {
	t.Helper()
	data, err := proto.Marshal(message)
	if err != nil {
		t.Fatalf("marshal %T: %v", message, err)
	}
	return data
}

func mustUnmarshal[M proto.Message](t *testing.T, data []byte, message M) M {
	t.Helper()
	if err := proto.Unmarshal(data, message); err != nil {
		t.Fatalf("unmarshal %T: %v", message, err)
	}
	return message
}

func TestOlderReaderKeepsEveryFieldItKnows(t *testing.T) {
	for name, newer := range newerJobs() {
		older := &skewv1.Job{}
		if err := (proto.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(mustMarshal(t, newer), older); err != nil {
			t.Fatalf("%s: unmarshal into v1: %v", name, err)
		}

		written := mustUnmarshal(t, mustMarshal(t, older), &skewv2.Job{})

		if want := knownTo(older.ProtoReflect().Descriptor(), newer); !proto.Equal(written, want) {
			t.Errorf("%s: v1 wrote %v, want %v", name, written, want)
		}
		if older.GetPriority() != skewv1.Priority(skewv2.Priority_PRIORITY_CRITICAL) {
			t.Errorf("%s: v1 read priority %v, want the unknown value 3 kept", name, older.GetPriority())
		}
	}
}

func TestOlderReaderWritesBackTheFieldsItDoesNotKnow(t *testing.T) {
	for name, newer := range newerJobs() {
		older := mustUnmarshal(t, mustMarshal(t, newer), &skewv1.Job{})

		written := mustUnmarshal(t, mustMarshal(t, older), &skewv2.Job{})

		if !proto.Equal(written, newer) {
			t.Errorf("%s: v1 wrote %v, want %v", name, written, newer)
		}
	}
}

func TestOlderReaderHoldsUnknownFieldsWhereTheyWere(t *testing.T) {
	older := mustUnmarshal(t, mustMarshal(t, newerJobs()["new-oneof-member"]), &skewv1.Job{})

	if older.GetTarget() != nil {
		t.Errorf("v1 read target %v, want unset", older.GetTarget())
	}
	for message, want := range map[proto.Message][]protowire.Number{
		older:                       {5, 6, 12},
		older.GetSteps()[0]:         {3},
		older.GetHooks()["failure"]: {3},
	} {
		if got := unknownNumbers(t, message); !slices.Equal(got, want) {
			t.Errorf("unknown fields of %v: %v, want %v", message, got, want)
		}
	}
}

func TestOlderReaderEditsAKnownFieldAndKeepsTheRest(t *testing.T) {
	for name, newer := range newerJobs() {
		older := mustUnmarshal(t, mustMarshal(t, newer), &skewv1.Job{})
		older.Name = "weekly"
		older.GetSteps()[0].TimeoutSeconds = 90

		want := proto.Clone(newer).(*skewv2.Job)
		want.Name = "weekly"
		want.GetSteps()[0].TimeoutSeconds = 90
		if written := mustUnmarshal(t, mustMarshal(t, older), &skewv2.Job{}); !proto.Equal(written, want) {
			t.Errorf("%s: v1 wrote %v, want %v", name, written, want)
		}
	}
}

func TestNewerReaderReadsOlderBytes(t *testing.T) {
	older := &skewv1.Job{
		Name:     "nightly",
		Priority: skewv1.Priority_PRIORITY_HIGH,
		Steps:    []*skewv1.Step{{Name: "fetch", TimeoutSeconds: 60}},
		Hooks:    map[string]*skewv1.Step{"failure": {Name: "alert"}},
		Target:   &skewv1.Job_Image{Image: "trainer:3"},
	}

	newer := mustUnmarshal(t, mustMarshal(t, older), &skewv2.Job{})

	if newer.Retries != nil || len(newer.GetLabels()) > 0 || len(newer.GetSteps()[0].GetArgs()) > 0 {
		t.Errorf("v2 read fields v1 never wrote: %v", newer)
	}
	if len(newer.ProtoReflect().GetUnknown()) > 0 {
		t.Errorf("v2 read unknown fields from v1 bytes: %v", newer)
	}
	if back := mustUnmarshal(t, mustMarshal(t, newer), &skewv1.Job{}); !proto.Equal(back, older) {
		t.Errorf("v2 wrote %v, want %v", back, older)
	}
}
