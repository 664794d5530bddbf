// Makes data/stdindex/: the declarations (no function bodies, no comments) of the standard
// library packages a clear( argument most often reaches, as `go list` selects their files for
// linux/amd64 without cgo, from a real GOROOT. The analysis reads it like a GOROOT when no Go
// toolchain is found, and only for that build (src/goanalysis/lensOptions.ts).
//
//   npx tsx scripts/make-stdindex.ts "$(bash scripts/get-go.sh 1.26)"
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { loadGoParser } from '../src/goanalysis/goParser';

/** The packages issue 15 names, and those their exported fields and results are made of. */
const PACKAGES = [
  'net/http',
  'net/url',
  'net/textproto',
  'net/netip',
  'net',
  'math/big',
  'mime/multipart',
  'crypto',
  'crypto/ecdsa',
  'crypto/ed25519',
  'crypto/elliptic',
  'crypto/rsa',
  'crypto/tls',
  'crypto/x509',
  'crypto/x509/pkix',
  'encoding/asn1',
  'encoding/json',
  'bufio',
  'bytes',
  'strings',
  'container/list',
  'container/ring',
  'sort',
  'sync',
  'time',
  'io',
  'io/fs',
  'os',
  'context',
  'regexp',
  'go/ast',
  'go/token',
  'go/types',
  'expvar',
  'flag',
];

const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const goroot = process.argv[2];
  if (!goroot || !fs.existsSync(path.join(goroot, 'bin', 'go'))) {
    console.error('usage: npx tsx scripts/make-stdindex.ts GOROOT   (a GOROOT from scripts/get-go.sh)');
    process.exit(2);
  }
  const env = { ...process.env, GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off' };
  const out = path.join(root, 'data', 'stdindex');
  fs.rmSync(out, { recursive: true, force: true });
  const listed = execFileSync(path.join(goroot, 'bin', 'go'), ['list', '-json=ImportPath,Dir,GoFiles', ...PACKAGES], {
    env,
    encoding: 'utf8',
    cwd: path.join(goroot, 'src'),
  });
  const parser = await loadGoParser({
    runtime: path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
    grammar: path.join(root, 'node_modules/tree-sitter-go/tree-sitter-go.wasm'),
  });
  let bytes = 0;
  for (const chunk of listed.split(/\n}\n/)) {
    if (!chunk.trim()) continue;
    const p = JSON.parse(chunk.trim().endsWith('}') ? chunk : chunk + '\n}') as { ImportPath: string; Dir: string; GoFiles: string[] };
    const dir = path.join(out, 'src', p.ImportPath);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of p.GoFiles) {
      const text = declarationsOnly(parser.parse(fs.readFileSync(path.join(p.Dir, f), 'utf8')).rootNode);
      fs.writeFileSync(path.join(dir, f), text);
      bytes += text.length;
    }
  }
  const version = fs.readFileSync(path.join(goroot, 'VERSION'), 'utf8').split('\n')[0];
  fs.writeFileSync(path.join(out, 'VERSION'), `${version}\n`);
  fs.writeFileSync(path.join(out, 'BUILD'), 'linux/amd64 cgo=0\n');
  console.log(`data/stdindex: ${PACKAGES.length} packages of ${version}, ${(bytes / 1024).toFixed(0)} KB`);
}

/** The file's package clause, imports and top-level declarations, function bodies and comments left out. */
function declarationsOnly(rootNode: Node): string {
  const parts: string[] = [];
  for (const top of rootNode.namedChildren) {
    if (!top || top.type === 'comment') continue;
    if (top.type === 'function_declaration' || top.type === 'method_declaration') {
      // A declaration without a body is valid Go (an assembly function's form).
      const body = top.childForFieldName('body');
      parts.push(withoutComments(body ? top.text.slice(0, body.startIndex - top.startIndex).trimEnd() : top.text));
    } else {
      parts.push(withoutComments(top.text));
    }
  }
  return parts.join('\n\n') + '\n';
}

/** The text without line and block comments (strings and runes kept intact). */
function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      out += text.slice(i, e < 0 ? text.length : e).includes('\n') ? '\n' : ' ';
      i = e < 0 ? text.length : e + 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) if (c !== '`' && text[j] === '\\') j++;
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    out += c;
  }
  return out.replace(/\n\s*\n+/g, '\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
