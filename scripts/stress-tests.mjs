#!/usr/bin/env node
// Runs the whole test command (scripts/run-tests.mjs) on a deliberately slow machine and reports how it went: by
// default every process of the run (Node, Astro, Chromium) is pinned to one CPU core with `taskset -c 0`; with
// `--hogs N`, N busy loops compete for the CPU instead. The suite must pass either way: its tests wait for states,
// never for wall-clock time. Writes test-results/stress-report.md and exits with the test command's status.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { summaryFile } from './lib/test-summary.ts';

const usage = `Usage: npm run test:stress [-- [--hogs N] [run-tests args…]]

  (default)   pin the whole run to CPU core 0 (taskset -c 0)
  --hogs N    run on all cores, with N busy loops competing for them
  other args  passed to npm test (e.g. --skip-build)`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
	console.log(usage);
	process.exit(0);
}
const hogsIndex = args.indexOf('--hogs');
const hogs = hogsIndex >= 0 ? Number(args[hogsIndex + 1]) : 0;
if (hogsIndex >= 0 && !(Number.isInteger(hogs) && hogs > 0)) {
	console.error(usage);
	process.exit(2);
}
const testArgs = hogsIndex >= 0 ? args.filter((_, index) => index !== hogsIndex && index !== hogsIndex + 1) : args;

const hasTaskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hogs && !hasTaskset) {
	console.error('taskset (util-linux) is not installed; run with --hogs N instead.');
	process.exit(2);
}
const mode = hogs ? `${hogs} busy loop(s) on ${availableParallelism()} cores` : 'pinned to one core (taskset -c 0)';
const [command, commandArgs] = hogs
	? ['node', ['scripts/run-tests.mjs', ...testArgs]]
	: ['taskset', ['-c', '0', 'node', 'scripts/run-tests.mjs', ...testArgs]];

const busyLoops = Array.from({ length: hogs }, () => spawn('node', ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopBusyLoops = () => busyLoops.forEach((loop) => loop.kill('SIGKILL'));
process.on('exit', stopBusyLoops);

console.log(`Stress run: ${mode}\n`);
const startedAt = performance.now();
const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
let lastLines = '';
child.stdout.on('data', (chunk) => {
	process.stdout.write(chunk);
	lastLines = (lastLines + chunk).slice(-4000);
});
const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
stopBusyLoops();
const minutes = (performance.now() - startedAt) / 60_000;

const resultLine = lastLines.trim().split('\n').at(-1) ?? '';
const slowest = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, 'utf8')).slowest ?? []) : [];
const report = [
	'# Test suite under CPU stress',
	'',
	`- Date: ${new Date().toISOString()}`,
	`- Mode: ${mode}`,
	`- Wall time: ${minutes.toFixed(1)} min`,
	`- Result: \`${resultLine}\` (exit ${status})`,
	'',
	'## Slowest tests',
	'',
	...slowest.map(({ title, seconds }) => `- ${seconds} s — ${title}`),
	'',
].join('\n');
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/stress-report.md', report);
console.log(`\nStress report: test-results/stress-report.md (${mode}, ${minutes.toFixed(1)} min, exit ${status})`);
console.log(resultLine);
process.exit(status);
