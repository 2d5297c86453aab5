import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTime, isStale, staleAfterDays } from '../../src/plugins/study/stale.ts';

const day = 86_400_000;
const now = new Date('2026-12-01T00:00:00Z');

test('facts are stale only after more than staleAfterDays', () => {
	assert.equal(isStale(new Date(now.getTime() - staleAfterDays * day), now), false);
	assert.equal(isStale(new Date(now.getTime() - (staleAfterDays + 1) * day), now), true);
	assert.equal(isStale(now, now), false);
});

test('the build time is SOURCE_DATE_EPOCH when set, the real time otherwise', () => {
	assert.equal(buildTime({ SOURCE_DATE_EPOCH: '1764547200' }).toISOString(), '2025-12-01T00:00:00.000Z');
	const before = Date.now();
	const real = buildTime({}).getTime();
	assert.ok(real >= before && real <= Date.now());
	assert.equal(buildTime({ SOURCE_DATE_EPOCH: '' }).getTime() >= before, true);
});

test('a SOURCE_DATE_EPOCH that is not whole seconds is refused, naming the value', () => {
	assert.throws(() => buildTime({ SOURCE_DATE_EPOCH: '2026-12-01' }), /SOURCE_DATE_EPOCH.*"2026-12-01"/);
});
