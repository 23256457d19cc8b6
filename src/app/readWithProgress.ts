/** Bytes received so far, and the total when the server says it (Content-Length). */
export interface LoadProgress {
  received: number;
  total?: number;
  phase: 'downloading' | 'building';
}

/**
 * Reads a response body chunk by chunk (fetch streaming), reporting the bytes received, and
 * returns its text: a big graph shows its download moving instead of a blank page.
 */
export const readWithProgress = async (
  response: Response,
  onProgress: (p: LoadProgress) => void,
): Promise<string> => {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress({ received, ...(total ? { total } : {}), phase: 'downloading' });
  }
  parts.push(decoder.decode());
  return parts.join('');
};
