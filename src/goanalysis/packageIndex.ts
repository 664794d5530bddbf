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

/** A package's files as the build selects them, and where they come from. */
export interface PackageFiles {
  /** The package clause's name. */
  name: string;
  /** Import path ('' for the analysed package when it is not known). */
  importPath: string;
  dir: string;
  files: { path: string; text: string }[];
}

/**
 * The package-level names of one Go package. A file is parsed only when a name looked up occurs
 * in its text (a declaration must spell its name): a 280-file package asked for three names
 * parses a handful of files.
 */
export class PackageIndex {
  private readonly declCache = new Map<string, PackageDecl | null>();
  private readonly methodCache = new Map<string, Node | null>();
  private readonly trees = new Map<string, Tree>();

  constructor(
    readonly files: PackageFiles,
    /** Parses one of the package's files (its tree is then known to belong to this package). */
    private readonly parse: (f: { path: string; text: string }) => Tree,
    /** Trees already parsed (the analysed file's), by path. */
    parsed: Map<string, Tree> = new Map(),
  ) {
    for (const [p, t] of parsed) this.trees.set(p, t);
  }

  get name(): string {
    return this.files.name;
  }

  /** How many of its files have been parsed. */
  get parsedCount(): number {
    return this.trees.size;
  }

  private treeOf(f: { path: string; text: string }): Tree {
    let t = this.trees.get(f.path);
    if (!t) this.trees.set(f.path, (t = this.parse(f)));
    return t;
  }

  /** The trees of the files whose text may declare `word` (see mayDeclare). */
  private treesWith(word: string, receiver?: string): Tree[] {
    const out: Tree[] = [];
    for (const f of this.files.files) if (mayDeclare(f.text, word, receiver)) out.push(this.treeOf(f));
    return out;
  }

  /** The package-level declaration of `name`, if any (the first one: a duplicate does not compile). */
  get(name: string): PackageDecl | undefined {
    let hit = this.declCache.get(name);
    if (hit === undefined) {
      hit = null;
      for (const t of this.treesWith(name)) {
        const found = fileDecls(t).decls.find(([n]) => n === name);
        if (found) {
          hit = found[1];
          break;
        }
      }
      this.declCache.set(name, hit);
    }
    return hit ?? undefined;
  }

  /** The package name from a file's `package` clause. */
  static packageName(tree: Tree): string | undefined {
    return fileDecls(tree).packageName;
  }

  /** The method `name` declared on type `base` (receiver `T` or `*T`). */
  method(base: string, name: string): Node | undefined {
    const key = `${base}.${name}`;
    let hit = this.methodCache.get(key);
    if (hit === undefined) {
      hit = null;
      for (const t of this.treesWith(name, base)) {
        const found = fileDecls(t).methods.find(([n, d]) => n === name && receiverBaseName(d) === base);
        if (found) {
          hit = found[1];
          break;
        }
      }
      this.methodCache.set(key, hit);
    }
    return hit ?? undefined;
  }
}

// What may stand before a declared name on its line: nothing (a spec in a group, a name list
// continued), a declaration keyword, a method's receiver, an open group, or a name list.
const DECLARING_PREFIX = /(?:^|[;(])\s*(?:(?:func|type|var|const)\s+|func\s*\(.*\)\s*|(?:var|const|type)\s*\(\s*)?(?:[\p{L}_][\p{L}\p{N}_]*\s*,\s*)*$/u;

/**
 * Whether `text` may declare `word` at package level: it occurs as a whole word where a
 * declaration could name it (so `if len(k)` does not make a file parse for `len`). Conservative:
 * gofmt'd declarations always match; a false match only costs a parse.
 */
export function mayDeclare(text: string, word: string, receiver?: string): boolean {
  // Kept per text across analyses: after an edit the package's other files are the same strings.
  let words = scans.get(text);
  if (!words) {
    if (scans.size > 4000) scans.delete(scans.keys().next().value as string);
    scans.set(text, (words = new Map()));
  }
  const key = receiver ? `${receiver}.${word}` : word;
  let hit = words.get(key);
  if (hit === undefined) words.set(key, (hit = scanDeclares(text, word, receiver)));
  return hit;
}

const scans = new Map<string, Map<string, boolean>>();

/** Forgets the declaration scans (the bench measures a cold analysis with it). */
export function forgetScans(): void {
  scans.clear();
}

function scanDeclares(text: string, word: string, receiver?: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + word.length < text.length ? text.charCodeAt(i + word.length) : 32;
    if (isIdentChar(before) || isIdentChar(after)) continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const prefix = text.slice(lineStart, i);
    // A method is declared on a `func (r *T) name` line, which names its receiver's type.
    if (receiver ? /^\s*func\s*\(/.test(prefix) && new RegExp(`\\b${receiver}\\b`).test(prefix) : DECLARING_PREFIX.test(prefix)) return true;
  }
  return false;
}

const isIdentChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;

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
