// Package registry registers every flyteidl2 package with protobuf-go's
// global registries (protoregistry.GlobalFiles and GlobalTypes). Import it for
// that side effect in a program that finds message types by their full name,
// such as a generic decoder or a conformance testee:
//
//	import _ "github.com/flyteidl2/flyteidl2/gen/go/registry"
//
// The module's tests check that it leaves out no proto file.
package registry

import (
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/app/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/auth/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/cacheservice/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/core/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/dataproxy/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/event/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/imagebuilder/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/logs/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/project/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/replay/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/sandbox/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/secret/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/task/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/trigger/v1"
	_ "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/workflow/v1"
)
