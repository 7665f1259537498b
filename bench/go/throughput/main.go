// Command throughput measures how fast protobuf-go decodes the messages of a
// corpus file and writes them back, deterministically and through the
// canonical package, in MB/s (10^6 bytes a second) of canonical bytes.
//
// Usage: throughput CORPUS_FILE. bench/throughput.py writes the corpus and
// reads the one JSON object of measurements this prints on stdout.
//
// Each operation runs over the whole corpus again and again: first for a
// warm-up, then in samples of equal length, each timed as a whole. A
// sample's throughput is over the CPU time the process spent, the garbage
// collector's included, since on a shared machine the wall-clock time
// measures the other work as well; the wall-clock figure is reported beside
// it. The figure is the median sample; the slowest and fastest are reported
// too.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"golang.org/x/sys/unix"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	"github.com/flyteidl2/flyteidl2/gen/go/canonical"

	_ "github.com/flyteidl2/flyteidl2/gen/go/registry"
)

const (
	// warmUp is how much CPU time each operation spends before it is
	// measured.
	warmUp = time.Second
	// sampleLength is how much CPU time one sample spends, roughly: whole
	// passes over the corpus.
	sampleLength = 200 * time.Millisecond
	// samples is how many samples the median is taken over.
	samples = 15
)

// entry is one message of the corpus: its canonical bytes and the message
// they decode to.
type entry struct {
	name        string
	messageType protoreflect.MessageType
	bytes       []byte
	message     proto.Message
}

type result struct {
	Implementation string      `json:"implementation"`
	Messages       int         `json:"messages"`
	Bytes          int         `json:"bytes"`
	Operations     []operation `json:"operations"`
}

type operation struct {
	Operation        string  `json:"operation"`
	MedianMBPerS     float64 `json:"median_mb_per_s"`
	SlowestMBPerS    float64 `json:"slowest_mb_per_s"`
	FastestMBPerS    float64 `json:"fastest_mb_per_s"`
	Samples          int     `json:"samples"`
	WallMedianMBPerS float64 `json:"wall_median_mb_per_s"`
	PassesPerSample  int     `json:"passes_per_sample"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: throughput CORPUS_FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintf(os.Stderr, "throughput: %v\n", err)
		os.Exit(1)
	}
}

func run(corpusFile string) error {
	data, err := os.ReadFile(corpusFile)
	if err != nil {
		return fmt.Errorf("failed to read the corpus: %w", err)
	}
	corpus, err := readCorpus(data)
	if err != nil {
		return fmt.Errorf("%s: %w", corpusFile, err)
	}
	totalBytes := 0
	for _, e := range corpus {
		totalBytes += len(e.bytes)
	}

	deterministic := proto.MarshalOptions{Deterministic: true}
	passes := []struct {
		name string
		each func(e *entry) error
	}{
		{"proto.Unmarshal", func(e *entry) error {
			return proto.Unmarshal(e.bytes, e.messageType.New().Interface())
		}},
		{"proto.Marshal, deterministic", func(e *entry) error {
			_, err := deterministic.Marshal(e.message)
			return err
		}},
		{"canonical.Encode", func(e *entry) error {
			_, err := canonical.Encode(e.message)
			return err
		}},
	}
	out := result{Implementation: "go", Messages: len(corpus), Bytes: totalBytes}
	for _, p := range passes {
		pass := func() error {
			for i := range corpus {
				if err := p.each(&corpus[i]); err != nil {
					return fmt.Errorf("%s: %s: %w", p.name, corpus[i].name, err)
				}
			}
			return nil
		}
		measured, err := measure(totalBytes, pass)
		if err != nil {
			return err
		}
		measured.Operation = p.name
		out.Operations = append(out.Operations, measured)
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}

// readCorpus reads the records of a corpus file (case name, message type,
// bytes), decodes each message and checks that it encodes back to the same
// canonical bytes.
func readCorpus(data []byte) ([]entry, error) {
	var corpus []entry
	for len(data) > 0 {
		var fields [3][]byte
		for i := range fields {
			var ok bool
			if fields[i], data, ok = takeField(data); !ok {
				return nil, fmt.Errorf("record %d is truncated", len(corpus))
			}
		}
		name := string(fields[0])
		messageType, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(fields[1]))
		if err != nil {
			return nil, fmt.Errorf("%s: unknown message type %s: %w", name, fields[1], err)
		}
		message := messageType.New().Interface()
		if err := proto.Unmarshal(fields[2], message); err != nil {
			return nil, fmt.Errorf("%s: failed to decode: %w", name, err)
		}
		encoded, err := canonical.Encode(message)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if !bytes.Equal(encoded, fields[2]) {
			return nil, fmt.Errorf("%s: canonical bytes differ from the corpus", name)
		}
		corpus = append(corpus, entry{name, messageType, fields[2], message})
	}
	if len(corpus) == 0 {
		return nil, errors.New("the corpus holds no messages")
	}
	return corpus, nil
}

// takeField splits one field (a 4-byte little-endian length and that many
// bytes) off the front of data; ok is false when data is too short.
func takeField(data []byte) (field, rest []byte, ok bool) {
	if len(data) < 4 {
		return nil, nil, false
	}
	length := binary.LittleEndian.Uint32(data)
	if uint64(len(data)-4) < uint64(length) {
		return nil, nil, false
	}
	return data[4 : 4+length], data[4+length:], true
}

// measure runs pass (one pass over a corpus of totalBytes bytes) for the
// warm-up, then times samples of as many passes as fill sampleLength of CPU
// time.
func measure(totalBytes int, pass func() error) (operation, error) {
	started := processCPUTime()
	warmUpPasses := 0
	for warmUpPasses < 3 || processCPUTime()-started < warmUp {
		if err := pass(); err != nil {
			return operation{}, err
		}
		warmUpPasses++
	}
	passTime := (processCPUTime() - started) / time.Duration(warmUpPasses)
	passesPerSample := max(1, int(sampleLength/max(passTime, 1)))

	sampleBytes := float64(totalBytes) * float64(passesPerSample)
	cpu := make([]float64, 0, samples)
	wall := make([]float64, 0, samples)
	for range samples {
		cpuStarted, wallStarted := processCPUTime(), time.Now()
		for range passesPerSample {
			if err := pass(); err != nil {
				return operation{}, err
			}
		}
		wallTime := time.Since(wallStarted)
		cpuTime := processCPUTime() - cpuStarted
		cpu = append(cpu, sampleBytes/cpuTime.Seconds()/1e6)
		wall = append(wall, sampleBytes/wallTime.Seconds()/1e6)
	}
	slices.Sort(cpu)
	slices.Sort(wall)
	return operation{
		MedianMBPerS:     cpu[len(cpu)/2],
		SlowestMBPerS:    cpu[0],
		FastestMBPerS:    cpu[len(cpu)-1],
		WallMedianMBPerS: wall[len(wall)/2],
		Samples:          len(cpu),
		PassesPerSample:  passesPerSample,
	}, nil
}

// processCPUTime returns the CPU time that the process has used so far, in
// user and kernel mode, on every thread: the garbage collector's included.
func processCPUTime() time.Duration {
	var now unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &now); err != nil {
		panic(fmt.Sprintf("failed to read the process's CPU time: %v", err))
	}
	return time.Duration(now.Nano())
}
