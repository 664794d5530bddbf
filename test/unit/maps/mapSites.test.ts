// heaplens maps on real programs: test/fixtures/programs/mapsites built with Go 1.19, 1.23 and 1.26
// and run at MemProfileRate 1 and at the default rate. Expected figures come from the programs'
// own reading of the runtime's map structures (*.truth.json, with unsafe) and from
// `go tool pprof -lines -top` (*.lines.top.txt); see test/fixtures/maps/README.md.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeProfile } from '../../../src/profile';
import { answersSource, findMapSites, mapCandidateLines, type MapLinesAnswer, type MapSite } from '../../../src/maps';
import { folderSource } from '../../../src/maps/folderSource';
import type { TreeCache } from '../../../src/goanalysis/analysis';
import { fixture } from '../../support/fixtures';
import { readGolden } from '../../support/pprofGolden';
import { testCache } from '../lens/helpers';

interface Truth {
  go: string;
  rate: number;
  maps: { name: string; type: string; impl: 'classic' | 'swiss'; count: number; slots: number; growing?: boolean }[];
}

const MiB = 1 << 20;
/** Bytes of the runtime's own objects a map line may also show (at most a few sudogs and the like). */
const RUNTIME_SLACK = 1024;
const programs = fixture('programs');

/** The lines of the program's source marked `// site:NAME`, by name. */
function siteLines(file: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /\/\/ site:(\S+)/.exec(text);
      if (m) out.set(m[1], [...(out.get(m[1]) ?? []), i + 1]);
    });
  return out;
}

/** pprof's flat bytes at each line of the source file, from the -lines golden. */
function pprofFlatByLine(golden: string, file: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of readGolden(golden).rows) {
    const m = /^main\.build (\S+):(\d+)$/.exec(r.name);
    if (m && m[1] === `mapsites/${file}`) out.set(Number(m[2]), r.flat);
  }
  return out;
}

function sitesOf(cache: TreeCache, profile: string, go: string): MapSite[] {
  const p = decodeProfile(fs.readFileSync(profile));
  const sampleIndex = p.sampleTypes.findIndex((t) => t.type === 'inuse_space');
  return findMapSites(p, folderSource(programs, cache), { sampleIndex, go });
}

describe('heaplens maps on real Go programs (mapsites)', function () {
  this.timeout(60_000);
  let cache: TreeCache;
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());

  for (const go of ['1.19', '1.23', '1.24-noswissmap', '1.26']) {
    const file = go === '1.19' ? 'sites_go119.go' : 'sites.go';
    for (const run of ['rate1', 'default'] as const) {
      const name = `mapsites-go${go}-${run}`;
      describe(`${name} (Go ${go}, ${run === 'rate1' ? 'MemProfileRate 1' : 'the default MemProfileRate'})`, () => {
        const truth = JSON.parse(fs.readFileSync(fixture('maps', `${name}.truth.json`), 'utf8')) as Truth;
        const lines = siteLines(path.join(programs, 'mapsites', file));
        const pprof = pprofFlatByLine(fixture('maps', `${name}.inuse_space.lines.top.txt`), file);
        let sites: MapSite[];
        before(() => {
          sites = sitesOf(cache, fixture('maps', `${name}.pb.gz`), go);
        });

        it('the truth is of this Go version and rate (and the growing classic map is mid-growth)', () => {
          // runtime.Version(): "go1.24.4 X:noswissmap" for the experiment build
          assert.strictEqual(
            truth.go.replace(/^go(1\.\d+)\S*( X:(noswissmap))?$/, (_, v: string, _x, e?: string) => (e ? `${v}-${e}` : v)),
            go,
          );
          assert.strictEqual(truth.rate, run === 'rate1' ? 1 : 512 * 1024);
          const growing = truth.maps.find((m) => m.name === 'growing')!;
          if (growing.impl === 'classic') assert.strictEqual(growing.growing, true);
        });

        it('reports no site at a line that allocates no map', () => {
          const mapLines = new Set([...lines.values()].flat());
          const wrong = sites.filter((s) => !(s.file === `mapsites/${file}` && mapLines.has(s.line)));
          assert.deepStrictEqual(
            wrong.map((s) => `${s.file}:${s.line}`),
            [],
          );
        });

        for (const m of truth.maps) {
          const at = lines.get(m.name) ?? [];
          const held = at.reduce((t, l) => t + (pprof.get(l) ?? 0), 0);
          if (held < MiB) continue;
          it(`${m.name} (${m.type}, ${(held / MiB).toFixed(1)} MiB): found at its lines with its type and implementation`, () => {
            const main = at.reduce((best, l) => ((pprof.get(l) ?? 0) > (pprof.get(best) ?? 0) ? l : best), at[0]);
            const site = sites.find((s) => s.line === main);
            assert.ok(site, `no site at ${file}:${main}`);
            assert.strictEqual(site.type, m.type.replace(/\bmain\./g, ''));
            assert.strictEqual(site.impl, m.impl);
            assert.strictEqual(site.function, 'main.build');
          });
          it(`${m.name}: each site's bytes are pprof's at that line, but for the runtime's own objects`, () => {
            // A heap profile hides runtime frames, so what the runtime allocates for itself inside
            // the map call (a GC start's 96-byte sudog, say) shows at the map's line too: pprof's
            // line value may exceed the map's parts by such objects, never the other way.
            for (const l of at) {
              const want = pprof.get(l) ?? 0;
              const got = sites.find((s) => s.line === l)?.bytes ?? 0;
              assert.ok(got <= want && want - got <= RUNTIME_SLACK, `${file}:${l}: ${got} B, pprof ${want} B`);
            }
          });
          it(`${m.name}: its capacity is the runtime's (${m.slots} slots)`, () => {
            const got = sites.filter((s) => at.includes(s.line)).reduce((t, s) => t + (s.capacity ?? 0), 0);
            const err = Math.abs(got - m.slots) / m.slots;
            // The bounds: 2% at MemProfileRate 1, 15% at the default rate. At the default
            // rate small objects are sampled with chance size/rate, so another run of the program
            // could land further off for the smallest maps; these recorded runs are all within 15%.
            const tolerance = run === 'rate1' ? 0.02 : 0.15;
            assert.ok(err <= tolerance, `capacity ${got}, runtime ${m.slots}: off by ${(err * 100).toFixed(2)}% > ${(tolerance * 100).toFixed(1)}%`);
          });
        }

        it('names the clear calls on the cleared maps (hinted, tiny, reg.byID) from Go 1.21', () => {
          const clearsAt = (name: string) => sites.filter((s) => lines.get(name)!.includes(s.line)).map((s) => s.clears.map((c) => c.line));
          const none = go === '1.19'; // no clear builtin: the delete loop is no clear call
          for (const c of clearsAt('hinted')) assert.deepStrictEqual(c, none ? [] : [36]);
          for (const c of clearsAt('reg')) assert.deepStrictEqual(c, none ? [] : [80]);
          for (const c of clearsAt('grown')) assert.deepStrictEqual(c, []);
          assert.ok(clearsAt('reg').length > 0);
        });
      });
    }
  }
});

describe('heaplens maps finds no map where there is none', function () {
  this.timeout(60_000);
  let cache: TreeCache;
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());

  it('wide-200k (no maps): nothing', () => {
    const p = decodeProfile(fs.readFileSync(fixture('perf', 'wide-200k.pb.gz')));
    const sampleIndex = p.sampleTypes.findIndex((t) => t.type === 'inuse_space');
    assert.deepStrictEqual(findMapSites(p, folderSource(programs, cache), { sampleIndex }), []);
  });

  for (const go of ['1.19']) {
    it(`jsonwork (Go ${go}): only its map literal and encoding/json's maps are maps`, () => {
      const source = fs.readFileSync(path.join(programs, 'jsonwork', 'main.go'), 'utf8').split('\n');
      const p = decodeProfile(fs.readFileSync(fixture('profile', `jsonwork-go${go}.pb.gz`)));
      for (const type of ['inuse_space', 'alloc_space']) {
        const sampleIndex = p.sampleTypes.findIndex((t) => t.type === type);
        const sites = findMapSites(p, folderSource(path.join(programs, 'jsonwork'), cache), { sampleIndex, go });
        // jsonwork makes map[string]string literals (main.go:26) and decodes JSON objects into them:
        // reflect.makemap and reflect.mapassign* are the runtime's map code (linked into reflect).
        for (const s of sites) {
          if (s.file.endsWith('jsonwork/main.go')) assert.match(source[s.line - 1], /map\[string\]string\{/, `${type}: ${s.file}:${s.line}`);
          else assert.match(s.function, /^reflect\.(makemap|mapassign(_faststr)?)$/, `${type}: ${s.function} ${s.file}:${s.line}`);
        }
        assert.ok(sites.length > 0, 'the map literal and the decoded maps are found');
      }
    });
  }
});

describe('heaplens maps in two steps (for the decode worker and the lens worker)', function () {
  this.timeout(60_000);
  let cache: TreeCache;
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());

  it('candidate lines, answered elsewhere, give the same sites as a source read in place', () => {
    const p = decodeProfile(fs.readFileSync(fixture('maps', 'mapsites-go1.26-rate1.pb.gz')));
    const sampleIndex = p.sampleTypes.findIndex((t) => t.type === 'inuse_space');
    const direct = folderSource(programs, cache);
    const candidates = mapCandidateLines(p, { sampleIndex });
    assert.ok(candidates.some((c) => c.file === 'mapsites/sites.go' && c.lines.includes(32) && c.lines.includes(41)));
    const answers: MapLinesAnswer[] = [];
    for (const c of candidates) {
      const a = direct.mapLines(c.file, c.lines);
      // plain data only: what a worker message carries
      if (a) answers.push(JSON.parse(JSON.stringify({ file: c.file, path: a.path, goVersion: a.goVersion, lines: [...a.lines.values()] })) as MapLinesAnswer);
    }
    assert.deepStrictEqual(findMapSites(p, answersSource(answers), { sampleIndex, go: '1.26' }), findMapSites(p, direct, { sampleIndex, go: '1.26' }));
  });
});
