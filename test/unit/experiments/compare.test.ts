import { strict as assert } from 'assert';
import { compareSteps, withinTolerance } from '../../../src/realgo/compare';

describe('experiments: real vs simulated rows', () => {
  it('allows max(2%, 8 KiB) for live bytes', () => {
    assert.equal(withinTolerance(1_000_000, 1_019_000, 2), true);
    assert.equal(withinTolerance(1_000_000, 1_021_000, 2), false);
    assert.equal(withinTolerance(100, 8_292, 2), true);
    assert.equal(withinTolerance(100, 8_293, 2), false);
  });

  it('matches steps by name and gives the difference in percent of the real figure', () => {
    const rows = compareSteps(
      [
        { step: 'make', live_bytes: 48, alloc_bytes: 48, alloc_objects: 1 },
        { step: 'fill', live_bytes: 200_000, alloc_bytes: 400_000, alloc_objects: 50 },
      ],
      [{ step: 'fill', live_bytes: 210_000, alloc_bytes: 400_000, alloc_objects: 50 }],
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0].step, 'fill');
    assert.equal(rows[0].live_diff_pct, 5);
    assert.equal(rows[0].alloc_diff_pct, 0);
    assert.equal(rows[0].agrees, false);
  });
});
