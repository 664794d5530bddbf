// What clear( does to memory, per Go version, in our own words. Source of truth:
// the spec's go-map-facts.md (which cites runtime/map.go and internal/runtime/maps).
import { mapImpl } from '../shared/goVersion';

/** The oldest Go with the builtin clear (the Go 1.21 release). */
export const CLEAR_MIN_MINOR = 21;

/** The texts a hover or an explanation shows for one implementation. */
export interface ClearFacts {
  title: string;
  staysAllocated: string[];
  reset: string;
  becomesGarbage: string[];
  release: string[];
  readTheSource: string[];
  notes: string[];
}

const classic: ClearFacts = {
  title: 'classic hash map (Go 1.21–1.23)',
  staysAllocated: [
    'the `hmap` header (48 bytes)',
    'the main bucket array at its current size B, zeroed and reused, with its preallocated overflow buckets',
    'the `mapextra` struct (emptied, not freed)',
  ],
  reset: 'the count, the overflow counter, the evacuation progress and the same-size-grow flag; the hash seed is re-drawn',
  becomesGarbage: [
    'the old bucket array of a growth still in progress (the growth is abandoned)',
    'overflow buckets that were allocated one by one, and the slices that kept them alive',
    'keys or values over 128 bytes, which the map stored behind pointers',
    'whatever the entries pointed to',
  ],
  release: [
    '`m = make(map[K]V)` gives the variable a fresh, empty map; the old one becomes garbage once nothing else refers to it',
    '`m = nil` drops the map entirely (reads still work, writes panic)',
  ],
  readTheSource: ['`runtime.mapclear` in `src/runtime/map.go`', '`runtime.makeBucketArray` (called with the old array to zero and reuse it)'],
  notes: [
    'Refilling a cleared map reuses the kept buckets, so it allocates almost nothing.',
    'The time clear takes grows with the bucket array, not with len(m) (golang/go#70617).',
    '`delete` never shrinks a map either (golang/go#20135).',
  ],
};

const swiss: ClearFacts = {
  title: 'Swiss-table map (Go 1.24 and later)',
  staysAllocated: ['the `Map` header (48 bytes)', 'the table directory', "every table with all its groups (or a small map's single group)"],
  reset: "the entry count, every control byte, each table's growth budget and clearSeq; the hash seed is re-drawn",
  becomesGarbage: ['keys or values the map stored behind pointers (over 128 bytes)', 'whatever the entries pointed to'],
  release: [
    '`m = make(map[K]V)` gives the variable a fresh, empty map; the old one becomes garbage once nothing else refers to it',
    '`m = nil` drops the map entirely (reads still work, writes panic)',
  ],
  readTheSource: [
    '`(*Map).Clear` in `src/internal/runtime/maps/map.go` (see its `TODO: shrink directory?`)',
    '`(*table).Clear` in `src/internal/runtime/maps/table.go`',
  ],
  notes: [
    'Refilling a cleared map reuses the kept groups; it allocates only a little.',
    'The time clear takes grows with the allocated groups, not with len(m) (golang/go#70617).',
    '`delete` never shrinks a map either (golang/go#20135).',
  ],
};

/** The facts for a Go version's map implementation. */
export function clearFacts(version: string): ClearFacts {
  return mapImpl(version) === 'swiss' ? swiss : classic;
}

/** The one-line summary a code lens and `heaplens lens` show for a call. */
export function summary(kind: string, version: string): string {
  switch (kind) {
    case 'map':
      return mapImpl(version) === 'swiss'
        ? `clear keeps the map's Swiss tables and groups allocated (Go ${version}); assign make(...) or nil to release them`
        : `clear keeps the map's buckets allocated (classic hmap, Go ${version}); assign make(...) or nil to release them`;
    case 'slice':
      return 'clear zeroes the elements; len, cap and the backing array stay';
    case 'not-builtin':
      return "this clear is the package's own or a local declaration, not the builtin";
    case 'unsupported-go-version':
      return `go.mod says Go ${version}: the builtin clear needs Go 1.21 or later`;
    default:
      return "the argument's type could not be resolved";
  }
}

/** Markdown explaining clear for a map or slice at a Go version (the Explain command and the hover share it). */
export function explainMarkdown(kind: 'map' | 'slice', version: string): string {
  if (kind === 'slice') {
    return [
      `**clear on a slice** (Go ${version})`,
      '',
      '- Sets elements `0..len-1` to their zero value; `len` and `cap` do not change.',
      '- Nothing is freed: the backing array stays allocated, but values the elements pointed to can now be collected.',
      '- To keep the capacity and drop the length: `s = s[:0]` (after clear, so old pointers do not linger).',
      '- To release the array: `s = nil`.',
    ].join('\n');
  }
  const f = clearFacts(version);
  const list = (xs: string[]) => xs.map((x) => `- ${x}`).join('\n');
  return [
    `**clear on a map**: ${f.title}, Go ${version}`,
    '',
    '**Stays allocated**',
    list(f.staysAllocated),
    '',
    `**Reset**: ${f.reset}.`,
    '',
    '**Becomes garbage**',
    list(f.becomesGarbage),
    '',
    '**To release the memory**',
    list(f.release),
    '',
    '**Read the runtime**',
    list(f.readTheSource),
    '',
    list(f.notes),
  ].join('\n');
}
