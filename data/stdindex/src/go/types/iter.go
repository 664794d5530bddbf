package types

import "iter"

func (t *Interface) Methods() iter.Seq[*Func]

func (t *Interface) ExplicitMethods() iter.Seq[*Func]

func (t *Interface) EmbeddedTypes() iter.Seq[Type]

func (t *Named) Methods() iter.Seq[*Func]

func (s *Scope) Children() iter.Seq[*Scope]

func (s *Struct) Fields() iter.Seq[*Var]

func (t *Tuple) Variables() iter.Seq[*Var]

func (s *MethodSet) Methods() iter.Seq[*Selection]

func (u *Union) Terms() iter.Seq[*Term]

func (l *TypeParamList) TypeParams() iter.Seq[*TypeParam]

func (l *TypeList) Types() iter.Seq[Type]
