// Runs scripts/provision-e2e.sh and reads the tool paths it prints, so the suite never guesses.
import { spawnSync } from 'child_process';
import * as path from 'path';

export interface Tools {
  node: string;
  codeServer: string;
  chromium: string;
}

export const repoRoot = path.resolve(__dirname, '../..');

/** Provisions (or finds cached) Node 24, code-server and Chromium; throws with the script's message on failure. */
export function provision(): Tools {
  const script = path.join(repoRoot, 'scripts', 'provision-e2e.sh');
  const r = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const out = r.stdout ?? '';
  process.stdout.write(
    out
      .split('\n')
      .filter((l) => !l.startsWith('HEAPLENS_E2E_'))
      .join('\n'),
  );
  if (r.status !== 0) throw new Error(`provisioning failed (exit ${r.status}): see the provision-e2e lines above`);
  const env = new Map<string, string>();
  for (const line of out.split('\n')) {
    const m = /^(HEAPLENS_E2E_\w+)=(.*)$/.exec(line);
    if (m) env.set(m[1], m[2]);
  }
  const get = (k: string) => {
    const v = env.get(k);
    if (!v) throw new Error(`provisioning printed no ${k}`);
    return v;
  };
  return { node: get('HEAPLENS_E2E_NODE'), codeServer: get('HEAPLENS_E2E_CODE_SERVER'), chromium: get('HEAPLENS_E2E_CHROMIUM') };
}
