// The map badges on the flame graph (issue 19): which names of a layout are map sites, and a
// small "map" tag drawn at the right end of each frame wide enough to carry it.
import type { MapSite } from '../../src/maps/model';
import type { FlameLayout } from '../../src/shared/protocol/profileView';
import { MAP_BADGE_TEXT, type MapIndex } from '../../src/shared/mapText';
import { cssVar } from '../common/dom';
import type { FlamePalette } from './flame/render';

let memo: { layout: FlameLayout; index: MapIndex; granularity: string; sites: (MapSite[] | undefined)[] } | undefined;

/** Per entry of `layout.names`, its map sites (undefined: none); computed once per layout and sites. */
export function flameMapSites(layout: FlameLayout | undefined, index: MapIndex, granularity: 'functions' | 'lines'): (MapSite[] | undefined)[] {
  if (!layout || index.size === 0) return [];
  if (memo && memo.layout === layout && memo.index === index && memo.granularity === granularity) return memo.sites;
  const sites = layout.names.map((n, j) => {
    const s = index.of(n, layout.lines[j], granularity);
    return s.length ? s : undefined;
  });
  memo = { layout, index, granularity, sites };
  return sites;
}

/** Draws the tag on the frames with map sites (in CSS pixels: drawFlame left the transform at dpr). */
export function drawMapBadges(
  ctx: CanvasRenderingContext2D,
  l: FlameLayout,
  sites: readonly (MapSite[] | undefined)[],
  vp: { width: number; height: number; scrollTop: number; rowHeight: number },
  palette: FlamePalette,
): void {
  if (sites.length === 0 || l.total <= 0) return;
  const scale = vp.width / l.total;
  const textW = ctx.measureText(MAP_BADGE_TEXT).width;
  const pad = 3;
  const bw = textW + 2 * pad;
  const bg = cssVar('--vscode-badge-background', '#4d4d4d');
  const fg = cssVar('--vscode-badge-foreground', '#ffffff');
  ctx.textBaseline = 'middle';
  for (let i = 0; i < l.x.length; i++) {
    if (!sites[l.nameIndex[i]]) continue;
    const w = l.width[i] * scale;
    if (w < bw + 24) continue;
    const top = l.depth[i] * vp.rowHeight - vp.scrollTop;
    if (top + vp.rowHeight < 0 || top > vp.height) continue;
    const x = l.x[i] * scale + w - bw - 3;
    ctx.fillStyle = bg;
    ctx.fillRect(x, top + 3, bw, vp.rowHeight - 7);
    ctx.fillStyle = fg;
    ctx.fillText(MAP_BADGE_TEXT, x + pad, top + vp.rowHeight / 2 - 0.5);
  }
  ctx.fillStyle = palette.text;
}
