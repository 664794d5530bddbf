// Fetches one profile over http(s) with Node's own clients: one deadline for the whole exchange,
// a size cap checked as the bytes arrive, no redirects followed, no content decoding (the bytes
// kept are exactly the server's). Node only (http, https).
import * as http from 'node:http';
import * as https from 'node:https';
import { InputError } from '../shared/errors';
import { sniffProfile, type CaptureFormat } from './sniff';

/** The size cap: a heap profile of a large service is a few MiB; this is far past any real one. */
export const MAX_CAPTURE_BYTES = 512 * 1024 * 1024;
/** The deadline before the server's own `seconds` (spec/cli.md: 30 s + N). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Why a capture failed: refused and unreachable servers and timeouts are gaps in a watch, not failures. */
export type CaptureFailure = 'refused' | 'unreachable' | 'timeout' | 'http' | 'too-large' | 'not-profile' | 'cancelled' | 'network';

/** A capture that failed: one line naming the URL and the reason. */
export class CaptureError extends InputError {
  constructor(
    readonly url: string,
    readonly kind: CaptureFailure,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = kind === 'cancelled' ? 'CancelledError' : 'InputError';
  }
}

export interface FetchOptions {
  /** The whole exchange's deadline, connection to last byte (default 30 s + the URL's seconds). */
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

/** What the server sent. */
export interface Fetched {
  url: string;
  bytes: Buffer;
  format: CaptureFormat;
  contentType: string;
}

/** Fetches `url` and checks that the body is a profile; rejects with a CaptureError. */
export function fetchProfile(url: URL, opts: FetchOptions = {}): Promise<Fetched> {
  const shown = url.toString();
  const seconds = Number(url.searchParams.get('seconds')) || 0;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS + seconds * 1000;
  const maxBytes = opts.maxBytes ?? MAX_CAPTURE_BYTES;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new CaptureError(shown, 'network', `only http and https URLs can be captured, not ${url.protocol.replace(':', '')}`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Fetched>((resolve, reject) => {
    let settled = false;
    const fail = (kind: CaptureFailure, reason: string) => {
      if (settled) return;
      settled = true;
      cleanup();
      req.destroy();
      reject(new CaptureError(shown, kind, reason));
    };
    const timer = setTimeout(() => fail('timeout', `no complete answer within ${formatSeconds(timeoutMs)} (timed out)`), timeoutMs);
    const onAbort = () => fail('cancelled', 'cancelled');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };

    // No Accept-Encoding: the server sends its bytes as they are (Go's pprof handler gzips its own).
    // A connection of its own (agent: false): a kept-alive socket to a program that restarted fails as a reset, not as the refusal it is.
    const req = client.get(url, { agent: false, headers: { 'User-Agent': 'heaplens-capture', Accept: '*/*' } }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      const declared = Number(res.headers['content-length']);
      if (status >= 300 && status < 400) {
        const to = res.headers.location ? ` to ${res.headers.location}` : '';
        return fail('http', `HTTP ${status} ${res.statusMessage ?? ''}: the server redirects${to} (capture that URL instead)`.replace(/ +:/, ':'));
      }
      if (status < 200 || status >= 300) {
        // Go's pprof handlers explain errors in a short text body: read a little of it.
        return readSome(res, 300).then((text) => {
          const why = oneLineOf(text);
          fail('http', `HTTP ${status}${res.statusMessage ? ' ' + res.statusMessage : ''}${why ? ` (${why})` : ''}`);
        });
      }
      if (Number.isFinite(declared) && declared > maxBytes)
        return fail('too-large', `the profile would be ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} cap`);
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) return fail('too-large', `the answer is over the ${formatBytes(maxBytes)} cap`);
        chunks.push(c);
      });
      res.on('error', (e) => fail('network', `the connection broke: ${e.message}`));
      res.on('aborted', () => fail('network', 'the server closed the connection before the end of the profile'));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) return fail('network', 'the server closed the connection before the end of the profile');
        const bytes = Buffer.concat(chunks, size);
        const sniffed = sniffProfile(bytes, contentType);
        if ('problem' in sniffed) return fail('not-profile', sniffed.problem);
        settled = true;
        cleanup();
        resolve({ url: shown, bytes, format: sniffed.format, contentType });
      });
    });
    if (opts.signal?.aborted) onAbort();
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      const code = e.code ?? '';
      if (code === 'ECONNREFUSED') fail('refused', 'connection refused (is the program running and serving net/http/pprof there?)');
      else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') fail('unreachable', `host ${url.hostname} not found`);
      else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') fail('unreachable', `host ${url.hostname} is unreachable`);
      else if (code === 'ECONNRESET') fail('network', 'the server closed the connection');
      else fail('network', e.message || code);
    });
  });
}

/** Up to `limit` characters of a response body, for an error line. */
function readSome(res: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (c: string) => {
      text += c;
      if (text.length >= limit) {
        res.destroy();
        resolve(text.slice(0, limit));
      }
    });
    res.on('end', () => resolve(text));
    res.on('error', () => resolve(text));
    res.on('close', () => resolve(text));
  });
}

/** A server's text as part of one line: no HTML, no control characters, short. */
function oneLineOf(text: string): string {
  if (/^\s*</.test(text)) return '';
  const printable = Array.from(text, (c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c)).join('');
  const line = printable.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? line.slice(0, 117) + '…' : line;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${n} bytes`;
}
