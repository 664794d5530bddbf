// One esbuild run, one entry per target: extension host, webviews, decode worker, CLI.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { buildWasm } = require('./scripts/build-wasm');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// In watch mode, the lines VS Code's $esbuild-watch problem matcher waits for (.vscode/tasks.json).
const watchLines = {
  name: 'watch-lines',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((r) => {
      for (const e of r.errors) console.error(`✘ [ERROR] ${e.text}\n    ${e.location?.file}:${e.location?.line}:${e.location?.column}:`);
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

const nodeTargets = [
  { entryPoints: { extension: 'src/vscode/extension.ts' }, external: ['vscode'] },
  { entryPoints: { decodeWorker: 'src/workers/decodeWorker.ts' } },
  { entryPoints: { experimentWorker: 'src/workers/experimentWorker.ts' } },
  { entryPoints: { lensWorker: 'src/workers/lensWorker.ts' } },
  { entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
].map((t) => ({ ...common, ...t, platform: 'node', format: 'cjs', outdir: 'dist' }));

const browserTargets = [
  { entryPoints: { profileView: 'media/viewer/main.ts' } },
  { entryPoints: { experimentView: 'media/experiments/main.ts' } },
  { entryPoints: { captureTimeline: 'media/capture/main.ts' } },
].map((t) => ({ ...common, ...t, platform: 'browser', format: 'iife', outdir: 'dist', tsconfig: 'media/tsconfig.json', loader: { '.css': 'css' } }));

/** Files the bundles load at run time, copied beside them. */
function copyAssets() {
  if (production) fs.rmSync('dist', { recursive: true, force: true });
  const assets = [
    ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm'],
    ['node_modules/tree-sitter-go/tree-sitter-go.wasm', 'dist/tree-sitter-go.wasm'],
  ];
  fs.mkdirSync('dist', { recursive: true });
  for (const [from, to] of assets) fs.copyFileSync(path.resolve(from), path.resolve(to));
  // The standard library's declarations for machines without Go (scripts/make-stdindex.ts makes them).
  fs.rmSync('dist/stdindex', { recursive: true, force: true });
  fs.cpSync('data/stdindex', 'dist/stdindex', { recursive: true });
}

async function main() {
  await buildWasm();
  copyAssets();
  const configs = [...nodeTargets, ...browserTargets];
  if (watch) {
    for (const c of configs) await (await esbuild.context({ ...c, plugins: [watchLines] })).watch();
    return;
  }
  await Promise.all(configs.map((c) => esbuild.build(c)));
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
