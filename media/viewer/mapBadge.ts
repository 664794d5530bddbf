// The map badge on rows that hold Go map memory (issue 19), on the theme's badge colours, its
// tooltip the sites' figures. Its visible word is CSS generated content (style.css: .map-badge),
// so the name cell's text stays exactly pprof's name for whoever reads the row as text (copy,
// search, the e2e row readers); screen readers get the role="img" element's aria-label.
// Text only: every string comes from the profile.
import type { MapSite } from '../../src/maps/model';
import { badgeTooltip } from '../../src/shared/mapText';
import { h } from '../common/dom';

/** Appends the badge to a cell (a row's name cell) when the row holds map sites; returns its tooltip. */
export function appendMapBadge(cell: HTMLElement, sites: readonly MapSite[], sampleType: string): string | undefined {
  if (sites.length === 0) return undefined;
  const tip = badgeTooltip(sites, sampleType);
  cell.append(h('span', { class: 'map-badge', role: 'img', 'data-testid': 'map-badge', title: tip, 'aria-label': `Go map memory: ${tip}` }));
  return tip;
}
