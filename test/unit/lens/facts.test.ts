import { strict as assert } from 'assert';
import { clearFacts, explainMarkdown, summary } from '../../../src/goanalysis/facts';
import { mapImpl } from '../../../src/shared/goVersion';

// Boundaries and claims from the spec's go-map-facts.md (checked there against the Go sources).
const versions = ['1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];
const allText = versions.flatMap((v) => [explainMarkdown('map', v), explainMarkdown('slice', v), summary('map', v)]).join('\n');

describe('lens facts', () => {
  it('Go 1.23 is the last classic map, 1.24 the first Swiss one', () =>
    assert.deepEqual(versions.map(mapImpl), ['classic', 'classic', 'classic', 'swiss', 'swiss', 'swiss']));
  it('classic names runtime.mapclear and makeBucketArray', () =>
    assert.match(clearFacts('1.22').readTheSource.join(' '), /runtime\.mapclear.*makeBucketArray/));
  it('Swiss names (*Map).Clear and (*table).Clear', () => assert.match(clearFacts('1.24').readTheSource.join(' '), /\(\*Map\)\.Clear.*\(\*table\)\.Clear/));
  it('classic: oldbuckets and separate overflow buckets become garbage', () =>
    assert.match(clearFacts('1.21').becomesGarbage.join(' '), /old bucket array.*overflow buckets/));
  it('Swiss: tables and groups stay', () => assert.match(clearFacts('1.26').staysAllocated.join(' '), /every table with all its groups/));
  it('both say how to release: m = make(...) and m = nil', () => {
    for (const v of ['1.22', '1.25']) assert.match(explainMarkdown('map', v), /m = make\(map\[K\]V\).*\n.*m = nil/);
  });
  it('slice: len and cap unchanged, nothing freed', () =>
    assert.match(explainMarkdown('slice', '1.22'), /`len` and `cap` do not change[\s\S]*Nothing is freed/));
  // The false claims go-map-facts.md lists must never appear.
  it('never mentions mapclear_fast64', () => assert.doesNotMatch(allText, /mapclear_fast64/));
  it('never suggests cap(m) on a map', () => assert.doesNotMatch(allText, /cap\(m\)/));
  it('never says write barriers are skipped', () => assert.doesNotMatch(allText, /(skip|avoid|without)\w* (the )?write barrier/i));
  it('never says clear keeps oldbuckets', () => assert.doesNotMatch(clearFacts('1.22').staysAllocated.join(' '), /old/));
  it('never says clear equals m = make', () => assert.doesNotMatch(allText, /(equivalent|same as|like) `?m = make/i));
  it('never says Swiss maps evacuate incrementally', () => assert.doesNotMatch(explainMarkdown('map', '1.24'), /evacuat/i));
});
