// The temporary workspace code-server opens: copies of the repo's fixtures plus profiles made here.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { hostileProfile, largeProfile } from './profiles';
import { fixture } from '../support/fixtures';

const largeCache = path.join(process.env.HEAPLENS_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'heaplens-e2e'), 'large-59mb-v1.pb.gz');

/** Paths inside the workspace, relative to its root. */
export const files = {
  mapclear: 'profiles/mapclear-go1.26.pb.gz',
  wide: 'perf/wide-200k.pb.gz',
  mapclearSource: 'fx/mapclear/main.go',
  malformed: 'bad/truncated.pb.gz',
  notGzip: 'bad/not-a-profile.pb.gz',
  hostile: 'xss/hostile-names.pb.gz',
  large: 'large/large-59mb.pb.gz',
  lensGo: 'lens/cache/cache.go',
  crossGo: 'cross/crosspkg/more.go',
  goplsGo: 'gopls/main.go',
  scratch: 'scratch.txt',
  mapsites: 'maps/mapsites-go1.26-rate1.pb.gz',
  mapsitesSource: 'mapsites/sites.go',
};

/** The real Go programs' profiles the workspace holds (test/fixtures/profile). */
const workspaceProfiles = ['cpu-go1.26.pb.gz', 'inline-go1.26.pb.gz', 'jsonwork-go1.19.pb.gz', 'mapclear-go1.19.pb.gz', 'mapclear-go1.26.pb.gz'];

function copy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
  // Fixtures may be read-only in a checkout; the quick-fix scenario edits its copy.
  for (const f of walk(to)) fs.chmodSync(f, 0o644);
}

function walk(p: string): string[] {
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p).flatMap((e) => walk(path.join(p, e)));
}

/** Builds a fresh workspace under `dir`; the 59 MB profile (only when `withLarge`) is generated once per machine and cached. */
export function buildWorkspace(dir: string, withLarge = true): void {
  fs.mkdirSync(dir, { recursive: true });
  const at = (rel: string) => path.join(dir, rel);
  for (const f of workspaceProfiles) copy(fixture('profile', f), at(path.join('profiles', f)));
  copy(fixture('perf', 'wide-200k.pb.gz'), at(files.wide));
  // The profile's file names are trimpath'd as fx/mapclear/main.go: put the source there.
  copy(fixture('programs', 'mapclear', 'main.go'), at(files.mapclearSource));
  copy(fixture('lens', 'contract'), at('lens'));
  // The map sites (issue 19): the mapsites program's Go 1.26 profile, its files named
  // mapsites/*.go (-trimpath); the program was built with Go 1.26, so its go line says so here
  // (the fixture's go 1.21 is the oldest Go that builds it; the lens and the sites follow go.mod).
  copy(fixture('maps', 'mapsites-go1.26-rate1.pb.gz'), at(files.mapsites));
  copy(fixture('programs', 'mapsites'), at('mapsites'));
  fs.writeFileSync(at('mapsites/go.mod'), 'module mapsites\n\ngo 1.26\n');
  fs.rmSync(at('lens/expected.json'));
  // another module's and the standard library's types (go/types' answers: lens/cross-expected.json)
  copy(fixture('lens', 'crosspkg'), at('cross/crosspkg'));
  copy(fixture('lens', 'depmod'), at('cross/depmod'));

  fs.mkdirSync(at('bad'), { recursive: true });
  const real = fs.readFileSync(fixture('profile', 'mapclear-go1.26.pb.gz'));
  const raw = zlib.gunzipSync(real);
  fs.writeFileSync(at(files.malformed), zlib.gzipSync(raw.subarray(0, Math.floor(raw.length / 2))));
  fs.writeFileSync(at(files.notGzip), 'this is not a pprof profile\n');

  fs.mkdirSync(at('xss'), { recursive: true });
  fs.writeFileSync(at(files.hostile), hostileProfile());

  if (withLarge && !fs.existsSync(largeCache)) {
    fs.mkdirSync(path.dirname(largeCache), { recursive: true });
    fs.writeFileSync(`${largeCache}.tmp`, largeProfile(59));
    fs.renameSync(`${largeCache}.tmp`, largeCache);
  }
  if (withLarge) {
    fs.mkdirSync(at('large'), { recursive: true });
    fs.copyFileSync(largeCache, at(files.large));
  }

  // A clear( on another package's map type (http.Header): our analysis and gopls both type it.
  fs.mkdirSync(at('gopls'), { recursive: true });
  fs.writeFileSync(at('gopls/go.mod'), 'module example.com/gopls\n\ngo 1.21\n');
  fs.writeFileSync(
    at(files.goplsGo),
    'package main\n\nimport "net/http"\n\n// reset drops the request\'s headers.\nfunc reset(r *http.Request) {\n\tclear(r.Header)\n}\n\nfunc main() {}\n',
  );

  fs.writeFileSync(at(files.scratch), '');
  // Keep the workbench quiet and predictable: no welcome page, no telemetry prompt, no auto-save.
  fs.mkdirSync(at('.vscode'), { recursive: true });
  fs.writeFileSync(
    at('.vscode/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'files.autoSave': 'off',
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'go.toolsManagement.checkForUpdates': 'off',
      },
      null,
      2,
    ),
  );
}
