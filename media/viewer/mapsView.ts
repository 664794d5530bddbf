// The Maps view (issue 19): the Go map sites of the shown sample type, as `heaplens maps --json`
// lists them, each with links to its make/insert line and to each clear that keeps it. It also
// holds the sites for the other views' badges. Every profile string goes in as text.
import type { MapSite } from '../../src/maps/model';
import type { MapSitesView, ProfileSummary, SourceRef } from '../../src/shared/protocol/profileView';
import { formatBytes, formatCount } from '../../src/shared/format';
import { goBuildLabel } from '../../src/shared/goVersion';
import { MapIndex, siteTooltip } from '../../src/shared/mapText';
import { h } from '../common/dom';
import type { App } from './app';

/** The Maps view. */
export class MapsView {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  /** The sites the badges read; empty until the host answers. */
  index = new MapIndex();
  private selected: SourceRef | undefined;

  constructor(
    private readonly app: App,
    /** The sites arrived: the other views draw their badges. */
    private readonly changed: () => void,
  ) {
    this.status = h('div', { class: 'status maps-status', 'data-testid': 'maps-status', 'aria-live': 'polite' });
    this.list = h('div', { class: 'maps-list', 'data-testid': 'maps-list' });
    this.element = h('div', { class: 'view maps-view', 'data-testid': 'maps-view' }, this.status, this.list);
  }

  /** The sample type and base the sites shown are of (filters do not change them). */
  private shownFor: string | undefined;

  /** New settings (or a new comparison): asks the host for the sites of the shown sample type, unless they are shown. */
  reset(s: ProfileSummary): void {
    const key = JSON.stringify([s.settings.sampleIndex, s.base?.file ?? null]);
    if (key === this.shownFor) return;
    this.shownFor = undefined;
    this.index = new MapIndex();
    this.selected = undefined;
    this.list.textContent = '';
    this.status.textContent = 'Finding the Go maps in the profile…';
    this.app.ask('mapSites', {}, (v) => ((this.shownFor = key), this.receive(v)), {
      slot: 'maps',
      onError: (e) => {
        this.status.textContent = `Map sites not found: ${e.message}`;
      },
    });
  }

  /** The focused link's source, for "Open Source". */
  selectedSource(): SourceRef | undefined {
    return this.selected;
  }

  private receive(v: MapSitesView): void {
    this.index = new MapIndex(v.sites, v.sampleType);
    this.list.textContent = '';
    if (v.note) this.status.textContent = v.note;
    else if (v.sites.length === 0) this.status.textContent = `No Go maps found in ${v.sampleType}.`;
    else {
      const total = v.sites.reduce((t, s) => t + s.bytes, 0);
      this.status.textContent = `${v.sites.length} map site${v.sites.length === 1 ? '' : 's'} holding ${formatBytes(total)} of ${v.sampleType}`;
    }
    for (const s of v.sites) this.list.append(this.siteCard(s, v.sampleType));
    // no sites: the views have no badges to draw, nothing to redraw
    if (v.sites.length) this.changed();
  }

  private siteCard(s: MapSite, sampleType: string): HTMLElement {
    const title = h(
      'div',
      { class: 'map-title' },
      h('span', { class: 'map-type', 'data-testid': 'map-type' }, s.type ?? 'map (type unknown: source not found)'),
      ` ${s.impl} (Go ${goBuildLabel(s.go)})`,
      s.how ? ` · ${s.how}` : '',
    );
    const figures = h(
      'div',
      { class: 'map-figures' },
      h('span', { 'data-testid': 'map-bytes' }, `${formatBytes(s.bytes)} ${sampleType}`),
      ` in ${objects(s.objects)}`,
      s.capacity === null ? '' : ` · room for ${formatCount(s.capacity)} entries`,
    );
    const where = h('div', { class: 'map-where' }, `${s.function} at `, this.link(s.file, s.line, s.function, 'map-site-link'));
    const parts = h('ul', { class: 'map-parts' });
    for (const p of s.parts) {
      parts.append(h('li', {}, `${p.kind ?? 'objects'} of ${p.size} B: ${formatBytes(p.bytes)} in ${objects(p.objects)}`));
    }
    const card = h('section', { class: 'map-site', 'data-testid': 'map-site', 'aria-label': siteTooltip(s, sampleType) }, title, figures, where, parts);
    if (s.clears.length) {
      const clears = h('div', { class: 'map-clears' });
      s.clears.forEach((c, i) => {
        clears.append(i === 0 ? '' : ', ', 'clear at ', this.link(c.file, c.line, `clear in ${s.function}`, 'map-clear-link'), ' keeps them');
      });
      card.append(clears);
    }
    return card;
  }

  /** A keyboard-reachable link to a profile file's line, opened as jump-to-source opens it. */
  private link(file: string, line: number, name: string, testId: string): HTMLElement {
    const src: SourceRef = { file, line, name };
    const b = h('button', { class: 'link', 'data-testid': testId, title: `Go to ${file}:${line}` }, `${file}:${line}`);
    b.addEventListener('click', () => this.app.openSource(src));
    b.addEventListener('focus', () => (this.selected = src));
    return b;
  }
}

/** "1 object", "20,065 objects" (scaled counts are rounded first). */
function objects(n: number): string {
  const r = Math.round(n);
  return `${formatCount(r)} ${r === 1 ? 'object' : 'objects'}`;
}
