// The results webview's page: the shared shell with the experiment view's bundle. Pure.
import { webviewPage } from '../webviewPage';

/** The page: the bundled script and stylesheet; data arrives as messages after 'ready'. */
export function experimentHtml(opts: { cspSource: string; scriptUri: string; styleUri: string; nonce: string }): string {
  return webviewPage({ ...opts, title: 'Map Experiment', body: '<main id="app" data-testid="experiment-app"></main>' });
}
