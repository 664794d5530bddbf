// Comparing view settings: the webview's saved ones with those the worker has.
import type { ViewSettings } from './protocol/profileView';

/** Whether two settings select the same view (undefined is nothing saved, never equal). */
export function sameSettings(a: ViewSettings | undefined, b: ViewSettings): boolean {
  return (
    !!a &&
    a.sampleIndex === b.sampleIndex &&
    a.granularity === b.granularity &&
    a.filters.focus === b.filters.focus &&
    a.filters.ignore === b.filters.ignore &&
    a.filters.hide === b.filters.hide
  );
}
