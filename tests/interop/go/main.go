// Command interop is the Go side of the gRPC interop tests
// (tests/interop/README.md): an in-memory queue and state server, and a
// client that runs every interop case against any server.
//
// Usage:
//
//	interop server [--port N]
//	interop client --target 127.0.0.1:N
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: interop server [--port N] | client --target ADDRESS")
		os.Exit(2)
	}
	flags := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	switch os.Args[1] {
	case "server":
		port := flags.Int("port", 0, "the port to listen on, 0 for any free one")
		_ = flags.Parse(os.Args[2:])
		if err := serve(*port); err != nil {
			fmt.Fprintf(os.Stderr, "interop server: %v\n", err)
			os.Exit(1)
		}
	case "client":
		target := flags.String("target", "", "the server's host:port")
		_ = flags.Parse(os.Args[2:])
		passed, err := runClient(*target)
		if err != nil {
			fmt.Fprintf(os.Stderr, "interop client: %v\n", err)
			os.Exit(2)
		}
		if !passed {
			os.Exit(1)
		}
	default:
		fmt.Fprintf(os.Stderr, "interop: unknown command %q\n", os.Args[1])
		os.Exit(2)
	}
}
