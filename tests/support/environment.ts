import { findChromium } from './chromium';
import { hasReviewText, REVIEW_TEXT } from './reviewText';

/** One line each: which browser, Node and review text the tests will use (`npm run doctor`). */
export const describeEnvironment = async (): Promise<{ lines: string[]; ok: boolean }> => {
  const lines = [`node: ${process.version} (${process.platform} ${process.arch})`];
  let ok = true;
  try {
    const found = await findChromium();
    lines.push(`browser: ${found.path} (${found.source})`);
  } catch (error) {
    ok = false;
    lines.push(`browser: none. ${(error as Error).message}`);
  }
  lines.push(
    hasReviewText()
      ? `review text: ${REVIEW_TEXT}`
      : `review text: missing at ${REVIEW_TEXT} (set REVIEW_TEXT; the quote check is skipped, and fails in CI)`,
  );
  return { lines, ok };
};
