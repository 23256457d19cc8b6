import type { Reporter, TestCase, Vitest } from 'vitest/node';
import { describeEnvironment } from './environment';
import { inCI } from './reviewText';

/**
 * A reporter beside the default one: prints the environment first, lists every skipped test
 * at the end in plain words, and fails the run in CI when anything was skipped.
 */
export default class LoudSkips implements Reporter {
  private skipped: string[] = [];
  /** Tests left out by `-t PATTERN` are the reader's own choice, not skips. */
  private filtered = false;

  onInit(vitest: Vitest): void {
    this.filtered = !!vitest.config.testNamePattern;
  }

  async onTestRunStart(): Promise<void> {
    const { lines } = await describeEnvironment();
    console.log(lines.map((l) => `[env] ${l}`).join('\n'));
  }

  onTestCaseResult(test: TestCase): void {
    if (!this.filtered && test.result().state === 'skipped')
      this.skipped.push(`${test.module.moduleId}: ${test.fullName}`);
  }

  onTestRunEnd(): void {
    if (this.skipped.length === 0) return;
    const verdict = inCI() ? 'CI does not allow skips: failing the run' : 'skips fail in CI';
    console.error(`\n${this.skipped.length} test(s) skipped (${verdict}):`);
    for (const name of this.skipped) console.error(`  skipped: ${name}`);
    if (inCI()) process.exitCode = 1;
  }
}
