package canonical_test

import (
	"fmt"

	"github.com/flyteidl2/flyteidl2/gen/go/canonical"
	corev1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/core/v1"
)

func Example() {
	inputs := &corev1.LiteralMap{Literals: map[string]*corev1.Literal{
		"n": {Value: &corev1.Literal_Primitive{
			Primitive: &corev1.Primitive{Value: &corev1.Primitive_Integer{Integer: 3}},
		}},
		"greeting": {Value: &corev1.Literal_Primitive{
			Primitive: &corev1.Primitive{Value: &corev1.Primitive_StringValue{StringValue: "hi"}},
		}},
	}}

	data, err := canonical.Encode(inputs)
	if err != nil {
		fmt.Println(err)
		return
	}
	hash, err := canonical.InputsHash(inputs)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The entries are ordered by key: "greeting", then "n".
	fmt.Printf("%x\n%s\n", data, hash)
	// Output:
	// 0a120a086772656574696e6712061a041a0268690a090a016e12041a020803
	// 221edb1b083d114903f575b5b4e63fec1762edc12eb05d94e0c93452c57780f1
}
