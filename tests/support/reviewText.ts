import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The review's plain text is not part of the project: REVIEW_TEXT, or the shared default beside it. */
export const REVIEW_TEXT = resolve(process.env.REVIEW_TEXT ?? '../shared/seeds/000_990e1eed67c9b46e.txt');

export const hasReviewText = (): boolean => existsSync(REVIEW_TEXT);

/** True when running in CI, where nothing may be skipped. */
export const inCI = (): boolean => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

export const MISSING_REVIEW_TEXT =
  `the review's text is missing at ${REVIEW_TEXT}: set REVIEW_TEXT to the plain text of ` +
  'Adelipour, Lubman & Kim (2023) to check every quote verbatim';
