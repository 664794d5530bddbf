// A decoded profile's sample columns as a SampleSource: one block, the columns themselves. What the
// viewer's queries walk again and again, where `heaplens top` walks a scan of the bytes once.
import type { Profile, SampleSource } from './model';

/** The samples of a decoded profile. */
export function modelSamples(p: Profile): SampleSource {
  return {
    header: p,
    sampleCount: p.sampleCount,
    forEachBlock(visit) {
      visit({
        first: 0,
        count: p.sampleCount,
        locationStart: p.sampleLocationStart,
        locations: p.sampleLocations,
        values: p.sampleValues,
        isBase: p.sampleIsBase,
      });
    },
  };
}
