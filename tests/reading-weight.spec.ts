import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measureReadingWeight } from './support/page-weight';

/**
 * What reading costs must not grow with features a reader does not use (progress, your values, offline, feedback,
 * presentation, quizzes): every page of the baseline loads within 2 KB (gzip) of what it loaded before them. The
 * baseline is a measurement of an earlier commit by the same method (tests/reading-weight-baseline.json); when a
 * change makes pages lighter, record the new numbers there so the budget follows.
 */
const baseline = JSON.parse(readFileSync('tests/reading-weight-baseline.json', 'utf8')) as { pages: Record<string, number> };
const allowanceBytes = 2048;

test.describe('reading weight', () => {
	for (const [path, baselineBytes] of Object.entries(baseline.pages)) {
		test(`/${path} loads within 2 KB gzip of the baseline`, async ({ page }) => {
			const { gzipBytes } = await measureReadingWeight(page, path);
			expect(gzipBytes, `/${path}: ${gzipBytes} B now, ${baselineBytes} B in the baseline`).toBeLessThanOrEqual(baselineBytes + allowanceBytes);
		});
	}
});
