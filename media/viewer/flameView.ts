// The flame graph (icicle) on a canvas: click to zoom, breadcrumbs back out, tooltip, search
// highlight, theme colours. Layouts come from the worker per zoom root.
import type { FlameLayout, SourceRef } from '../../src/shared/protocol/profileView';
import { cssVar, h } from '../common/dom';
import type { App } from './app';
import { colourBucket, drawFlame, hitTest, paletteColours, resolveColours, type FlamePalette } from './flame/render';
import { drawMapBadges, flameMapSites } from './flameMaps';
import { badgeTooltip } from '../../src/shared/mapText';

const ROW = 18;

/** The flame graph view. */
export class FlameView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly scroller: HTMLElement;
  private readonly sizer: HTMLElement;
  private readonly crumbs: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly info: HTMLElement;
  private layout: FlameLayout | undefined;
  /** A layout received and not drawn yet. */
  private undrawn = false;
  private buckets = new Uint16Array(0);
  private match: Uint8Array | null = null;
  private palette: FlamePalette | undefined;
  private colours: Uint32Array | undefined;
  private hover = -1;
  private frame = 0;
  /** Milliseconds the last redraw took (shown for the e2e figures). */
  lastDrawMs = 0;
  rootId = 0;

  constructor(private readonly app: App) {
    this.crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Zoom path', 'data-testid': 'flame-breadcrumbs' });
    this.canvas = h('canvas', {
      'data-testid': 'flame-canvas',
      tabindex: '0',
      role: 'img',
      'aria-label': 'Flame graph; click a frame to zoom, Escape to zoom out',
    });
    this.sizer = h('div', { class: 'flame-sizer' });
    this.scroller = h('div', { class: 'flame-scroller' }, this.sizer, this.canvas);
    this.tooltip = h('div', { class: 'tooltip', role: 'tooltip', 'data-testid': 'flame-tooltip' });
    this.info = h('div', { class: 'status', 'data-testid': 'flame-status' });
    this.element = h('div', { class: 'view flame-view', 'data-testid': 'flame-view' }, this.crumbs, this.scroller, this.info, this.tooltip);
    this.scroller.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
    this.canvas.addEventListener('mousemove', (e) => this.onMove(e));
    this.canvas.addEventListener('mouseleave', () => {
      this.hover = -1;
      this.tooltip.style.display = 'none';
      this.schedule();
    });
    this.canvas.addEventListener('click', (e) => {
      const i = this.at(e);
      if (i >= 0 && this.layout) this.zoom(this.layout.nodeId[i]);
    });
    this.canvas.addEventListener('dblclick', (e) => {
      const i = this.at(e);
      const l = this.layout;
      if (i >= 0 && l) this.app.openSource({ file: l.files[l.nameIndex[i]], line: l.lines[l.nameIndex[i]], name: l.names[l.nameIndex[i]] });
    });
    this.canvas.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.layout && this.layout.path.length > 1) {
        e.preventDefault();
        this.zoom(this.layout.path[this.layout.path.length - 2].id);
      } else if (e.key === 'Home') {
        e.preventDefault();
        this.zoom(0);
      }
    });
  }

  /** A zoom waiting for the tab to show (show): the layout is asked for only for a shown graph. */
  private pendingZoom: number | undefined;

  /** zoom now when the tab is shown, else once it is (shown); the old layout is not drawn meanwhile. */
  zoomWhenShown(nodeId: number, visible: boolean): void {
    if (visible) {
      this.zoom(nodeId);
      return;
    }
    this.rootId = nodeId;
    this.pendingZoom = nodeId;
    this.layout = undefined;
  }

  /** The tab is shown: the zoom zoomWhenShown kept, if any. */
  shown(): void {
    const nodeId = this.pendingZoom;
    if (nodeId !== undefined) this.zoom(nodeId);
  }

  /** Asks the worker for the layout under a node (0: everything); a later zoom cancels this one, as does the controller returned. */
  zoom(nodeId: number): AbortController {
    this.pendingZoom = undefined;
    this.rootId = nodeId;
    // Half a device pixel of the full width: anything narrower is invisible.
    const px = Math.max(200, this.scroller.clientWidth || 800) * (window.devicePixelRatio || 1);
    const asked = this.app.ask('flame', { rootId: nodeId, minWidthFraction: 0.5 / px }, (l) => this.receive(arrayLike(l)), { slot: 'flame' });
    this.app.saveState();
    return asked;
  }

  /** The zoomed-into frame's source (none at "all"), for "Open Source". */
  selectedSource(): SourceRef | undefined {
    const path = this.layout?.path ?? [];
    const at = path[path.length - 1];
    return path.length > 1 && at ? { file: at.file, line: at.line, name: at.name } : undefined;
  }

  private receive(layout: FlameLayout): void {
    this.layout = layout;
    this.undrawn = true;
    this.rootId = layout.rootId;
    this.buckets = Uint16Array.from(layout.names, (n) => colourBucket(n, 8));
    this.updateMatch();
    this.renderCrumbs();
    let maxDepth = 0;
    for (let i = 0; i < layout.depth.length; i++) if (layout.depth[i] > maxDepth) maxDepth = layout.depth[i];
    this.sizer.style.height = `${(maxDepth + 1) * ROW}px`;
    this.info.textContent = `${layout.x.length.toLocaleString()} frames` + (layout.culled ? ` (${layout.culled.toLocaleString()} too narrow to draw)` : '');
    this.schedule();
  }

  /** The map sites of each name of the layout (per names index), for the badges. */
  private mapSites() {
    return flameMapSites(this.layout, this.app.maps(), this.app.summary()?.settings.granularity ?? 'functions');
  }

  /** Theme or search changed. */
  refresh(): void {
    this.palette = undefined;
    this.updateMatch();
    this.schedule();
  }

  private updateMatch(): void {
    const re = this.app.search();
    const l = this.layout;
    if (!re || !l) {
      this.match = null;
      return;
    }
    const nameHit = l.names.map((n) => ((re.lastIndex = 0), re.test(n)));
    this.match = Uint8Array.from(l.nameIndex, (k) => (nameHit[k] ? 1 : 0));
  }

  private renderCrumbs(): void {
    this.crumbs.textContent = '';
    const path = this.layout?.path ?? [];
    path.forEach((p, i) => {
      const b = h('button', { class: 'crumb', 'data-testid': 'flame-crumb' }, i === 0 ? 'all' : p.name);
      b.addEventListener('click', () => this.zoom(p.id));
      if (i > 0) this.crumbs.append(h('span', { class: 'sep' }, '›'));
      this.crumbs.append(b);
    });
  }

  private at(e: MouseEvent): number {
    if (!this.layout) return -1;
    const r = this.canvas.getBoundingClientRect();
    return hitTest(this.layout, r.width, ROW, e.clientX - r.left, e.clientY - r.top + this.scroller.scrollTop);
  }

  private onMove(e: MouseEvent): void {
    const i = this.at(e);
    const l = this.layout;
    if (i !== this.hover) {
      this.hover = i;
      this.schedule();
    }
    if (i < 0 || !l) {
      this.tooltip.style.display = 'none';
      return;
    }
    const total = l.delta ? l.delta[i] : l.width[i];
    this.tooltip.textContent = '';
    this.tooltip.append(
      h('div', { class: 'tt-name' }, l.names[l.nameIndex[i]]),
      h(
        'div',
        {},
        `${l.delta ? 'change' : 'total'} ${this.app.fmt(total)} (${this.app.pct(total)} of ${l.delta ? 'the base' : 'all'}, ${((l.width[i] / l.total) * 100).toFixed(2)}% of view)`,
      ),
      h('div', {}, `self ${this.app.fmt(l.self[i])} (${this.app.pct(l.self[i])})`),
    );
    const sites = this.mapSites()[l.nameIndex[i]];
    if (sites?.length)
      this.tooltip.append(h('div', { class: 'tt-map', 'data-testid': 'flame-map-tooltip' }, `map: ${badgeTooltip(sites, this.app.maps().sampleType)}`));
    if (l.delta)
      this.tooltip.append(h('div', { class: 'tt-note' }, `width: ${this.app.fmt(Math.abs(l.width[i])).replace(/^\+/, '')} of samples in either profile`));
    this.tooltip.style.display = 'block';
    const host = this.element.getBoundingClientRect();
    const x = Math.min(e.clientX - host.left + 14, host.width - 320);
    this.tooltip.style.transform = `translate(${Math.max(0, x)}px, ${e.clientY - host.top + 14}px)`;
  }

  private schedule(): void {
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
  }

  /** Draws now; returns the number of rectangles drawn. */
  draw(): number {
    const l = this.layout;
    const w = this.scroller.clientWidth,
      hgt = this.scroller.clientHeight;
    if (!l || w === 0 || hgt === 0) return 0;
    const dpr = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(w * dpr) || this.canvas.height !== Math.round(hgt * dpr)) {
      this.canvas.width = Math.round(w * dpr);
      this.canvas.height = Math.round(hgt * dpr);
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${hgt}px`;
    }
    this.canvas.style.top = `${this.scroller.scrollTop}px`;
    const ctx = this.canvas.getContext('2d')!;
    ctx.font = `${cssVar('--vscode-editor-font-size', '12px').replace(/^(\d+)$/, '$1px')} ${cssVar('--vscode-font-family', 'sans-serif')}`;
    if (!this.palette || !this.colours) {
      this.palette = readPalette();
      this.colours = resolveColours(ctx, paletteColours(this.palette), this.palette.background);
    }
    const t0 = performance.now();
    const n = drawFlame(
      ctx,
      l,
      { width: w, height: hgt, scrollTop: this.scroller.scrollTop, rowHeight: ROW, dpr },
      this.palette,
      this.buckets,
      this.match,
      this.hover,
      this.colours,
    );
    drawMapBadges(ctx, l, this.mapSites(), { width: w, height: hgt, scrollTop: this.scroller.scrollTop, rowHeight: ROW }, this.palette);
    this.lastDrawMs = performance.now() - t0;
    this.canvas.dataset.drawMs = this.lastDrawMs.toFixed(2);
    this.canvas.dataset.drawn = String(n);
    // When a new layout was first drawn (wall clock): the end-to-end test times the flame graph with it.
    if (this.undrawn) this.canvas.dataset.drawnAt = String(Date.now());
    this.undrawn = false;
    return n;
  }
}

/** Typed arrays arrive as such from VS Code; a plain-JSON transport turns them into objects. */
function arrayLike(l: FlameLayout): FlameLayout {
  const fix = <T>(v: T): T => (v && typeof v === 'object' && !('length' in (v as object)) ? (Object.values(v as object) as unknown as T) : v);
  return {
    ...l,
    x: fix(l.x),
    width: fix(l.width),
    depth: fix(l.depth),
    nameIndex: fix(l.nameIndex),
    self: fix(l.self),
    nodeId: fix(l.nodeId),
    ...(l.delta ? { delta: fix(l.delta) } : {}),
  };
}

/** Colours from the theme, so light, dark and high-contrast all read. */
function readPalette(): FlamePalette {
  const names = ['red', 'orange', 'yellow', 'green', 'blue', 'purple'];
  const fills = names.map((c) => cssVar(`--vscode-charts-${c}`, '#c08040'));
  const soft = fills.map((f) => withAlpha(f, 0.55));
  return {
    fills: [...fills.map((f) => withAlpha(f, 0.8)), soft[1], soft[4]],
    dim: withAlpha(cssVar('--vscode-disabledForeground', '#888888'), 0.25),
    highlight:
      visible(cssVar('--vscode-editor-findMatchHighlightBackground', '#ea5c0055')) ??
      // High-contrast themes mark matches with a border colour and a transparent background.
      cssVar('--vscode-contrastActiveBorder', cssVar('--vscode-focusBorder', '#f38518')),
    // growth red and shrink green, as pprof's diff views colour them, in the theme's chart colours
    grow: withAlpha(cssVar('--vscode-charts-red', '#e51400'), 0.85),
    shrink: withAlpha(cssVar('--vscode-charts-green', '#388a34'), 0.85),
    neutral: withAlpha(cssVar('--vscode-disabledForeground', '#888888'), 0.3),
    text: cssVar('--vscode-editor-foreground', '#000000'),
    background: cssVar('--vscode-editor-background', '#ffffff'),
    hoverStroke: cssVar('--vscode-focusBorder', '#0078d4'),
  };
}

/** The colour, or undefined when it is fully transparent. */
function visible(colour: string): string | undefined {
  return /^#[0-9a-f]{6}00$/i.test(colour) || /^#[0-9a-f]{3}0$/i.test(colour) || colour === 'transparent' || /,\s*0\)$/.test(colour) ? undefined : colour;
}

/** "#rrggbb" (or rgb()) with an alpha; other syntaxes unchanged. */
function withAlpha(colour: string, a: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (m)
    return `#${m[1]}${Math.round(a * 255)
      .toString(16)
      .padStart(2, '0')}`;
  const r = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  return r ? `rgba(${r[1]}, ${r[2]}, ${r[3]}, ${a})` : colour;
}
