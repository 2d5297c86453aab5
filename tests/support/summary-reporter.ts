import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { summaryFile, type TestSummary } from '../../scripts/lib/test-summary.ts';

/** Counts each test once, by its final outcome across retries, and keeps each test's duration. */
export default class SummaryReporter implements Reporter {
	private readonly tests = new Map<TestCase, number>();

	onTestEnd(test: TestCase, result: TestResult): void {
		this.tests.set(test, (this.tests.get(test) ?? 0) + result.duration);
	}

	onEnd(result: FullResult): void {
		const summary: TestSummary = { passed: 0, failed: 0, skipped: 0, status: result.status, slowest: [] };
		for (const test of this.tests.keys()) {
			const outcome = test.outcome();
			if (outcome === 'expected') summary.passed += 1;
			else if (outcome === 'skipped') summary.skipped += 1;
			else summary.failed += 1; // 'unexpected', and 'flaky': a test that needed a retry is not a pass here
		}
		summary.slowest = [...this.tests]
			.sort(([, a], [, b]) => b - a)
			.slice(0, 10)
			.map(([test, milliseconds]) => ({
				title: `[${test.parent.project()?.name ?? ''}] ${test.location.file.replace(/^.*\/tests\//, 'tests/')} › ${test.title}`,
				seconds: Math.round(milliseconds / 100) / 10,
			}));
		mkdirSync(dirname(summaryFile), { recursive: true });
		writeFileSync(summaryFile, JSON.stringify(summary));
	}

	printsToStdio(): boolean {
		return false;
	}
}
