// The decode worker (worker_threads): decodes one profile and keeps it, answering the webview's
// queries so profile-sized data never sits on the extension host thread; the host only relays.
import { parentPort } from 'worker_threads';
import { readFileSync, readlinkSync } from 'fs';
import { setPriority } from 'os';
import type { FromWorker, ToWorker } from '../shared/protocol/profileView';
import { oneLine } from '../shared/errors';
import { decodeProfile } from '../profile';
import { stackSourceFromModel } from '../profile/fromModel';
import { ProfileSession } from '../profile/session';

let session: ProfileSession | undefined;

/** Files from this size on decode for seconds: batch work, behind the editor. */
const BATCH_BYTES = 4 * 1024 * 1024;

// A long decode is batch work: on Linux, lower this thread's priority (setpriority on its thread
// id) so the editor keeps the CPU on a busy machine; only to nice 5, as lower starves the decode.
// Small files stay at normal priority: their first paint is what the user waits for.
function yieldToEditor(): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (tid > 0) setPriority(tid, 5);
  } catch {
    // Not Linux, or not allowed: run at normal priority.
  }
}

function post(msg: FromWorker): void {
  parentPort!.postMessage(msg);
}

parentPort?.on('message', (msg: ToWorker) => {
  try {
    switch (msg.type) {
      case 'open': {
        const bytes = msg.data ?? readFileSync(msg.path!);
        if (bytes.byteLength >= BATCH_BYTES) yieldToEditor();
        session = new ProfileSession(msg.file, stackSourceFromModel(decodeProfile(bytes)), msg.settings);
        post({ type: 'opened', ok: true });
        return;
      }
      case 'query':
        if (!session) return;
        for (const reply of session.handle(msg.message)) post({ type: 'reply', message: reply });
        return;
      case 'lineValues':
        if (session) post({ type: 'lineValues', requestId: msg.requestId, values: session.lineValues() });
        return;
    }
  } catch (e) {
    if (msg.type === 'open') post({ type: 'failed', message: oneLine(e) });
    else post({ type: 'reply', message: { type: 'notice', message: oneLine(e) } });
  }
});
