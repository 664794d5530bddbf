// Runs in the extension host: mocha over the integration tests, with the plain closing line.
import Mocha from 'mocha';
import { defineTests } from './extension.test';

/** Entry point @vscode/test-electron calls inside VS Code. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  // Give the test file mocha's globals (describe, it) before it defines its tests.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  defineTests();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
