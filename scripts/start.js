// `npm start`: show the main job on the bundled sample profile. Opens VS Code with the
// extension in development mode when `code` is on PATH; otherwise prints the sample's top table.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const sample = path.join(root, 'samples', 'sample-heap.pb.gz');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
  const r = spawnSync('code', ['--extensionDevelopmentPath=' + root, sample], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
console.log('`code` is not on PATH: printing the sample profile with the CLI instead.\n');
const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'top', sample, '--nodecount', '20'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
