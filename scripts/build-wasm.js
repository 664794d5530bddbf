// Compiles the AssemblyScript modules in wasm/ into src/profile/generated/*.ts (each the module's
// bytes in base64, so the bundles, tsx and tsc all take it as a plain TS module). Run by the build
// and by typecheck; the generated files are not committed.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const modules = [
  { source: 'wasm/streamTop.ts', out: 'src/profile/generated/streamTopWasm.ts', name: 'streamTopWasm' },
  { source: 'wasm/streamColumns.ts', out: 'src/profile/generated/streamColumnsWasm.ts', name: 'streamColumnsWasm' },
  { source: 'wasm/stackMarks.ts', out: 'src/profile/generated/stackMarksWasm.ts', name: 'stackMarksWasm' },
];

async function buildWasm() {
  const asc = await import('assemblyscript/asc');
  for (const m of modules) {
    let bytes;
    const { error, stderr } = await asc.main(
      [m.source, '-O3', '--runtime', 'stub', '--noAssert', '--initialMemory', '1', '--enable', 'simd', '--outFile', 'module.wasm'],
      {
        readFile: (name, baseDir) => {
          const file = path.resolve(baseDir ?? root, name);
          return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
        },
        writeFile: (name, contents) => {
          if (name.endsWith('.wasm')) bytes = Buffer.from(contents);
        },
        listFiles: () => [],
      },
    );
    if (error) throw new Error(`${m.source}: ${error.message}\n${stderr.toString()}`);
    const text = `// Made by scripts/build-wasm.js from ${m.source}: do not edit.\nexport const ${m.name} = '${bytes.toString('base64')}';\n`;
    const out = path.join(root, m.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // unchanged bytes leave the file as it is (no rebuild for watchers)
    if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
  }
}

module.exports = { buildWasm };

if (require.main === module) {
  buildWasm().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
