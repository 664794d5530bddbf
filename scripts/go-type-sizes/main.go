package main

import (
	"encoding/json"
	"os"
	"reflect"
)

type rec struct {
	Type        string `json:"type"`
	Size        uintptr `json:"size"`
	Align       int    `json:"align"`
}

func main() {
	vals := []any{
		false, int8(0), int16(0), int32(0), int64(0), int(0), uint(0), uintptr(0), float32(0), float64(0),
		complex64(0), complex128(0), "", []byte(nil), [3]byte{}, [40]byte{}, [200]byte{}, (*int)(nil),
		struct{}{}, struct{ a int8; b int64 }{}, struct{ a int64; b int8 }{}, struct{ a int8; b int16; c int8 }{},
		struct{ a int64; b struct{} }{}, struct{ a, b int32; c string }{}, [2]struct{ a int8; b int32 }{},
		(map[string]int)(nil), (chan int)(nil), (func(int) error)(nil), [0]int64{}, [5]int16{}, complex64(0),
	}
	names := []string{
		"bool", "int8", "int16", "int32", "int64", "int", "uint", "uintptr", "float32", "float64",
		"complex64", "complex128", "string", "[]byte", "[3]byte", "[40]byte", "[200]byte", "*int",
		"struct{}", "struct{a int8; b int64}", "struct{a int64; b int8}", "struct{a int8; b int16; c int8}",
		"struct{a int64; b struct{}}", "struct{a, b int32; c string}", "[2]struct{a int8; b int32}",
		"map[string]int", "chan int", "func(int) error", "[0]int64", "[5]int16", "complex64",
	}
	var out []rec
	for i, v := range vals {
		t := reflect.TypeOf(v)
		out = append(out, rec{names[i], t.Size(), t.Align()})
	}
	var e error
	t := reflect.TypeOf(&e).Elem()
	out = append(out, rec{"error", t.Size(), t.Align()})
	json.NewEncoder(os.Stdout).Encode(out)
}
