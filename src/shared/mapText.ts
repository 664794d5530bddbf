// The viewer's map badges (issue 19): which rows and flame frames are map sites of the open
// profile, the badge's text and its tooltip. Pure, no Node: media/ imports it.
import type { MapSite } from '../maps/model';
import { formatBytes, formatCount } from './format';
import { goBuildLabel } from './goVersion';

/** The badge's text: short, readable in every theme as text on the theme's badge colours (style.css's .map-badge::after draws the same word on rows). */
export const MAP_BADGE_TEXT = 'map';

/** The file's last path segment, as a tooltip names a clear's place. */
function baseName(file: string): string {
  return file.replace(/\\/g, '/').split('/').pop() ?? file;
}

/**
 * One site, one line: "map[int]int (swiss, Go 1.26), 4.51 MiB inuse_space: groups 4.5 MiB, …;
 * room for 262,144 entries; clear at sites.go:36 keeps them".
 */
export function siteTooltip(site: MapSite, sampleType: string): string {
  const what = `${site.type ?? 'map (type unknown: source not found)'} (${site.impl}, Go ${goBuildLabel(site.go)})`;
  // one figure per kind: a map that grew has group arrays of several sizes
  const byKind = new Map<string, number>();
  for (const p of site.parts) {
    const k = p.kind ?? `objects of ${p.size} B`;
    byKind.set(k, (byKind.get(k) ?? 0) + p.bytes);
  }
  const parts = [...byKind].map(([k, b]) => `${k} ${formatBytes(b)}`).join(', ');
  const room = site.capacity === null ? '' : `; room for ${formatCount(site.capacity)} entries`;
  const clears = site.clears.map((c) => `; clear at ${baseName(c.file)}:${c.line} keeps them`).join('');
  return `${what}, ${formatBytes(site.bytes)} ${sampleType}: ${parts}${room}${clears}`;
}

/** Sites a tooltip lists before it points to the Maps view for the rest. */
export const TOOLTIP_SITES = 6;

/** The tooltip of a row holding several sites (a function at functions granularity): one line per site (the largest first), with its line. */
export function badgeTooltip(sites: readonly MapSite[], sampleType: string): string {
  if (sites.length === 1) return siteTooltip(sites[0], sampleType);
  const lines = sites.slice(0, TOOLTIP_SITES).map((s) => `${baseName(s.file)}:${s.line}: ${siteTooltip(s, sampleType)}`);
  const more = sites.length - TOOLTIP_SITES;
  if (more > 0) lines.push(`and ${more} more map site${more === 1 ? '' : 's'} (the Maps view lists them all)`);
  return lines.join('\n');
}

/** The map sites of the open profile, looked up by the rows and frames the views draw. */
export class MapIndex {
  private readonly byFunction = new Map<string, MapSite[]>();
  private readonly byLine = new Map<string, MapSite[]>();

  constructor(
    readonly sites: readonly MapSite[] = [],
    readonly sampleType = '',
  ) {
    for (const s of sites) {
      push(this.byFunction, s.function, s);
      push(this.byLine, `${s.function}\0${s.line}`, s);
    }
  }

  get size(): number {
    return this.sites.length;
  }

  /**
   * The sites a row or frame holds as its own (flat) memory: a map site is the leaf line of its
   * samples, so a function row holds its sites at every line, a line row the sites at its line.
   * `name` may carry the views' " (inline)" or (flame, lines granularity) ":LINE" suffix.
   */
  of(name: string, line: number, granularity: 'functions' | 'lines'): MapSite[] {
    if (this.sites.length === 0) return [];
    let fn = name.replace(/ \((partial-)?inline\)$/, '');
    if (granularity === 'functions') return this.byFunction.get(fn) ?? [];
    const suffix = `:${line}`;
    if (fn.endsWith(suffix)) fn = fn.slice(0, -suffix.length);
    return this.byLine.get(`${fn}\0${line}`) ?? [];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
