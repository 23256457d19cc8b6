import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './buildCli';

/** The real graph files made elsewhere, kept beside the project (CI has ../shared beside the checkout). */
export const EXTERNAL_FIXTURES = resolve(ROOT, '../shared/fixtures/external');

export const hasExternalFixtures = (): boolean => existsSync(EXTERNAL_FIXTURES);

export const MISSING_FIXTURES = `the external fixtures are missing at ${EXTERNAL_FIXTURES}: the importers are not tried on real files`;
