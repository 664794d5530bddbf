// The map sites as the editor gets them (issue 19): the session's two steps, the same through the
// real decode and lens workers, the viewer's badge matching and tooltip, and the clear( lens and
// hover. Expected figures come from the mapsites programs' own reading of the runtime
// (*.truth.json), from `go tool pprof -lines -top` (*.lines.top.txt) and from the runtime's
// layouts in go-map-facts.md; see test/fixtures/maps/README.md.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openSession, decodeProfile, type ProfileSession } from '../../../src/profile';
import type { TreeCache } from '../../../src/goanalysis/analysis';
import { readPackageInput } from '../../../src/goanalysis/packageFiles';
import type { MapLinesAnswer, MapSite } from '../../../src/maps/model';
import { mapLinesAnswers } from '../../../src/workers/mapLinesAnswers';
import { MAX_SOURCE_FILES } from '../../../src/maps/view';
import { WorkerClient } from '../../../src/workers/decodeClient';
import { LensWorkerClient } from '../../../src/workers/lensClient';
import { MapIndex, badgeTooltip, siteTooltip, MAP_BADGE_TEXT } from '../../../src/shared/mapText';
import { lensTitles } from '../../../src/goanalysis/lensTitles';
import { hoverMarkdown } from '../../../src/goanalysis/hoverText';
import { sitesOfCall } from '../../../src/goanalysis/mapLens';
import { mapSitesForFile } from '../../../src/profile/activeProfile';
import { CancelledError } from '../../../src/shared/rpc';
import { fixture, repoRoot } from '../../support/fixtures';
import { readGolden } from '../../support/pprofGolden';
import { buildProfile, heapSampleTypes } from '../../support/profileBuilder';
import { analyzeFile, testCache } from '../lens/helpers';

const programs = fixture('programs');
const sitesGo = path.join(programs, 'mapsites', 'sites.go');
const dist = path.join(repoRoot, 'dist');
const inuse = { name: 'inuse_space', unit: 'bytes' };

interface Truth {
  maps: { name: string; type: string; impl: string; slots: number; tables?: number; arrayBuckets?: number }[];
}
const truthOf = (name: string) => JSON.parse(fs.readFileSync(fixture('maps', `${name}.truth.json`), 'utf8')) as Truth;

/** pprof's flat bytes at a line of sites.go. */
function pprofAt(name: string, line: number): number {
  const row = readGolden(fixture('maps', `${name}.inuse_space.lines.top.txt`)).rows.find((r) => r.name === `main.build mapsites/sites.go:${line}`);
  return row?.flat ?? 0;
}

/** The host's step: each profile file found under the programs folder (as jump-to-source would find it). */
function resolved(files: { file: string; lines: number[] }[]) {
  return files.map((f) => ({ ...f, path: path.join(programs, f.file) })).filter((f) => fs.existsSync(f.path));
}

function sessionOf(name: string): ProfileSession {
  const s = openSession(`${name}.pb.gz`, fs.readFileSync(fixture('maps', `${name}.pb.gz`)));
  const inuseIndex = s.summary().sampleTypes.findIndex((t) => t.type === 'inuse_space');
  s.setSettings({ ...s.summary().settings, sampleIndex: inuseIndex });
  return s;
}

describe('map sites in the editor (viewer, lens)', function () {
  this.timeout(120_000);
  let cache: TreeCache;
  const read = (p: string) => fs.readFileSync(p, 'utf8');
  const answersFor = (s: ProfileSession): MapLinesAnswer[] => mapLinesAnswers(cache, resolved(s.mapCandidates().files), read, {});
  before(async () => {
    cache = await testCache();
  });
  after(() => cache.dispose());

  for (const [name, go] of [
    ['mapsites-go1.26-rate1', '1.26'],
    ['mapsites-go1.23-rate1', '1.23'],
  ] as const) {
    describe(`${name}: the session's map sites`, () => {
      let sites: MapSite[];
      before(() => {
        const s = sessionOf(name);
        const v = s.mapSites(answersFor(s), go);
        assert.strictEqual(v.sampleType, 'inuse_space');
        assert.strictEqual(v.note, undefined);
        sites = v.sites;
      });

      it('hinted: at its make line (32), its type and implementation, pprof bytes there less the runtime objects, clear at 36', () => {
        const hinted = truthOf(name).maps.find((m) => m.name === 'hinted')!;
        const site = sites.find((x) => x.line === 32)!;
        assert.ok(site, 'a site at sites.go:32');
        assert.strictEqual(site.type, hinted.type);
        assert.strictEqual(site.impl, hinted.impl);
        assert.strictEqual(site.how, 'make');
        assert.strictEqual(site.sourcePath, sitesGo);
        assert.deepStrictEqual(
          site.clears.map((c) => c.line),
          [36],
        );
        const want = pprofAt(name, 32);
        assert.ok(site.bytes <= want && want - site.bytes <= 1024, `${site.bytes} B, pprof ${want} B`);
        // every hinted map's slots are made at line 32 (the refill fits): MemProfileRate 1, within 2%
        assert.ok(Math.abs(site.capacity! - hinted.slots) / hinted.slots <= 0.02, `capacity ${site.capacity}, runtime ${hinted.slots}`);
      });

      it('the lens on clear(hinted) says what the profile holds of its main arrays, clear keeps them, and the make that frees them', () => {
        const calls = analyzeFile(cache, sitesGo, go, true);
        const call = calls.find((c) => c.line === 36)!;
        assert.ok(call.allocLines.includes(32));
        const hinted = truthOf(name).maps.find((m) => m.name === 'hinted')!;
        // Swiss: one group array per table, 128 groups of 8 + 8·16 B each, in the 18432-byte size class;
        // classic: one bucket array of arrayBuckets buckets of 8 + 8·8 + 8·8 + 8 = 144 B (go-map-facts.md).
        const kept = go === '1.26' ? hinted.tables! * 18432 : hinted.arrayBuckets! * 144;
        const noun = go === '1.26' ? 'groups' : 'buckets';
        const figure = go === '1.26' ? '4.5 MiB' : '4.78 MiB';
        assert.strictEqual(kept, go === '1.26' ? 4.5 * 1024 * 1024 : Math.round(4.78125 * 1024 * 1024));
        const titles = lensTitles(call, [{ line: 32, value: pprofAt(name, 32) }], inuse, sites).map((t) => t.title);
        assert.ok(
          titles.includes(`the open profile holds ${figure} of this map's ${noun} (inuse_space); clear keeps them; hinted = make(...) frees them`),
          titles.join(' | '),
        );
        // the plain per-line profile lens gives way to the map's
        assert.ok(!titles.some((t) => t.startsWith('profile inuse_space')));
        const hover = hoverMarkdown(call, undefined, [], inuse, sites);
        assert.match(
          hover,
          new RegExp(
            `holds ${figure.replace('.', '\\.')} of this map's ${noun} \\(inuse_space, made or grown at lines? 32(, 38)?\\); clear keeps them; \`hinted = make\\(\\.\\.\\.\\)\` frees them \\(quick fix\\)`,
          ),
        );
      });

      it('clear(reg.byID) is matched through the clears of its site (a struct field)', () => {
        const call = analyzeFile(cache, sitesGo, go, true).find((c) => c.line === 80)!;
        const mine = sitesOfCall(call, sites);
        assert.ok(mine.some((x) => x.line === 76));
        assert.ok(
          mine.every((x) => x.line === 76 || x.line === 78),
          mine.map((x) => x.line).join(','),
        );
        // not the other maps' sites
        assert.ok(!sitesOfCall(call, sites).some((x) => x.line === 32));
      });

      it('the badge is on the rows that hold the sites: main.build (functions), main.build line 32 (lines), not main.main', () => {
        const index = new MapIndex(sites, 'inuse_space');
        assert.strictEqual(index.of('main.build', 0, 'functions').length, sites.length);
        assert.deepStrictEqual(
          index.of('main.build', 32, 'lines').map((x) => x.line),
          [32],
        );
        assert.deepStrictEqual(
          index.of('main.build:32', 32, 'lines').map((x) => x.line),
          [32],
          'a flame frame name at lines granularity',
        );
        assert.deepStrictEqual(index.of('main.build (inline)', 32, 'lines').length, 1);
        assert.deepStrictEqual(index.of('main.main', 0, 'functions'), []);
        assert.deepStrictEqual(index.of('main.build', 90, 'lines'), [], 'line 90 makes a slice');
        assert.strictEqual(MAP_BADGE_TEXT, 'map');
      });

      it('the tooltip names the type, implementation, bytes, parts, room and the clear that keeps them', () => {
        const site = sites.find((x) => x.line === 32)!;
        const tip = siteTooltip(site, 'inuse_space');
        const impl = go === '1.26' ? 'swiss, Go 1.26' : 'classic, Go 1.23';
        assert.ok(tip.startsWith(`map[int]int (${impl}), `), tip);
        assert.match(tip, go === '1.26' ? /: groups 4\.5 MiB, / : /: buckets 4\.78 MiB, /);
        assert.match(tip, /; room for [\d,]+ entries; clear at sites\.go:36 keeps them$/);
        const two = badgeTooltip([site, sites.find((x) => x.line === 76)!], 'inuse_space').split('\n');
        assert.strictEqual(two.length, 2);
        // a function's many sites: the six largest, then a pointer to the Maps view
        const all = badgeTooltip(sites, 'inuse_space').split('\n');
        assert.ok(sites.length > 7, `${sites.length} sites`);
        assert.strictEqual(all.length, 7);
        assert.strictEqual(all[6], `and ${sites.length - 6} more map sites (the Maps view lists them all)`);
        assert.ok(two[0].startsWith('sites.go:32: map[int]int') && two[1].startsWith('sites.go:76: map[int64]*item'), two.join('\n'));
      });

      it('the lens matches sites of its own document only', () => {
        const active = {
          profileFile: 'p',
          values: { sampleType: { type: 'inuse_space', unit: 'bytes' }, total: 1, files: [], lines: [], values: [] },
          maps: sites,
        };
        assert.strictEqual(mapSitesForFile(sitesGo, active).length, sites.length);
        assert.deepStrictEqual(mapSitesForFile(path.join(programs, 'mapsites', 'main.go'), active), []);
      });
    });
  }

  it('alloc_space: the sites of what was allocated (the replaced map too); a comparison: a note, no sites', () => {
    const s = openSession('p.pb.gz', fs.readFileSync(fixture('maps', 'mapsites-go1.26-rate1.pb.gz')));
    const alloc = s.summary().sampleTypes.findIndex((t) => t.type === 'alloc_space');
    s.setSettings({ ...s.summary().settings, sampleIndex: alloc });
    const v = s.mapSites(answersFor(s), '1.26');
    assert.strictEqual(v.sampleType, 'alloc_space');
    // what is in use was allocated: the hinted make line allocated at least pprof's inuse bytes there (less the runtime's own)
    const at32 = v.sites.find((x) => x.line === 32)!;
    assert.ok(at32.bytes >= pprofAt('mapsites-go1.26-rate1', 32) - 1024, `${at32.bytes} B`);
    // a map that grew has group arrays of many sizes: the tooltip gives one figure per kind
    const grew = v.sites.filter((x) => new Set(x.parts.map((p) => p.kind)).size < x.parts.length);
    assert.ok(grew.length > 0);
    for (const x of grew) {
      const tip = siteTooltip(x, 'alloc_space');
      for (const kind of new Set(x.parts.map((p) => p.kind))) assert.strictEqual(tip.split(` ${kind} `).length, 2, tip);
    }
    s.compare({ file: 'base.pb.gz', profile: decodeProfile(fs.readFileSync(fixture('maps', 'mapsites-go1.26-default.pb.gz'))) });
    const c = s.mapSites([], '1.26');
    assert.deepStrictEqual(c.sites, []);
    assert.match(c.note!, /compared/);
    assert.deepStrictEqual(s.mapCandidates().files, []);
  });

  it('through the real workers (dist/decodeWorker.js, dist/lensWorker.js): the same sites as in place', async () => {
    const decode = new WorkerClient(dist);
    const lens = new LensWorkerClient(path.join(dist, 'lensWorker.js'));
    try {
      const file = fixture('maps', 'mapsites-go1.26-rate1.pb.gz');
      await decode.open('mapsites-go1.26-rate1.pb.gz', file);
      const s = sessionOf('mapsites-go1.26-rate1');
      await decode.request('setSettings', { settings: s.summary().settings });
      const candidates = await decode.request('mapCandidates', {});
      assert.deepStrictEqual(candidates, s.mapCandidates());
      const answers = await lens.mapLines({ files: resolved(candidates.files) });
      assert.ok(
        answers.some((a) => a.path === sitesGo && a.goVersion === '1.21'),
        'go.mod says go 1.21',
      );
      const viaWorkers = await decode.request('mapSites', { sampleIndex: candidates.sampleIndex, answers, go: '1.26' });
      assert.deepStrictEqual(viaWorkers, s.mapSites(answersFor(s), '1.26'));
      assert.ok(viaWorkers.sites.some((x) => x.line === 32 && x.type === 'map[int]int' && x.impl === 'swiss'));
    } finally {
      decode.dispose();
      lens.dispose();
    }
  });

  it('in the worker, the map sites run in slices: a cancelled one rejects as cancelled, and the worker goes on answering', async () => {
    const decode = new WorkerClient(dist);
    try {
      await decode.open('wide-200k.pb.gz', fixture('perf', 'wide-200k.pb.gz'));
      const first = await decode.request('view', {});
      const ac = new AbortController();
      const candidates = decode.request('mapCandidates', {}, ac.signal);
      ac.abort();
      await assert.rejects(candidates, (e: unknown) => e instanceof CancelledError);
      // the same query, not cancelled, has its answer; a table asked meanwhile has the same rows
      const [c, top] = await Promise.all([decode.request('mapCandidates', {}), decode.request('setSettings', { settings: first.summary.settings })]);
      assert.strictEqual(c.sampleIndex, first.summary.settings.sampleIndex);
      assert.ok(c.files.length > 0);
      assert.deepStrictEqual(Array.from(top.table.keys.slice(0, 5)), Array.from(first.table.keys.slice(0, 5)));
    } finally {
      decode.dispose();
    }
  });

  it('the steps yield every 32768 samples at most (wide-200k: 200,014 samples), and give what runs at once gives', () => {
    const bytes = fs.readFileSync(fixture('perf', 'wide-200k.pb.gz'));
    const s = openSession('wide-200k.pb.gz', bytes);
    const run = () => {
      const steps = s.mapCandidatesSteps();
      let yields = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) yields++;
      return { yields, value: r.value };
    };
    const first = run();
    assert.ok(first.yields >= Math.floor(200_014 / 32768), `${first.yields} yields`);
    assert.deepStrictEqual(first.value, openSession('wide-200k.pb.gz', bytes).mapCandidates());
    // asked again (the tab activated again): no second scan
    assert.deepStrictEqual(run(), { yields: 0, value: first.value });
  });

  it('asks about the files holding the most, at most MAX_SOURCE_FILES (a built profile of 300 files)', () => {
    // file i holds i + 1 MiB at its one leaf line, by construction: the heaviest are asked first
    const functions = Array.from({ length: 300 }, (_, i) => ({ name: `pkg.f${i}`, file: `pkg/f${i}.go`, startLine: 10, line: 12 }));
    const samples = functions.map((_, i) => ({ stack: [i + 1], value: [1, (i + 1) << 20, 1, (i + 1) << 20] }));
    const built = openSession('built.pb.gz', buildProfile({ sampleTypes: heapSampleTypes, functions, samples }));
    const inuseIndex = built.summary().sampleTypes.findIndex((t) => t.type === 'inuse_space');
    built.setSettings({ ...built.summary().settings, sampleIndex: inuseIndex });
    const files = built.mapCandidates().files;
    assert.strictEqual(MAX_SOURCE_FILES, 64);
    assert.deepStrictEqual(
      files.map((f) => f.file),
      Array.from({ length: 64 }, (_, k) => `pkg/f${299 - k}.go`),
    );
    assert.deepStrictEqual(files[0].lines, [12]);
    // mapsites: pprof puts nearly all of inuse_space at sites.go's lines, so it is asked first
    assert.strictEqual(sessionOf('mapsites-go1.26-rate1').mapCandidates().files[0].file, 'mapsites/sites.go');
  });

  it('a package read once: readPackageInput of sites.go has its go.mod (the answers carry go 1.21)', () => {
    assert.ok(readPackageInput({ path: sitesGo, text: read(sitesGo) }).goMod?.includes('go 1.21'));
  });
});
