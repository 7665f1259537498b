package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	workflowv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/workflow/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/anypb"
)

const (
	// callTimeout is the deadline of every call but the one that tests deadlines.
	callTimeout = 5 * time.Second
	// shortTimeout is the deadline of the watch that must expire.
	shortTimeout  = 300 * time.Millisecond
	typeURLPrefix = "type.googleapis.com/"
)

type client struct {
	queue workflowv1.QueueServiceClient
	state workflowv1.StateServiceClient
}

// runClient runs every case against target in order, printing one line per
// case, and reports whether all passed.
func runClient(target string) (bool, error) {
	conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return false, fmt.Errorf("failed to create a client for %s: %w", target, err)
	}
	defer conn.Close()
	c := &client{queue: workflowv1.NewQueueServiceClient(conn), state: workflowv1.NewStateServiceClient(conn)}
	cases := []struct {
		name string
		run  func() error
	}{
		{"unary/enqueue", c.enqueue},
		{"unary/get-state", c.getState},
		{"unary/put-state", c.putState},
		{"error/not-found", c.notFound},
		{"error/failed-precondition", c.failedPrecondition},
		{"error/details", c.statusDetails},
		{"stream/watch-and-cancel", c.watchAndCancel},
		{"stream/deadline", c.watchDeadline},
	}
	passed := true
	for _, tc := range cases {
		if err := tc.run(); err != nil {
			passed = false
			fmt.Printf("fail %s: %v\n", tc.name, err)
		} else {
			fmt.Printf("pass %s\n", tc.name)
		}
	}
	return passed, nil
}

func action(name string) *commonv1.ActionIdentifier {
	return &commonv1.ActionIdentifier{
		Run:  &commonv1.RunIdentifier{Org: "acme", Project: "interop", Domain: "development", Name: "r1"},
		Name: name,
	}
}

func bounded() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), callTimeout)
}

func expectStatus(err error, code codes.Code, message string) error {
	st, _ := status.FromError(err)
	if st.Code() != code || st.Message() != message {
		return fmt.Errorf("want %v %q, got %v %q", code, message, st.Code(), st.Message())
	}
	return nil
}

func (c *client) enqueueOne(name, parent string) (bool, error) {
	ctx, cancel := bounded()
	defer cancel()
	response, err := c.queue.EnqueueAction(ctx, &workflowv1.EnqueueActionRequest{ActionId: action(name), ParentActionName: parent})
	if err != nil {
		return false, fmt.Errorf("EnqueueAction %s: %w", name, err)
	}
	return response.GetAlreadyExisted(), nil
}

func (c *client) readState(name string) (*workflowv1.ActionState, error) {
	ctx, cancel := bounded()
	defer cancel()
	response, err := c.state.GetState(ctx, &workflowv1.GetStateRequest{ActionId: action(name)})
	if err != nil {
		return nil, err
	}
	return response.GetState(), nil
}

func (c *client) writeState(name string, phase commonv1.ActionPhase, expectedRevision *uint64) (uint64, error) {
	ctx, cancel := bounded()
	defer cancel()
	response, err := c.state.PutState(ctx, &workflowv1.PutStateRequest{
		ActionId:         action(name),
		ParentActionName: "a0",
		Status:           &workflowv1.ActionStatus{Phase: phase, AttemptCount: 1},
		ExpectedRevision: expectedRevision,
	})
	if err != nil {
		return 0, err
	}
	return response.GetRevision(), nil
}

func (c *client) openWatch(ctx context.Context) (grpc.ServerStreamingClient[workflowv1.WatchStateResponse], error) {
	return c.state.WatchState(ctx, &workflowv1.WatchStateRequest{ParentActionId: action("a0")})
}

func (c *client) enqueue() error {
	for _, step := range []struct {
		name, parent string
		existed      bool
	}{{"a0", "", false}, {"a1", "a0", false}, {"a1", "a0", true}} {
		existed, err := c.enqueueOne(step.name, step.parent)
		if err != nil {
			return err
		}
		if existed != step.existed {
			return fmt.Errorf("enqueueing %s: already_existed %v, want %v", step.name, existed, step.existed)
		}
	}
	return nil
}

func (c *client) getState() error {
	state, err := c.readState("a1")
	switch {
	case err != nil:
		return fmt.Errorf("GetState a1: %w", err)
	case !proto.Equal(state.GetActionId(), action("a1")):
		return fmt.Errorf("wrong action %v", state.GetActionId())
	case state.GetParentActionName() != "a0":
		return fmt.Errorf("parent %q", state.GetParentActionName())
	case state.GetStatus().GetPhase() != commonv1.ActionPhase_ACTION_PHASE_QUEUED:
		return fmt.Errorf("phase %v", state.GetStatus().GetPhase())
	case state.GetRevision() < 1:
		return fmt.Errorf("revision %d", state.GetRevision())
	}
	return nil
}

func (c *client) putState() error {
	before, err := c.readState("a1")
	if err != nil {
		return fmt.Errorf("GetState a1: %w", err)
	}
	revision, err := c.writeState("a1", commonv1.ActionPhase_ACTION_PHASE_RUNNING, proto.Uint64(before.GetRevision()))
	if err != nil {
		return fmt.Errorf("PutState a1: %w", err)
	}
	if revision <= before.GetRevision() {
		return fmt.Errorf("revision %d after %d", revision, before.GetRevision())
	}
	after, err := c.readState("a1")
	switch {
	case err != nil:
		return fmt.Errorf("GetState a1: %w", err)
	case after.GetStatus().GetPhase() != commonv1.ActionPhase_ACTION_PHASE_RUNNING:
		return fmt.Errorf("phase %v", after.GetStatus().GetPhase())
	case after.GetRevision() != revision:
		return fmt.Errorf("read revision %d, wrote %d", after.GetRevision(), revision)
	}
	return nil
}

func (c *client) notFound() error {
	state, err := c.readState("a9")
	if err == nil {
		return fmt.Errorf("GetState a9 returned %v", state)
	}
	if err := expectStatus(err, codes.NotFound, `no state for action "a9"`); err != nil {
		return err
	}
	if details := status.Convert(err).Proto().GetDetails(); len(details) != 0 {
		return fmt.Errorf("NOT_FOUND carries %d details", len(details))
	}
	return nil
}

func (c *client) failedPrecondition() error {
	revision, err := c.writeState("a1", commonv1.ActionPhase_ACTION_PHASE_QUEUED, nil)
	if err == nil {
		return fmt.Errorf("moving a1 back to queued wrote revision %d", revision)
	}
	return expectStatus(err, codes.FailedPrecondition,
		`action "a1" cannot move from ACTION_PHASE_RUNNING to ACTION_PHASE_QUEUED`)
}

func unpack(detail *anypb.Any, into proto.Message) error {
	want := typeURLPrefix + string(into.ProtoReflect().Descriptor().FullName())
	if detail.GetTypeUrl() != want {
		return fmt.Errorf("detail has type %q, want %q", detail.GetTypeUrl(), want)
	}
	return proto.Unmarshal(detail.GetValue(), into)
}

func (c *client) statusDetails() error {
	stored, err := c.readState("a1")
	if err != nil {
		return fmt.Errorf("GetState a1: %w", err)
	}
	expected := stored.GetRevision() - 1
	revision, err := c.writeState("a1", commonv1.ActionPhase_ACTION_PHASE_SUCCEEDED, &expected)
	if err == nil {
		return fmt.Errorf("a stale write succeeded with revision %d", revision)
	}
	message := revisionMismatchMessage("a1", stored.GetRevision(), expected)
	if err := expectStatus(err, codes.Aborted, message); err != nil {
		return err
	}
	details := status.Convert(err).Proto().GetDetails()
	if len(details) != 2 {
		return fmt.Errorf("want 2 details, got %d", len(details))
	}
	info, gotStored := &errdetails.ErrorInfo{}, &workflowv1.ActionState{}
	if err := unpack(details[0], info); err != nil {
		return err
	}
	if err := unpack(details[1], gotStored); err != nil {
		return err
	}
	if want := revisionMismatchInfo(stored.GetRevision(), expected); !proto.Equal(info, want) {
		return fmt.Errorf("ErrorInfo %v, want %v", info, want)
	}
	if !proto.Equal(gotStored, stored) {
		return fmt.Errorf("stored state %v, want %v", gotStored, stored)
	}
	return nil
}

func statesEqual(got []*workflowv1.ActionState, want ...*workflowv1.ActionState) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !proto.Equal(got[i], want[i]) {
			return false
		}
	}
	return true
}

func (c *client) watchAndCancel() error {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	watch, err := c.openWatch(ctx)
	if err != nil {
		return fmt.Errorf("WatchState: %w", err)
	}
	snapshot, err := watch.Recv()
	if err != nil {
		return fmt.Errorf("the watch failed: %w", err)
	}
	a1, err := c.readState("a1")
	switch {
	case err != nil:
		return fmt.Errorf("GetState a1: %w", err)
	case !snapshot.GetSnapshotComplete():
		return errors.New("the snapshot is not complete in one response")
	case !statesEqual(snapshot.GetStates(), a1):
		return fmt.Errorf("snapshot %v, want [%v]", snapshot.GetStates(), a1)
	case snapshot.GetRevision() != a1.GetRevision():
		return fmt.Errorf("snapshot revision %d", snapshot.GetRevision())
	}

	if existed, err := c.enqueueOne("a2", "a0"); err != nil || existed {
		return fmt.Errorf("enqueueing a2: existed %v, %v", existed, err)
	}
	change, err := watch.Recv()
	if err != nil {
		return fmt.Errorf("the watch failed: %w", err)
	}
	a2, err := c.readState("a2")
	switch {
	case err != nil:
		return fmt.Errorf("GetState a2: %w", err)
	case !statesEqual(change.GetStates(), a2):
		return fmt.Errorf("change %v, want [%v]", change.GetStates(), a2)
	case change.GetRevision() != a1.GetRevision()+1:
		return fmt.Errorf("change revision %d", change.GetRevision())
	case !change.GetSnapshotComplete():
		return errors.New("a change after the snapshot is not complete")
	}

	cancel()
	if extra, err := watch.Recv(); status.Code(err) != codes.Canceled {
		return fmt.Errorf("the cancelled watch went on with %v, %v", extra, err)
	}
	again, err := c.readState("a2")
	if err != nil || !proto.Equal(again, a2) {
		return fmt.Errorf("a2 after the cancelled watch: %v, %v", again, err)
	}
	return nil
}

func (c *client) watchDeadline() error {
	started := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), shortTimeout)
	defer cancel()
	watch, err := c.openWatch(ctx)
	if err != nil {
		return fmt.Errorf("WatchState: %w", err)
	}
	snapshot, err := watch.Recv()
	if err != nil {
		return fmt.Errorf("the watch failed: %w", err)
	}
	if len(snapshot.GetStates()) != 2 {
		return fmt.Errorf("snapshot of %d states", len(snapshot.GetStates()))
	}
	extra, err := watch.Recv()
	elapsed := time.Since(started)
	switch {
	case err == nil:
		return fmt.Errorf("the stream went on past its deadline with %v", extra)
	case status.Code(err) != codes.DeadlineExceeded:
		return fmt.Errorf("ended with %v", err)
	case elapsed < shortTimeout || elapsed >= callTimeout:
		return fmt.Errorf("ended after %v", elapsed)
	}
	return nil
}
