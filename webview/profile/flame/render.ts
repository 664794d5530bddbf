// Draws an icicle layout on a canvas. Layout is computed elsewhere (the worker); this only maps
// value units to pixels, culls to the viewport and batches fills by colour.
import type { FlameLayout } from '../../../src/shared/protocol';

/** Theme colours for the graph (resolved from --vscode-* variables by the caller). */
export interface FlamePalette {
  fills: string[];
  dim: string;
  highlight: string;
  text: string;
  background: string;
  hoverStroke: string;
}

/** What part of the graph is on screen, in CSS pixels. */
export interface FlameViewport {
  width: number;
  height: number;
  scrollTop: number;
  rowHeight: number;
  dpr: number;
}

/** Stable colour bucket per name, so a function keeps its colour across zooms. */
export function colourBucket(name: string, buckets: number): number {
  let h = 2166136261;
  // Colour by package so related frames look alike.
  const pkg = name.replace(/\.[^./]*$/, '').replace(/\(.*$/, '');
  for (let i = 0; i < pkg.length; i++) h = Math.imul(h ^ pkg.charCodeAt(i), 16777619);
  return (h >>> 0) % buckets;
}

/** Index of the rectangle under a point (CSS px in the scrolled content), or -1. */
export function hitTest(layout: FlameLayout, width: number, rowHeight: number, x: number, y: number): number {
  const depth = Math.floor(y / rowHeight);
  const scale = layout.total > 0 ? width / layout.total : 0;
  for (let i = 0; i < layout.x.length; i++) {
    if (layout.depth[i] !== depth) continue;
    const left = layout.x[i] * scale;
    if (x >= left && x < left + layout.width[i] * scale) return i;
  }
  return -1;
}

/**
 * Draws the visible part; `match` marks rectangles that the search matches (null: no search).
 * Returns the number of rectangles drawn.
 */
export function drawFlame(
  ctx: CanvasRenderingContext2D,
  layout: FlameLayout,
  vp: FlameViewport,
  palette: FlamePalette,
  bucketOfName: Uint16Array,
  match: Uint8Array | null,
  hover: number,
): number {
  const { width, height, scrollTop, rowHeight, dpr } = vp;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, width, height);
  const n = layout.x.length;
  if (n === 0 || layout.total <= 0) return 0;
  const scale = width / layout.total;
  const firstDepth = Math.floor(scrollTop / rowHeight);
  const lastDepth = Math.ceil((scrollTop + height) / rowHeight);
  const nBuckets = palette.fills.length;
  // One path per colour: a fill call per colour instead of per rectangle.
  const paths: Path2D[] = Array.from({ length: nBuckets + 2 }, () => new Path2D());
  const labels: number[] = [];
  let drawn = 0;
  for (let i = 0; i < n; i++) {
    const d = layout.depth[i];
    if (d < firstDepth || d > lastDepth) continue;
    const w = layout.width[i] * scale;
    if (w < 0.5) continue;
    const x = layout.x[i] * scale;
    const y = d * rowHeight - scrollTop;
    const bucket = match ? (match[i] ? nBuckets : nBuckets + 1) : bucketOfName[layout.nameIndex[i]];
    paths[bucket].rect(x, y, Math.max(0.5, w - (w > 3 ? 1 : 0)), rowHeight - 1);
    drawn++;
    if (w > 24) labels.push(i);
  }
  for (let b = 0; b < paths.length; b++) {
    ctx.fillStyle = b < nBuckets ? palette.fills[b] : b === nBuckets ? palette.highlight : palette.dim;
    ctx.fill(paths[b]);
  }
  ctx.fillStyle = palette.text;
  ctx.textBaseline = 'middle';
  const charW = ctx.measureText('m').width || 7;
  for (const i of labels) {
    const w = layout.width[i] * scale;
    const maxChars = Math.floor((w - 6) / charW);
    if (maxChars < 2) continue;
    const name = layout.names[layout.nameIndex[i]];
    const text = name.length > maxChars ? name.slice(0, maxChars - 1) + '…' : name;
    ctx.fillText(text, layout.x[i] * scale + 3, layout.depth[i] * rowHeight - scrollTop + rowHeight / 2);
  }
  if (hover >= 0 && hover < n) {
    ctx.strokeStyle = palette.hoverStroke;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(layout.x[hover] * scale + 0.75, layout.depth[hover] * rowHeight - scrollTop + 0.75, Math.max(1, layout.width[hover] * scale - 1.5), rowHeight - 2.5);
  }
  return drawn;
}
