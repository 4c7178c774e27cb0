import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints exactly what the benchmark writes to stdout (its JSON report) and nothing else, so
 * `… | jq` works; a failed run says why on stderr and fails the command.
 */
class JsonOnlyReporter implements Reporter {
  onStdOut(chunk: string | Buffer): void {
    process.stdout.write(chunk);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'passed') {
      process.stderr.write(`${test.title}: ${result.status}\n${result.error?.message ?? ''}\n`);
    }
  }

  onEnd(result: FullResult): void {
    if (result.status !== 'passed') process.stderr.write(`screen-change benchmark: ${result.status}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}

// eslint-disable-next-line no-restricted-syntax -- Playwright loads a reporter by its default export.
export default JsonOnlyReporter;
