// Installs the packaged extension into a fresh extensions folder and serves a workspace on loopback.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import type { Tools } from './provision';

export interface Server {
  url: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

/** The flags every code-server run shares: no auth, no telemetry, no update checks, trusted folder. */
function baseArgs(userDataDir: string, extensionsDir: string): string[] {
  return [
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
}

/** `code-server --install-extension vsix`; throws with code-server's own output when it fails. Returns the installed folder (named `prefix…`). */
export function installExtension(tools: Tools, vsix: string, userDataDir: string, extensionsDir: string, prefix = 'heaplens.heaplens-'): string {
  const r = spawnSync(tools.node, [tools.codeServer, ...baseArgs(userDataDir, extensionsDir), '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) throw new Error(`code-server --install-extension ${path.basename(vsix)} failed (exit ${r.status}): ${out}`);
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(prefix));
  if (installed.length !== 1) throw new Error(`after --install-extension, ${extensionsDir} holds ${JSON.stringify(installed)}`);
  return installed[0];
}

/** A free loopback port, asked from the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resolves when the server answers HTTP, rejects if it exits or takes longer than timeoutMs. */
async function waitForHttp(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; log: ${logFile}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms; log: ${logFile}`);
}

/** Starts code-server on 127.0.0.1 serving `folder`; its output goes to logFile. */
export async function startServer(tools: Tools, folder: string, userDataDir: string, extensionsDir: string, logFile: string): Promise<Server> {
  const port = await freePort();
  const log = fs.openSync(logFile, 'w');
  const child = spawn(tools.node, [tools.codeServer, ...baseArgs(userDataDir, extensionsDir), '--bind-addr', `127.0.0.1:${port}`, folder], {
    stdio: ['ignore', log, log],
    detached: true,
    env: { ...process.env, PATH: `${path.dirname(tools.node)}:${process.env.PATH}` },
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      // Its own process group, so the extension host and file watchers it started end with it.
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, s);
        } catch {
          /* already gone */
        }
      };
      signal('SIGTERM');
      setTimeout(() => {
        if (child.exitCode === null) signal('SIGKILL');
      }, 5000).unref();
    });
  try {
    await waitForHttp(`${url}healthz`, child, logFile, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, logFile, stop };
}
