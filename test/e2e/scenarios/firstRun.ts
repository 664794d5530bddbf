// First run: "HeapLens: Open Sample Heap Profile" shows the bundled sample in the viewer.
import { strict as assert } from 'assert';
import type { Scenario } from '../scenario';
import { readTopTable, tableRowSelector } from '../viewer';

export const sampleProfile: Scenario = {
  id: 'sample-profile',
  title: 'palette "Open Sample Heap Profile" opens the bundled sample in the viewer',
  async run({ wb }) {
    await wb.runCommand('HeapLens: Open Sample Heap Profile');
    const frame = await wb.waitForWebview(tableRowSelector, 30_000).catch(async (e) => {
      throw new Error(`${(e as Error).message}; notifications: ${JSON.stringify(await wb.notifications())}`);
    });
    await wb.screenshot('sample-profile');
    assert.ok((await readTopTable(frame)).length > 0, 'the sample shows no rows');
    assert.deepEqual(await wb.errorNotifications(), [], 'error notifications');
  },
};
