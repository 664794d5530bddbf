import type { Node, Tree } from 'web-tree-sitter';

/** A package-level declaration: what kind it is and the node that declares it. */
export interface PackageDecl {
  kind: 'var' | 'const' | 'func' | 'type';
  /** var_spec, const_spec, function_declaration, type_spec or type_alias. */
  decl: Node;
  /** The identifier that names it. */
  name: Node;
}

/** What one file contributes to its package's names; read once per parsed tree. */
interface FileDecls {
  packageName: string | undefined;
  decls: [string, PackageDecl][];
  methods: [string, Node][];
}

// Keyed by the cached tree, so a package's unchanged files are not walked again on each analysis.
const byTree = new WeakMap<Tree, FileDecls>();

function fileDecls(tree: Tree): FileDecls {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = declarationsOf(tree.rootNode)));
  return found;
}

function declarationsOf(root: Node): FileDecls {
  const out: FileDecls = { packageName: undefined, decls: [], methods: [] };
  const add = (kind: PackageDecl['kind'], decl: Node, name: Node | null) => {
    if (name && name.text !== '_') out.decls.push([name.text, { kind, decl, name }]);
  };
  const addSpecs = (decl: Node, kind: 'var' | 'const') => {
    const specs = decl.namedChildren.flatMap((c) => (c?.type === 'var_spec_list' ? c.namedChildren : [c]));
    for (const spec of specs) {
      if (!spec || (spec.type !== 'var_spec' && spec.type !== 'const_spec')) continue;
      for (const name of spec.childrenForFieldName('name')) add(kind, spec, name);
    }
  };
  for (const top of root.namedChildren) {
    if (!top) continue;
    switch (top.type) {
      case 'package_clause':
        out.packageName ??= top.namedChild(0)?.text;
        break;
      case 'function_declaration':
        add('func', top, top.childForFieldName('name'));
        break;
      case 'method_declaration': {
        const name = top.childForFieldName('name')?.text;
        if (name) out.methods.push([name, top]);
        break;
      }
      case 'var_declaration':
        addSpecs(top, 'var');
        break;
      case 'const_declaration':
        addSpecs(top, 'const');
        break;
      case 'type_declaration':
        for (const spec of top.namedChildren) {
          if (spec && (spec.type === 'type_spec' || spec.type === 'type_alias')) add('type', spec, spec.childForFieldName('name'));
        }
        break;
    }
  }
  return out;
}

/** The package-level names of one Go package, gathered from all its files. */
export class PackageIndex {
  readonly decls = new Map<string, PackageDecl>();
  /** method name → its declarations (any receiver); the receiver is read only when asked */
  private readonly methodsByName = new Map<string, Node[]>();

  constructor(files: Tree[]) {
    for (const tree of files) {
      const { decls, methods } = fileDecls(tree);
      // The first declaration wins: a duplicate is a compile error (or a build-tag variant).
      for (const [name, decl] of decls) if (!this.decls.has(name)) this.decls.set(name, decl);
      for (const [name, decl] of methods) {
        const list = this.methodsByName.get(name);
        if (list) list.push(decl);
        else this.methodsByName.set(name, [decl]);
      }
    }
  }

  /** The package name from a file's `package` clause. */
  static packageName(tree: Tree): string | undefined {
    return fileDecls(tree).packageName;
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
