// The one polling helper of the suites: wait until a check holds, or fail naming what was awaited.

/** Polls `check` until it returns a truthy value or `timeoutMs` passes; the error names what was awaited and the last error. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  pollMs = 150,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message.split('\n')[0]})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
