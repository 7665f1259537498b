package main

import (
	"cmp"
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"sync"
	"syscall"

	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	workflowv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/workflow/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

const (
	errorDomain          = "flyteidl2.workflow.v1.StateService"
	revisionMismatch     = "REVISION_MISMATCH"
	maxStatesPerResponse = 1000
)

// serve runs the queue and state services on 127.0.0.1:port until SIGINT or
// SIGTERM, then stops and prints how many watch streams were still open once
// every handler had returned.
func serve(port int) error {
	listener, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("failed to listen: %w", err)
	}
	store := newStore()
	// Stop waits for the handlers, so a watch whose call has just ended has run
	// its cleanup before the watches are counted.
	server := grpc.NewServer(grpc.WaitForHandlers(true))
	workflowv1.RegisterQueueServiceServer(server, &queueService{store: store})
	workflowv1.RegisterStateServiceServer(server, &stateService{store: store})
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	served := make(chan error, 1)
	go func() { served <- server.Serve(listener) }()
	fmt.Printf("listening on %s\n", listener.Addr())
	select {
	case err := <-served:
		return fmt.Errorf("server failed: %w", err)
	case <-stop:
	}
	server.Stop()
	fmt.Printf("open watch streams: %d\n", store.openWatches())
	return nil
}

// actionKey names an action, or a parent, inside the store.
type actionKey struct {
	run  string
	name string
}

func keyOf(id *commonv1.ActionIdentifier) actionKey {
	run := id.GetRun()
	return actionKey{
		run:  run.GetOrg() + "/" + run.GetProject() + "/" + run.GetDomain() + "/" + run.GetName(),
		name: id.GetName(),
	}
}

// watcher is one open watch stream's queue. Writers append under the store's
// lock and never block; the stream drains it.
type watcher struct {
	mu      sync.Mutex
	pending []*workflowv1.WatchStateResponse
	ready   chan struct{}
}

func (w *watcher) push(response *workflowv1.WatchStateResponse) {
	w.mu.Lock()
	w.pending = append(w.pending, response)
	w.mu.Unlock()
	select {
	case w.ready <- struct{}{}:
	default:
	}
}

func (w *watcher) drain() []*workflowv1.WatchStateResponse {
	w.mu.Lock()
	defer w.mu.Unlock()
	pending := w.pending
	w.pending = nil
	return pending
}

// family holds the children of one parent and the streams watching them.
type family struct {
	revision uint64
	children []*workflowv1.ActionState
	watchers map[*watcher]bool
}

func (f *family) broadcast(state *workflowv1.ActionState) {
	response := &workflowv1.WatchStateResponse{
		States:           []*workflowv1.ActionState{state},
		SnapshotComplete: true,
		Revision:         f.revision,
	}
	for w := range f.watchers {
		w.push(response)
	}
}

type location struct {
	parent actionKey
	index  int
}

// store keeps every enqueued action's state, grouped by parent, as the Rust
// store does.
type store struct {
	mu       sync.Mutex
	actions  map[actionKey]location
	families map[actionKey]*family
}

func newStore() *store {
	return &store{actions: map[actionKey]location{}, families: map[actionKey]*family{}}
}

func (s *store) familyOf(parent actionKey) *family {
	f, ok := s.families[parent]
	if !ok {
		f = &family{watchers: map[*watcher]bool{}}
		s.families[parent] = f
	}
	return f
}

func (s *store) openWatches() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	open := 0
	for _, f := range s.families {
		open += len(f.watchers)
	}
	return open
}

func (s *store) enqueue(id *commonv1.ActionIdentifier, parentName string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := keyOf(id)
	if existing, ok := s.actions[key]; ok {
		if existing.parent.name != parentName {
			return false, status.Errorf(codes.AlreadyExists,
				"action %q was enqueued under parent %q, not %q", id.GetName(), existing.parent.name, parentName)
		}
		return true, nil
	}
	parent := actionKey{run: key.run, name: parentName}
	f := s.familyOf(parent)
	f.revision++
	now := timestamppb.Now()
	state := &workflowv1.ActionState{
		ActionId:         id,
		ParentActionName: parentName,
		Status:           &workflowv1.ActionStatus{Phase: commonv1.ActionPhase_ACTION_PHASE_QUEUED, StartTime: now},
		Revision:         f.revision,
		UpdateTime:       now,
	}
	f.broadcast(state)
	f.children = append(f.children, state)
	s.actions[key] = location{parent: parent, index: len(f.children) - 1}
	return false, nil
}

func (s *store) get(id *commonv1.ActionIdentifier) (*workflowv1.ActionState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	found, ok := s.actions[keyOf(id)]
	if !ok {
		return nil, status.Errorf(codes.NotFound, "no state for action %q", id.GetName())
	}
	return s.families[found.parent].children[found.index], nil
}

func isTerminal(phase commonv1.ActionPhase) bool {
	switch phase {
	case commonv1.ActionPhase_ACTION_PHASE_SUCCEEDED, commonv1.ActionPhase_ACTION_PHASE_FAILED,
		commonv1.ActionPhase_ACTION_PHASE_ABORTED, commonv1.ActionPhase_ACTION_PHASE_TIMED_OUT:
		return true
	}
	return false
}

func (s *store) put(request *workflowv1.PutStateRequest) (uint64, error) {
	name := request.GetActionId().GetName()
	newPhase := request.GetStatus().GetPhase()
	if newPhase == commonv1.ActionPhase_ACTION_PHASE_UNSPECIFIED {
		return 0, status.Error(codes.InvalidArgument, "status.phase is required")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	found, ok := s.actions[keyOf(request.GetActionId())]
	if !ok {
		return 0, status.Errorf(codes.NotFound, "action %q was never enqueued", name)
	}
	if found.parent.name != request.GetParentActionName() {
		return 0, status.Errorf(codes.InvalidArgument, "action %q was enqueued under parent %q, not %q",
			name, found.parent.name, request.GetParentActionName())
	}
	f := s.families[found.parent]
	stored := f.children[found.index]
	if request.ExpectedRevision != nil && request.GetExpectedRevision() != stored.GetRevision() {
		return 0, revisionMismatchStatus(stored, request.GetExpectedRevision())
	}
	oldPhase := stored.GetStatus().GetPhase()
	if isTerminal(oldPhase) || newPhase < oldPhase {
		return 0, status.Errorf(codes.FailedPrecondition, "action %q cannot move from %s to %s", name, oldPhase, newPhase)
	}
	f.revision++
	state := proto.CloneOf(stored)
	state.Status = request.GetStatus()
	state.Revision = f.revision
	state.UpdateTime = timestamppb.Now()
	f.broadcast(state)
	f.children[found.index] = state
	return f.revision, nil
}

func revisionMismatchMessage(name string, revision, expected uint64) string {
	return fmt.Sprintf("action %q is at revision %d, not %d", name, revision, expected)
}

func revisionMismatchInfo(revision, expected uint64) *errdetails.ErrorInfo {
	return &errdetails.ErrorInfo{
		Reason: revisionMismatch,
		Domain: errorDomain,
		Metadata: map[string]string{
			"revision":          strconv.FormatUint(revision, 10),
			"expected_revision": strconv.FormatUint(expected, 10),
		},
	}
}

// revisionMismatchStatus is the ABORTED status of a stale write, with an
// ErrorInfo and the stored state as details.
func revisionMismatchStatus(stored *workflowv1.ActionState, expected uint64) error {
	message := revisionMismatchMessage(stored.GetActionId().GetName(), stored.GetRevision(), expected)
	withDetails, err := status.New(codes.Aborted, message).
		WithDetails(revisionMismatchInfo(stored.GetRevision(), expected), stored)
	if err != nil {
		return status.Errorf(codes.Internal, "failed to attach details: %v", err)
	}
	return withDetails.Err()
}

// watch registers a watcher on a parent's children and queues its snapshot,
// or nothing when resuming after a revision that misses no change.
func (s *store) watch(parentID *commonv1.ActionIdentifier, afterRevision uint64) (*watcher, func(), error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	parent := keyOf(parentID)
	_, isFamily := s.families[parent]
	if _, isAction := s.actions[parent]; !isFamily && !isAction {
		return nil, nil, status.Errorf(codes.NotFound, "no action %q", parentID.GetName())
	}
	f := s.familyOf(parent)
	w := &watcher{ready: make(chan struct{}, 1)}
	if afterRevision > 0 {
		if afterRevision < f.revision {
			return nil, nil, status.Errorf(codes.OutOfRange, "changes after revision %d are no longer kept", afterRevision)
		}
	} else {
		states := slices.Clone(f.children)
		slices.SortFunc(states, func(a, b *workflowv1.ActionState) int {
			return cmp.Compare(a.GetRevision(), b.GetRevision())
		})
		chunks := slices.Collect(slices.Chunk(states, maxStatesPerResponse))
		if len(chunks) == 0 {
			chunks = [][]*workflowv1.ActionState{nil}
		}
		for position, chunk := range chunks {
			w.push(&workflowv1.WatchStateResponse{
				States:           chunk,
				SnapshotComplete: position == len(chunks)-1,
				Revision:         f.revision,
			})
		}
	}
	f.watchers[w] = true
	unwatch := func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(f.watchers, w)
	}
	return w, unwatch, nil
}

func checkIdentifier(id *commonv1.ActionIdentifier, field string) error {
	switch {
	case id == nil:
		return status.Errorf(codes.InvalidArgument, "%s is required", field)
	case id.GetRun() == nil || id.GetName() == "":
		return status.Errorf(codes.InvalidArgument, "%s needs a run and a name", field)
	}
	return nil
}

// queueService enqueues actions; its other methods answer UNIMPLEMENTED, as
// in the Rust server.
type queueService struct {
	workflowv1.UnimplementedQueueServiceServer
	store *store
}

func (q *queueService) EnqueueAction(
	_ context.Context, request *workflowv1.EnqueueActionRequest,
) (*workflowv1.EnqueueActionResponse, error) {
	if err := checkIdentifier(request.GetActionId(), "action_id"); err != nil {
		return nil, err
	}
	existed, err := q.store.enqueue(request.GetActionId(), request.GetParentActionName())
	if err != nil {
		return nil, err
	}
	return &workflowv1.EnqueueActionResponse{AlreadyExisted: existed}, nil
}

type stateService struct {
	workflowv1.UnimplementedStateServiceServer
	store *store
}

func (s *stateService) PutState(_ context.Context, request *workflowv1.PutStateRequest) (*workflowv1.PutStateResponse, error) {
	if err := checkIdentifier(request.GetActionId(), "action_id"); err != nil {
		return nil, err
	}
	if request.GetStatus() == nil {
		return nil, status.Error(codes.InvalidArgument, "status is required")
	}
	revision, err := s.store.put(request)
	if err != nil {
		return nil, err
	}
	return &workflowv1.PutStateResponse{Revision: revision}, nil
}

func (s *stateService) GetState(_ context.Context, request *workflowv1.GetStateRequest) (*workflowv1.GetStateResponse, error) {
	if err := checkIdentifier(request.GetActionId(), "action_id"); err != nil {
		return nil, err
	}
	state, err := s.store.get(request.GetActionId())
	if err != nil {
		return nil, err
	}
	return &workflowv1.GetStateResponse{State: state}, nil
}

func (s *stateService) WatchState(
	request *workflowv1.WatchStateRequest, stream grpc.ServerStreamingServer[workflowv1.WatchStateResponse],
) error {
	if err := checkIdentifier(request.GetParentActionId(), "parent_action_id"); err != nil {
		return err
	}
	w, unwatch, err := s.store.watch(request.GetParentActionId(), request.GetAfterRevision())
	if err != nil {
		return err
	}
	defer unwatch()
	for {
		select {
		case <-stream.Context().Done():
			return status.FromContextError(stream.Context().Err()).Err()
		case <-w.ready:
			for _, response := range w.drain() {
				if err := stream.Send(response); err != nil {
					return err
				}
			}
		}
	}
}
