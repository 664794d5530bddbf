// The map badge on rows and flame frames that hold Go map memory (issue 19): text on the theme's
// badge colours, its tooltip the sites' figures. Text only: every string comes from the profile.
import type { MapSite } from '../../src/maps/model';
import { badgeTooltip, MAP_BADGE_TEXT } from '../../src/shared/mapText';
import { h } from '../common/dom';

/** Appends the badge to a cell (a row's name cell) when the row holds map sites. */
export function appendMapBadge(cell: HTMLElement, sites: readonly MapSite[], sampleType: string): void {
  if (sites.length === 0) return;
  const tip = badgeTooltip(sites, sampleType);
  cell.append(' ', h('span', { class: 'map-badge', 'data-testid': 'map-badge', title: tip, 'aria-label': `Go map memory: ${tip}` }, MAP_BADGE_TEXT));
}
