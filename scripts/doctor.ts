import { describeEnvironment } from '../tests/support/environment';

/** `npm run doctor`: what the tests will use, and what is missing. */
const { lines, ok } = await describeEnvironment();
console.log(lines.join('\n'));
process.exitCode = ok ? 0 : 1;
