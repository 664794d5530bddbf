package types

type objset map[string]Object

func (s *objset) insert(obj Object) Object
