import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/** Where the counts go for `scripts/run-tests.mjs`, which adds its own checks and prints the final line. */
export const summaryFile = 'test-results/summary.json';

export interface TestSummary {
	passed: number;
	failed: number;
	skipped: number;
	status: FullResult['status'];
}

/** Counts each test once, by its final outcome across retries. */
export default class SummaryReporter implements Reporter {
	private readonly tests = new Set<TestCase>();

	onTestEnd(test: TestCase): void {
		this.tests.add(test);
	}

	onEnd(result: FullResult): void {
		const summary: TestSummary = { passed: 0, failed: 0, skipped: 0, status: result.status };
		for (const test of this.tests) {
			const outcome = test.outcome();
			if (outcome === 'expected') summary.passed += 1;
			else if (outcome === 'skipped') summary.skipped += 1;
			else summary.failed += 1; // 'unexpected', and 'flaky': a test that needed a retry is not a pass here
		}
		mkdirSync(dirname(summaryFile), { recursive: true });
		writeFileSync(summaryFile, JSON.stringify(summary));
	}

	printsToStdio(): boolean {
		return false;
	}
}
