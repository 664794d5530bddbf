// The viewer's map sites (issue 19), joined in the host: the decode worker names the profile's
// leaf lines, the host finds their files as jump-to-source does, the lens worker (which has the
// Go parser) reads the map statements there, and the decode worker joins them with the samples.
import * as path from 'path';
import * as vscode from 'vscode';
import type { MapSitesView } from '../../shared/protocol/profileView';
import { parseGoBuild } from '../../shared/goVersion';
import type { WorkerClient } from '../../workers/decodeClient';
import { LensWorkerClient } from '../../workers/lensClient';
import { lensSettings } from '../lens/codeLens';
import { resolveSource } from './sourceResolver';

/** Files resolved at once: each may search the workspace. */
const RESOLVE_AT_ONCE = 8;

let parser: LensWorkerClient | undefined;

/** The parser's worker for map lines: started on the first map sites asked for, ended with the extension. */
function mapParser(distDir: string, context?: vscode.ExtensionContext): LensWorkerClient {
  if (!parser) {
    const p = new LensWorkerClient(path.join(distDir, 'lensWorker.js'));
    parser = p;
    context?.subscriptions.push({ dispose: () => (p.dispose(), parser === p && (parser = undefined)) });
  }
  return parser;
}

let extensionContext: vscode.ExtensionContext | undefined;
/** Bumped when a Go file or go.mod is saved: the map statements may have moved. */
let sourceGeneration = 0;

/** Lets the parser worker end with the extension, and saved sources renew the sites (called at registration). */
export function registerMapSites(context: vscode.ExtensionContext): void {
  extensionContext = context;
  context.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.languageId === 'go' || d.fileName.endsWith('go.mod')) sourceGeneration++;
    }),
  );
}

/** One tab's map sites, computed once per state of the view (sample type, comparison, Go setting). */
export class PanelMaps {
  private cached: { key: string; view: Promise<MapSitesView> } | undefined;

  constructor(
    private readonly client: () => WorkerClient,
    private readonly distDir: string,
  ) {}

  /** The map sites of the shown sample type. */
  async get(): Promise<MapSitesView> {
    const c = this.client();
    const candidates = await c.request('mapCandidates', {});
    const settings = lensSettings();
    const go = settings.goVersion ? parseGoBuild(settings.goVersion) : undefined;
    const key = JSON.stringify([candidates, go, settings.build, sourceGeneration]);
    if (this.cached?.key === key) return this.cached.view;
    const view = (async (): Promise<MapSitesView> => {
      if (candidates.note) return { sampleType: candidates.sampleType, sites: [], note: candidates.note };
      const files = await resolveAll(candidates.files);
      const answers = files.length ? await mapParser(this.distDir, extensionContext).mapLines({ files, build: settings.build }) : [];
      return c.request('mapSites', { sampleIndex: candidates.sampleIndex, answers, ...(go ? { go } : {}) });
    })();
    this.cached = { key, view };
    view.catch(() => {
      if (this.cached?.view === view) this.cached = undefined;
    });
    return view;
  }

  /** Forgets the sites (the profile is compared with another base, or reloaded). */
  forget(): void {
    this.cached = undefined;
  }
}

/** Each profile file's local file (a file: URI only: the parser reads the disk), as jump-to-source finds it. */
async function resolveAll(files: { file: string; lines: number[] }[]): Promise<{ file: string; path: string; lines: number[] }[]> {
  const out: { file: string; path: string; lines: number[] }[] = [];
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const f = files[next++];
      const uri = await resolveSource(f.file).catch(() => undefined);
      if (uri?.scheme === 'file') out.push({ file: f.file, path: uri.fsPath, lines: f.lines });
    }
  };
  await Promise.all(Array.from({ length: Math.min(RESOLVE_AT_ONCE, files.length) }, work));
  return out;
}
