// Capture URLs as `go tool pprof URL` takes them: host:port alone means the heap endpoint;
// only http and https; `?seconds=N` for delta and CPU profiles. Pure.
import { UsageError } from '../shared/errors';

/** The endpoint a bare `host:port` means (spec/cli.md). */
export const DEFAULT_PATH = '/debug/pprof/heap';

/** The profile kinds net/http/pprof serves, by their endpoint name. */
export const PROFILE_KINDS = ['heap', 'allocs', 'goroutine', 'mutex', 'block', 'profile'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/**
 * The URL to fetch for `input` (a full http(s) URL, or `host:port`), with `seconds=N` when
 * given. Anything but http and https, or an unparsable address, is a usage error.
 */
export function resolveCaptureUrl(input: string, seconds?: number): URL {
  const text = input.trim();
  let url: URL;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    const s = scheme[1].toLowerCase();
    if (s !== 'http' && s !== 'https') throw new UsageError(`${text}: only http and https URLs can be captured, not ${s}`);
    url = parse(text);
  } else {
    // host:port, host:port/path, or [v6]:port: http, as go tool pprof assumes.
    if (!/^(\[[0-9a-f:.]+\]|[^\s/:?#]+):\d+(\/.*)?$/i.test(text)) {
      throw new UsageError(`${text}: not a URL (expected http(s)://host:port${DEFAULT_PATH} or host:port)`);
    }
    url = parse(`http://${text}`);
  }
  // The bare host, or pprof's index page (HTML): the heap profile is what is meant.
  if (url.pathname === '' || url.pathname === '/' || /^\/debug\/pprof\/?$/.test(url.pathname)) url.pathname = DEFAULT_PATH;
  if (url.username || url.password) url.username = url.password = '';
  if (seconds !== undefined) {
    if (!Number.isInteger(seconds) || seconds < 1) throw new UsageError(`--seconds must be a whole number of seconds, at least 1, not '${seconds}'`);
    url.searchParams.set('seconds', String(seconds));
  }
  url.hash = '';
  return url;
}

function parse(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new UsageError(`${text}: not a URL`);
  }
}

/** The profile's name from the URL's last path part (`heap`, `allocs`, `profile`, …). */
export function profileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? 'profile';
  return last.replace(/[^A-Za-z0-9_.-]/g, '_') || 'profile';
}

/** The `seconds` the URL asks for, or 0. */
export function urlSeconds(url: URL): number {
  const s = Number(url.searchParams.get('seconds'));
  return Number.isFinite(s) && s > 0 ? s : 0;
}

/** `NAME-YYYYMMDD-HHMMSS.pb.gz` in local time, as spec/cli.md names a capture by default. */
export function defaultFileName(url: URL, at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `${profileName(url)}-${stamp}.pb.gz`;
}

/** The same endpoint with another profile kind in place of its last path part (the kind picker). */
export function withKind(url: URL, kind: ProfileKind, seconds?: number): URL {
  const u = new URL(url.toString());
  const parts = u.pathname.split('/');
  const i = parts.lastIndexOf('pprof');
  u.pathname = i >= 0 ? [...parts.slice(0, i + 1), kind].join('/') : `/debug/pprof/${kind}`;
  u.searchParams.delete('seconds');
  if (seconds !== undefined) u.searchParams.set('seconds', String(seconds));
  return u;
}

/** True for the host names and addresses that are this machine (no confirmation needed). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  return /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
