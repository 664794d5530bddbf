package types

func AssertableTo(V *Interface, T Type) bool

func AssignableTo(V, T Type) bool

func ConvertibleTo(V, T Type) bool

func Implements(V Type, T *Interface) bool

func Satisfies(V Type, T *Interface) bool

func Identical(x, y Type) bool

func IdenticalIgnoreTags(x, y Type) bool
