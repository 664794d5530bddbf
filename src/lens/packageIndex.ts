import type { Node, Tree } from 'web-tree-sitter';

/** A package-level declaration: what kind it is and the node that declares it. */
export interface PackageDecl {
  kind: 'var' | 'const' | 'func' | 'type';
  /** var_spec, const_spec, function_declaration, type_spec or type_alias. */
  decl: Node;
  /** The identifier that names it. */
  name: Node;
}

/** The package-level names of one Go package, gathered from all its files. */
export class PackageIndex {
  readonly decls = new Map<string, PackageDecl>();
  /** method name → its declarations (any receiver); the receiver is read only when asked */
  private readonly methodsByName = new Map<string, Node[]>();

  constructor(readonly files: Tree[]) {
    for (const tree of files) this.addFile(tree.rootNode);
  }

  /** The package name from a file's `package` clause. */
  static packageName(root: Node): string | undefined {
    for (const child of root.namedChildren) {
      if (child?.type === 'package_clause') return child.namedChild(0)?.text;
    }
    return undefined;
  }

  private addFile(root: Node): void {
    for (const top of root.namedChildren) {
      if (!top) continue;
      switch (top.type) {
        case 'function_declaration': this.add('func', top, top.childForFieldName('name')); break;
        case 'method_declaration': this.addMethod(top); break;
        case 'var_declaration': this.addSpecs(top, 'var'); break;
        case 'const_declaration': this.addSpecs(top, 'const'); break;
        case 'type_declaration':
          for (const spec of top.namedChildren) {
            if (spec && (spec.type === 'type_spec' || spec.type === 'type_alias')) this.add('type', spec, spec.childForFieldName('name'));
          }
          break;
      }
    }
  }

  private addSpecs(decl: Node, kind: 'var' | 'const'): void {
    const specs = decl.namedChildren.flatMap((c) => (c?.type === 'var_spec_list' ? c.namedChildren : [c]));
    for (const spec of specs) {
      if (!spec || (spec.type !== 'var_spec' && spec.type !== 'const_spec')) continue;
      for (const name of spec.childrenForFieldName('name')) this.add(kind, spec, name);
    }
  }

  private add(kind: PackageDecl['kind'], decl: Node, name: Node | null): void {
    // The first declaration wins: a duplicate is a compile error (or a build-tag variant).
    if (name && name.text !== '_' && !this.decls.has(name.text)) this.decls.set(name.text, { kind, decl, name });
  }

  private addMethod(decl: Node): void {
    const name = decl.childForFieldName('name')?.text;
    if (!name) return;
    const list = this.methodsByName.get(name);
    if (list) list.push(decl);
    else this.methodsByName.set(name, [decl]);
  }

  /** The method `name` declared on type `base` (receiver `T` or `*T`). */
  method(base: string, name: string): Node | undefined {
    return this.methodsByName.get(name)?.find((d) => receiverBaseName(d) === base);
  }
}

/** `T` for a method with receiver `(x *T)`, `(x T[K])` or `(T)`. */
export function receiverBaseName(method: Node): string | undefined {
  let t = receiverTypeNode(method);
  while (t && (t.type === 'pointer_type' || t.type === 'parenthesized_type' || t.type === 'generic_type')) {
    t = t.type === 'generic_type' ? t.childForFieldName('type') : t.namedChild(0);
  }
  return t?.type === 'type_identifier' ? t.text : undefined;
}

/** The receiver's declared type node. */
export function receiverTypeNode(method: Node): Node | null {
  const list = method.childForFieldName('receiver');
  const param = list?.namedChildren.find((c) => c?.type === 'parameter_declaration');
  return param?.childForFieldName('type') ?? null;
}
