// Runs the generated measurement program on real Go toolchains (scripts/get-go.sh installs them
// on first use); expected figures come from the real runtime's measurements in
// test/fixtures/go-truth/map-memory.json (go-truth harness).
import { strict as assert } from 'assert';
import { runOnRealGo, goToolchainVersion } from '../../../src/realgo/goRunner';
import { withinTolerance } from '../../../src/realgo/compare';
import { readTruth } from '../../support/goTruth';
import { goBinary } from '../../support/realGo';

const truth = readTruth();

/** Our program's live bytes per step agree with the go-truth harness's within max(2%, 8 KiB). */
async function agreesWithTruth(go: string, type: string, scenario: string, n: number, hint: number) {
  const real = await runOnRealGo({ goBinary: goBinary(go), type, scenario, n, hint });
  assert.equal(real.go, go);
  const expected = truth.filter((r) => r.go === go && r.type === type && r.scenario === scenario && r.n === n && r.hint === hint);
  assert.ok(expected.length >= 4, `fixture has ${go} ${type} ${scenario} n=${n}`);
  for (const e of expected) {
    const got = real.steps.find((s) => s.step === e.step);
    assert.ok(got, `step ${e.step} measured`);
    assert.ok(withinTolerance(e.live_bytes, got.live_bytes, 2), `${go} ${type} ${scenario} ${e.step}: live ${got.live_bytes} vs go-truth ${e.live_bytes}`);
  }
}

describe('experiments: Run on My Go with real toolchains', function () {
  this.timeout(180_000);

  it('reads the toolchain version', async () => {
    assert.equal(await goToolchainVersion(goBinary('1.19')), '1.19');
    assert.equal(await goToolchainVersion(goBinary('1.26')), '1.26');
  });

  it('1.19 map[int]int fill-clear-refill n=6657 matches go-truth', () => agreesWithTruth('1.19', 'map[int]int', 'fill-clear-refill', 6657, -1));
  it('1.19 map[string]int delete-half n=100000 matches go-truth', () => agreesWithTruth('1.19', 'map[string]int', 'delete-half', 100000, -1));
  it('1.26 map[int]int fill-clear-refill n=100000 matches go-truth', () => agreesWithTruth('1.26', 'map[int]int', 'fill-clear-refill', 100000, -1));
  // (Swiss at n=6657 is left out: the real runtime's random hash seed spreads it by ~30 KB.)
  it('1.26 map[string]int delete-half n=100000 hint 100000 matches go-truth', () => agreesWithTruth('1.26', 'map[string]int', 'delete-half', 100000, 100000));

  it('measures struct, array and pointer types the harness has no case for (1.19 and 1.26)', async () => {
    for (const go of ['1.19', '1.26']) {
      const r = await runOnRealGo({
        goBinary: goBinary(go),
        type: 'map[struct{a [2]int32; b string}]*[3]byte',
        scenario: 'fill-clear-refill',
        n: 2000,
        hint: -1,
        repeats: 1,
      });
      assert.deepEqual(
        r.steps.map((s) => s.step),
        ['make', 'fill', 'clear', 'refill', 'remake', 'nil'],
      );
      assert.equal(r.entries, 2000, 'every key distinct');
      // 2000 distinct keys need far more than 8 KiB of buckets/groups; clear keeps them.
      assert.ok(r.steps[1].live_bytes > 64 * 1024, `${go} fill live ${r.steps[1].live_bytes}`);
      assert.ok(r.steps[2].live_bytes > 64 * 1024, `${go} clear live ${r.steps[2].live_bytes}`);
      assert.ok(r.steps[4].live_bytes < 16 * 1024, `${go} remake live ${r.steps[4].live_bytes}`);
    }
  });

  it('counts the distinct keys a small key type can hold', async () => {
    const r = await runOnRealGo({ goBinary: goBinary('1.26'), type: 'map[int8]bool', scenario: 'delete-half', n: 1000, hint: -1, repeats: 1 });
    assert.equal(r.entries, 256);
  });

  it('reports a type that does not compile as one line naming the problem', async () => {
    await assert.rejects(
      runOnRealGo({ goBinary: goBinary('1.26'), type: 'map[string]*User', scenario: 'delete-half', n: 10, hint: -1 }),
      (e: Error) => /building the measurement program for map\[string\]\*User failed: .*undefined: User/.test(e.message) && !e.message.includes('\n'),
    );
  });

  it('reports a missing go binary clearly', async () => {
    await assert.rejects(
      runOnRealGo({ goBinary: '/nonexistent/go', type: 'map[int]int', scenario: 'delete-half', n: 10, hint: -1 }),
      /'\/nonexistent\/go' was not found/,
    );
  });

  it('stops when cancelled', async () => {
    const ac = new AbortController();
    const p = runOnRealGo({ goBinary: goBinary('1.26'), type: 'map[int]int', scenario: 'delete-half', n: 3_000_000, hint: -1, signal: ac.signal });
    setTimeout(() => ac.abort(), 300);
    await assert.rejects(p, /cancelled/);
  });
});
