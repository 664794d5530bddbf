// What the clear( lens and hover say about a map the open heap profile holds (issue 19): the
// profile's map sites (src/maps) that are this call's map, and the bytes of them clear keeps.
import type { ClearCall } from './analysis';
import type { MapSite } from '../maps/model';
import { formatBytes } from '../shared/format';

/** The sites of `sites` that are the map `call` clears: one of its clears is this call, or its line is where the argument is made or grown. */
export function sitesOfCall(call: Pick<ClearCall, 'kind' | 'line' | 'allocLines'>, sites: readonly MapSite[]): MapSite[] {
  if (call.kind !== 'map') return [];
  return sites.filter((s) => s.clears.some((c) => c.line === call.line) || call.allocLines.includes(s.line));
}

/**
 * What of these sites clear keeps, by the map's main arrays: a Swiss map's groups (tables and
 * directory stay too, but are small), a classic map's bucket arrays (its separately allocated
 * overflow buckets become garbage). go-map-facts.md, "What clear(m) does".
 */
export function keptByClear(sites: readonly MapSite[]): { bytes: number; noun: 'groups' | 'buckets' } | undefined {
  if (sites.length === 0) return undefined;
  const swiss = sites.some((s) => s.impl === 'swiss');
  const kind = swiss ? 'groups' : 'buckets';
  let bytes = 0;
  for (const s of sites) for (const p of s.parts) if (p.kind === kind) bytes += p.bytes;
  return bytes > 0 ? { bytes, noun: kind } : undefined;
}

/** What frees the memory instead: assigning a new map, when that drops it for everyone (the quick fix's edit). */
function freedBy(call: Pick<ClearCall, 'argument' | 'releasable'>): string {
  return call.releasable ? `; ${call.argument} = make(...) frees them` : '';
}

/** The lens: "the open profile holds 37.7 MiB of this map's groups (inuse_space); clear keeps them; m = make(...) frees them". */
export function mapLensTitle(call: ClearCall, sites: readonly MapSite[], sampleType: string): string | undefined {
  const kept = keptByClear(sitesOfCall(call, sites));
  if (!kept) return undefined;
  return `the open profile holds ${formatBytes(kept.bytes)} of this map's ${kept.noun} (${sampleType}); clear keeps them${freedBy(call)}`;
}

/** The hover's paragraph (markdown; source text as code spans through `code`). */
export function mapHoverText(call: ClearCall, sites: readonly MapSite[], sampleType: string, code: (t: string) => string): string | undefined {
  const mine = sitesOfCall(call, sites);
  const kept = keptByClear(mine);
  if (!kept) return undefined;
  const lines = [...new Set(mine.filter((s) => s.parts.some((p) => p.kind === kept.noun)).map((s) => s.line))].sort((a, b) => a - b);
  const free = call.releasable ? `; ${code(`${call.argument} = make(...)`)} frees them (quick fix)` : '';
  return `**Open heap profile**: holds ${formatBytes(kept.bytes)} of this map's ${kept.noun} (${sampleType}, made or grown at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}); clear keeps them${free}.`;
}
