// The packages an analysis reaches: the analysed one and those its names lead to through
// imports, loaded only when a name needs them; and which package each parsed tree belongs to.
import type { Node, Tree } from 'web-tree-sitter';
import { PackageIndex, type PackageFiles } from './packageIndex';

/** Finds the package of an import path, as the build would (see packageFiles.ts). */
export interface PackageLoader {
  /** The package `importPath` names when imported from `fromDir`, or why it cannot be had. */
  load(importPath: string, fromDir: string): PackageFiles | { why: string };
  /** Only its package name (one file's header), or undefined when it cannot be had. */
  nameOf?(importPath: string, fromDir: string): string | undefined;
}

/** What an import binds a name to: a package, or why that package cannot be read. */
export type ImportBinding = { pkg: PackageIndex } | { why: string };

/** One import of a file: its path and, when written, its name (`.` and `_` included). */
interface ImportSpec {
  path: string;
  alias?: string;
}

/** The last element of an import path as a guess at its package name (`go-yaml` → yaml, `yaml.v3` → yaml). */
export function guessPackageName(path: string): string {
  return path
    .split('/')
    .filter((e) => !/^v\d+$/.test(e))
    .pop()!
    .replace(/^go-/, '')
    .replace(/[.-].*$/, '');
}

/** The analysed package and the packages loaded for it. */
export class Universe {
  private readonly byTree = new Map<Tree, PackageIndex>();
  private readonly byPath = new Map<string, ImportBinding>();
  private readonly importCache = new Map<Tree, ImportSpec[]>();
  /** Every tree parsed for this analysis (the cache must keep them while it runs). */
  parsedTrees = 0;
  readonly root: PackageIndex;

  constructor(
    root: PackageFiles,
    analysed: { path: string; tree: Tree },
    private readonly parse: (f: { path: string; text: string }) => Tree,
    private readonly loader?: PackageLoader,
  ) {
    this.root = this.index(root, new Map([[analysed.path, analysed.tree]]));
    this.byTree.set(analysed.tree, this.root);
  }

  private index(files: PackageFiles, parsed?: Map<string, Tree>): PackageIndex {
    const idx: PackageIndex = new PackageIndex(
      files,
      (f) => {
        const t = this.parse(f);
        this.parsedTrees++;
        this.byTree.set(t, idx);
        return t;
      },
      parsed,
    );
    return idx;
  }

  /** The package a node's file belongs to. */
  packageOf(n: Node): PackageIndex {
    return this.byTree.get(n.tree) ?? this.root;
  }

  /** Whether a node belongs to another package than the analysed one. */
  isForeign(n: Node): boolean {
    const p = this.byTree.get(n.tree);
    return !!p && p !== this.root;
  }

  /** The package at an import path, loaded once. */
  importPath(path: string, fromDir: string): ImportBinding {
    let hit = this.byPath.get(path);
    if (!hit) {
      if (path === 'C') hit = { why: 'cgo\'s "C" is not a Go package' };
      // unsafe has no Go declarations that mean what they say: the checker knows it (expr.ts).
      else if (path === 'unsafe') hit = { pkg: this.index({ name: 'unsafe', importPath: 'unsafe', dir: '', files: [] }) };
      else if (!this.loader) hit = { why: `${path} is another package, which this analysis was not given` };
      else {
        const got = this.loader.load(path, fromDir);
        hit = 'why' in got ? got : { pkg: this.index(got) };
      }
      this.byPath.set(path, hit);
    }
    return hit;
  }

  private specsOf(root: Node): ImportSpec[] {
    let specs = this.importCache.get(root.tree);
    if (!specs) {
      specs = [];
      for (const decl of root.namedChildren) {
        if (decl?.type !== 'import_declaration') continue;
        for (const spec of decl.descendantsOfType('import_spec')) {
          if (!spec) continue;
          const path = spec.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
          specs.push({ path, alias: spec.childForFieldName('name')?.text });
        }
      }
      this.importCache.set(root.tree, specs);
    }
    return specs;
  }

  private dirOf(n: Node): string {
    const p = this.packageOf(n);
    return p.files.dir;
  }

  /** What `name` names among the imports of the file holding `at`, if it is an import's name. */
  importedName(name: string, at: Node): ImportBinding | undefined {
    const specs = this.specsOf(at.tree.rootNode);
    const dir = this.dirOf(at);
    for (const s of specs) if (s.alias === name) return this.importPath(s.path, dir);
    // Most packages are named after their path's last element: try those first.
    const plain = specs.filter((s) => s.alias === undefined);
    const ordered = [...plain.filter((s) => guessPackageName(s.path) === name), ...plain.filter((s) => guessPackageName(s.path) !== name)];
    let guessed: ImportSpec | undefined;
    for (const s of ordered) {
      // A package whose name is not the one sought is not loaded: its header says so.
      if (!this.byPath.has(s.path) && this.loader?.nameOf && guessPackageName(s.path) !== name) {
        const real = this.loader.nameOf(s.path, dir);
        if (real !== undefined && real !== name) continue;
      }
      const b = this.importPath(s.path, dir);
      if ('pkg' in b) {
        if (b.pkg.name === name) return b;
      } else if (guessPackageName(s.path) === name) guessed ??= s;
    }
    // Not on disk: its name is the path's last element as far as we can tell.
    return guessed ? this.importPath(guessed.path, dir) : undefined;
  }

  /** The packages the file holding `at` imports with `.`. */
  dotImports(at: Node): ImportBinding[] {
    const dir = this.dirOf(at);
    return this.specsOf(at.tree.rootNode)
      .filter((s) => s.alias === '.')
      .map((s) => this.importPath(s.path, dir));
  }

  /** Whether the file holding `at` has imports that could not be read (a name may come from them). */
  hasUnreadImports(at: Node): string | undefined {
    const dir = this.dirOf(at);
    for (const s of this.specsOf(at.tree.rootNode)) {
      if (s.alias === '_') continue;
      const b = this.importPath(s.path, dir);
      if ('why' in b && s.alias === undefined) return b.why;
    }
    return undefined;
  }
}
