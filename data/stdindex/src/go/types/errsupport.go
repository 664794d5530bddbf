package types

func (check *Checker) lookupError(typ Type, sel string, obj Object, structLit bool) string

func tail(s string) string
