// Draws an icicle layout on a canvas. Layout is computed elsewhere (the worker); this only maps
// value units to pixels, culls to the viewport and batches fills by colour.
import type { FlameLayout } from '../../../src/shared/protocol/profileView';

/** Theme colours for the graph (resolved from --vscode-* variables by the caller). */
export interface FlamePalette {
  fills: string[];
  /** A comparison's colours: growth, shrink, and the rest of a frame's width (theme colours). */
  grow: string;
  shrink: string;
  neutral: string;
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

let cachedImage: ImageData | undefined;
let cachedPixels: Uint32Array | undefined;

/** The colours drawFlame resolves, in its order: fills, highlight, dim, background, grow, shrink, neutral. */
export function paletteColours(p: FlamePalette): string[] {
  return [...p.fills, p.highlight, p.dim, p.background, p.grow, p.shrink, p.neutral];
}

/** Opaque 0xAABBGGRR pixels for CSS colours blended over the background (little-endian ImageData). */
export function resolveColours(ctx: CanvasRenderingContext2D, colours: string[], background: string): Uint32Array {
  const out = new Uint32Array(colours.length);
  const probe = (c: string): number[] => {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, 1, 1);
    ctx.fillStyle = c;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    ctx.restore();
    return [d[0], d[1], d[2]];
  };
  colours.forEach((c, i) => {
    const [r, g, b] = probe(c);
    out[i] = (0xff << 24) | (b << 16) | (g << 8) | r;
  });
  return out;
}

/**
 * Draws the visible part; `match` marks rectangles that the search matches (null: no search).
 * Rectangles are written straight into a pixel buffer (one typed-array fill per pixel row), so
 * 100k of them cost a few milliseconds; only labels and the hover outline use canvas calls.
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
  pixels?: Uint32Array,
): number {
  const { width, height, scrollTop, rowHeight, dpr } = vp;
  const W = Math.round(width * dpr),
    H = Math.round(height * dpr);
  const nBuckets = palette.fills.length;
  const colours = pixels ?? resolveColours(ctx, paletteColours(palette), palette.background);
  // a comparison (pprof's diff flame graph): each frame's width is the |value| through it; the
  // part of it that is net growth (or shrink) is drawn in that colour from its left edge
  const delta = layout.delta;
  // One pixel buffer per canvas size, reused across redraws.
  if (!cachedImage || cachedImage.width !== W || cachedImage.height !== H) {
    cachedImage = ctx.createImageData(W, H);
    cachedPixels = new Uint32Array(cachedImage.data.buffer);
  }
  const image = cachedImage;
  const buf = cachedPixels!;
  buf.fill(colours[nBuckets + 2]);
  const n = layout.x.length;
  let drawn = 0;
  const labels: number[] = [];
  if (n > 0 && layout.total > 0) {
    const scale = (width / layout.total) * dpr;
    const firstDepth = Math.floor(scrollTop / rowHeight);
    const lastDepth = Math.ceil((scrollTop + height) / rowHeight);
    const rowPx = rowHeight * dpr;
    for (let i = 0; i < n; i++) {
      const d = layout.depth[i];
      if (d < firstDepth || d > lastDepth) continue;
      const w = layout.width[i] * scale;
      if (w < 0.5 * dpr) continue;
      const x0 = Math.max(0, Math.round(layout.x[i] * scale));
      // A one-pixel gap separates neighbours that are wide enough to spare it.
      const x1 = Math.min(W, Math.max(x0 + 1, Math.round(layout.x[i] * scale + w) - (w > 3 * dpr ? 1 : 0)));
      const top = Math.round(d * rowPx - scrollTop * dpr);
      const y0 = Math.max(0, top),
        y1 = Math.min(H, top + Math.round(rowPx) - Math.max(1, Math.round(dpr)));
      if (x1 <= x0 || y1 <= y0) continue;
      if (delta && !match) {
        const d = delta[i];
        const xd = Math.min(x1, x0 + Math.round(Math.abs(d) * scale));
        fillRect(buf, W, x0, xd, y0, y1, colours[d >= 0 ? nBuckets + 3 : nBuckets + 4]);
        fillRect(buf, W, xd, x1, y0, y1, colours[nBuckets + 5]);
      } else {
        fillRect(buf, W, x0, x1, y0, y1, colours[match ? (match[i] ? nBuckets : nBuckets + 1) : bucketOfName[layout.nameIndex[i]]]);
      }
      drawn++;
      if (w > 24 * dpr) labels.push(i);
    }
  }
  ctx.putImageData(image, 0, 0);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (drawn === 0) return 0;
  const scale = width / layout.total;
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
    ctx.strokeRect(
      layout.x[hover] * scale + 0.75,
      layout.depth[hover] * rowHeight - scrollTop + 0.75,
      Math.max(1, layout.width[hover] * scale - 1.5),
      rowHeight - 2.5,
    );
  }
  return drawn;
}

/** One rectangle of pixels [x0, x1) × [y0, y1). */
function fillRect(buf: Uint32Array, W: number, x0: number, x1: number, y0: number, y1: number, c: number): void {
  if (x1 <= x0) return;
  if (x1 - x0 <= 8) {
    // Narrow frames (most of a big graph): plain stores beat a fill() call per row.
    for (let y = y0, at = y0 * W; y < y1; y++, at += W) for (let x = x0; x < x1; x++) buf[at + x] = c;
  } else {
    for (let y = y0; y < y1; y++) buf.fill(c, y * W + x0, y * W + x1);
  }
}
