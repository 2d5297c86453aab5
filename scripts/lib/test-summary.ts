/** Where tests/support/summary-reporter.ts writes the Playwright counts for scripts/run-tests.mjs and stress-tests.mjs. */
export const summaryFile = 'test-results/summary.json';

export interface TestSummary {
	passed: number;
	failed: number;
	skipped: number;
	status: 'passed' | 'failed' | 'timedout' | 'interrupted';
	/** The slowest tests of the run, slowest first, so a regression in suite time shows where it came from. */
	slowest: { title: string; seconds: number }[];
}
