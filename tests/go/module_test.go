package flyteidl2_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/reflect/protoregistry"
)

// Every proto file under protos/ is generated into the module, and the
// registry package registers it, with all its messages, enums and services.
func TestEveryProtoFileIsInTheModule(t *testing.T) {
	root := filepath.Join("..", "..", "protos")
	var files []string
	err := filepath.WalkDir(root, func(path string, entry fs.DirEntry, err error) error {
		if err == nil && !entry.IsDir() && strings.HasSuffix(path, ".proto") {
			relative, err := filepath.Rel(root, path)
			files = append(files, filepath.ToSlash(relative))
			return err
		}
		return err
	})
	if err != nil {
		t.Fatalf("failed to list protos/: %v", err)
	}
	if len(files) == 0 {
		t.Fatal("found no proto files under protos/")
	}
	for _, file := range files {
		if _, err := protoregistry.GlobalFiles.FindFileByPath(file); err != nil {
			t.Errorf("%s is not in the Go module (does gen/go/registry import its package?): %v", file, err)
		}
	}
}
