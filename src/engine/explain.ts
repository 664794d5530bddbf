// Short explanations of a run for the experiments view: what stayed, what was freed and why,
// naming the runtime functions involved.
import type { ExperimentStep } from '../shared/protocol/experimentView';
import type { MapLayout } from './layout';
import type { Scenario } from './scenarios';
import type { VersionRules } from './versions';
import { goBuildLabel } from '../shared/goVersion';

const kb = (b: number): string => (Math.abs(b) >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MiB` : `${(b / 1024).toFixed(1)} KiB`);

/** One paragraph per point worth telling about this run. */
export function explain(sc: Scenario, rules: VersionRules, layout: MapLayout, steps: ExperimentStep[], bucketSlot: number): string[] {
  const out: string[] = [];
  const go = goBuildLabel(rules.go);
  if (rules.impl === 'classic') {
    out.push(
      `Go ${go} uses the classic hash map (${rules.go.endsWith('noswissmap') ? 'runtime/map_noswiss.go, built with GOEXPERIMENT=noswissmap: a 56-byte hmap with clearSeq' : 'runtime/map.go'}): an hmap header and arrays of ${layout.bucketSize}-byte buckets (8 slots each${layout.indirectKey || layout.indirectElem ? ', keys/elems over 128 bytes stored behind pointers' : ''}); hashGrow doubles the array and evacuate moves entries over incrementally, so old and new arrays are both live until evacuation ends.`,
    );
  } else {
    out.push(
      `Go ${go} uses Swiss tables (internal/runtime/maps): a Map header, a directory of tables of up to 1024 slots in ${layout.groupSize}-byte groups of 8; a full table is replaced by one twice its size (the old one is garbage at once) or split in two at 1024 slots.`,
    );
  }
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i];
    const prev = steps[i - 1];
    const ops = sc.steps[i]?.ops ?? [];
    if (ops.some((o) => o.op === 'clear')) {
      out.push(
        rules.impl === 'classic'
          ? `${s.step}: runtime.mapclear kept the bucket array (${kb(s.live_bytes)} still live); it dropped oldbuckets of an unfinished growth, separately allocated overflow buckets and the overflow slices (${kb(s.garbage_bytes ?? 0)} became garbage).`
          : `${s.step}: (*Map).Clear reset control bytes and kept every table and group (${kb(s.live_bytes)} still live); only indirect keys/elems and what entries pointed to became garbage (${kb(s.garbage_bytes ?? 0)}).`,
      );
    } else if (ops.some((o) => o.op === 'delete')) {
      out.push(`${s.step}: delete never shrinks a map (golang/go#20135): live bytes went from ${kb(prev.live_bytes)} to ${kb(s.live_bytes)}.`);
    } else if (ops.some((o) => o.op === 'nil') || ops.some((o) => o.op === 'make' && o.size === -1)) {
      out.push(
        `${s.step}: the old map became unreachable, so the GC takes all of it (${kb(s.garbage_bytes ?? 0)} garbage); unlike clear, this returns the memory.`,
      );
    } else if (ops.some((o) => o.op === 'clearSlice')) {
      out.push(`${s.step}: clear(s) zeroes the elements; len, cap and the backing array stay (${kb(s.live_bytes)} live).`);
    }
  }
  const owned = ownedNote(layout);
  if (owned) out.push(owned);
  void bucketSlot;
  return out;
}

/** Where the bytes a key or elem points to are counted: with the program, never with the map. */
function ownedNote(layout: MapLayout): string | undefined {
  const strings = [layout.key, layout.elem].some((t) => t.kind === 'string');
  if (strings) {
    return `Key and value strings: the map's slots hold 16-byte string headers (counted above); the bytes they point to belong to the program, which made them before make and keeps them to the end (as the go-truth harness does), so they are in neither live nor allocated bytes here. In a heap profile they show under the code that built the strings, not under mapassign.`;
  }
  if (layout.key.hasPointers || layout.elem.hasPointers) {
    return `What keys and values point to belongs to the program, not the map: the slots hold the pointers (counted above), the objects they point to are in neither live nor allocated bytes here.`;
  }
  return undefined;
}
