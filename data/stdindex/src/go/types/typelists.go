package types

type TypeParamList struct{ tparams []*TypeParam }

func (l *TypeParamList) Len() int

func (l *TypeParamList) At(i int) *TypeParam

func (l *TypeParamList) list() []*TypeParam

type TypeList struct{ types []Type }

func newTypeList(list []Type) *TypeList

func (l *TypeList) Len() int

func (l *TypeList) At(i int) Type

func (l *TypeList) list() []Type

func bindTParams(list []*TypeParam) *TypeParamList
