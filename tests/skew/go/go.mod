module github.com/flyteidl2/flyteidl2/tests/skew/go

go 1.26.0

require google.golang.org/protobuf v1.36.12
