import { LIMITS } from '../../formats/limits';
import type { ImportSessionApi } from './importSession';

/**
 * `?data=<url>`: a graph file of this site (same origin only: the app makes no request elsewhere,
 * and the Content-Security-Policy would refuse it anyway), fetched and opened like a picked file.
 * Every failure leaves the review on screen with a message naming the link.
 */
export const openDataUrl = async (session: ImportSessionApi, value: string, base: string): Promise<void> => {
  const fail = (why: string) => session.getState().fail(value, `${value}: ${why}`);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    fail('is not a link');
    return;
  }
  if (url.origin !== new URL(base).origin) {
    fail(`?data= opens files of this site only (${new URL(base).origin}), not of ${url.origin}`);
    return;
  }
  let bytes: Uint8Array;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      fail(`the site answered HTTP ${response.status}`);
      return;
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > LIMITS.fileBytes) {
      fail(
        `${(length / 1048576).toFixed(1)} MB, more than the ${LIMITS.fileBytes / 1048576} MB this explorer reads`,
      );
      return;
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    fail(`could not be fetched (${(error as Error).message})`);
    return;
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() || 'data');
  await session.getState().open([{ name, bytes }], { kind: 'url', url: url.href });
};
