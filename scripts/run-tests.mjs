#!/usr/bin/env node
// The project's one test command (`npm test`): unit specs of the pure modules (node:test, no browser), type-check, lint
// the Japanese text, build the site twice (domain root with link validation, then a sub-path), run the Playwright suite
// against both builds, print the slowest tests, and end with the line `N passed, N failed` that CI reads. Each unit
// spec and Playwright test counts once in that line; each other step counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { builds } from './lib/builds.ts';
import { summaryFile } from './lib/test-summary.ts';

const usage = `Usage: npm test [-- [--skip-build] [playwright args…]]

  --skip-build   reuse dist/ and dist-subpath/ from the last run (faster while editing tests)
  other args     passed to \`playwright test\`, e.g. tests/search.spec.ts or --project=root`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	console.log(usage);
	process.exit(0);
}
const skipBuild = args.includes('--skip-build');
const playwrightArgs = args.filter((arg) => arg !== '--skip-build');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(`Node ${process.versions.node} is too old for Astro 7. Run the tests with \`npm test\`, which uses the Node 22 from devDependencies.`);
	process.exit(1);
}

const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const counts = { passed: 0, failed: 0, skipped: 0 };

const stepTimes = [];
const seconds = (startedAt) => Math.round((performance.now() - startedAt) / 100) / 10;

/** Runs one step with its output shown; records it as one passed or failed check. */
function step(label, command, commandArgs, env = {}) {
	console.log(`\n▶ ${label}`);
	const startedAt = performance.now();
	const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...baseEnv, ...env } });
	const ok = result.status === 0;
	counts[ok ? 'passed' : 'failed'] += 1;
	stepTimes.push({ label, seconds: seconds(startedAt) });
	console.log(ok ? `✔ ${label} (${seconds(startedAt)} s)` : `✘ ${label} (exit ${result.status ?? result.signal})`);
	return ok;
}

/**
 * node:test specs (tests/unit/, labs/test/): each counts as one test. Node prints its own summary; the counts come
 * from it.
 */
function nodeSpecs(label, { cwd = '.', pattern }) {
	console.log(`\n▶ ${label}`);
	const startedAt = performance.now();
	// One process for all spec files: each file in its own process costs ~0.3 s of Node start-up on a slow machine.
	const result = spawnSync('node', ['--test', '--experimental-test-isolation=none', '--test-reporter=spec', pattern], {
		cwd,
		encoding: 'utf8',
		env: baseEnv,
	});
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(result.stdout)?.[1] ?? 0);
	const passed = count('pass');
	const failed = count('fail') + count('cancelled');
	counts.passed += passed;
	// No test found, or the runner failed outside any test, is a failure too.
	counts.failed += failed || (result.status !== 0 || passed === 0 ? 1 : 0);
	stepTimes.push({ label, seconds: seconds(startedAt) });
	console.log(`${failed || result.status !== 0 ? '✘' : '✔'} ${label}: ${passed} passed, ${failed} failed (${seconds(startedAt)} s)`);
}

function finish() {
	if (stepTimes.length) {
		console.log('\nTime per step:');
		for (const { label, seconds } of stepTimes) console.log(`  ${String(seconds).padStart(6)} s  ${label}`);
	}
	const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
	console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
	process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
}

/** Whether nothing listens on `port` of localhost, over IPv4 and IPv6 (`npm start` may hold either). */
async function isFree(port) {
	for (const host of ['127.0.0.1', '::1']) {
		const free = await new Promise((resolve) => {
			const server = createServer();
			server.once('error', (error) => resolve(error.code === 'EADDRNOTAVAIL')); // no IPv6 on this machine
			server.listen(port, host, () => server.close(() => resolve(true)));
		});
		if (!free) return false;
	}
	return true;
}

/** The build's preferred port if it is free, else one the system hands out; said aloud so nobody is surprised. */
async function portFor(name) {
	const { preferredPort } = builds[name];
	if (await isFree(preferredPort)) return preferredPort;
	const port = await new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
	console.log(`Port ${preferredPort} is in use (by \`npm start\` in another terminal?); the ${name} build is tested on port ${port}.`);
	return port;
}

/**
 * The lab stack's specs (aws-cdk-lib/assertions, cdk-nag, `cdk synth`, published templates). labs/ is its own
 * package so the site's install stays free of aws-cdk-lib; without its node_modules the step fails and says why.
 */
function labSpecs() {
	const label = 'lab stack specs (labs/test/: CDK assertions, cdk-nag, cdk synth)';
	if (!existsSync('labs/node_modules/aws-cdk-lib')) {
		console.log(`\n▶ ${label}`);
		console.error('✘ labs/node_modules is missing: run `npm ci --prefix labs` (the README\'s test command does).');
		counts.failed += 1;
		return;
	}
	nodeSpecs(label, { cwd: 'labs', pattern: 'test/*.test.ts' });
	// labs/ has its own tsconfig (the root's astro check leaves it out).
	step('tsc: lab stack (labs/tsconfig.json, strict)', 'labs/node_modules/.bin/tsc', ['--noEmit', '-p', 'labs']);
}

let ready = true;
nodeSpecs('unit specs (node:test, tests/unit/)', { pattern: 'tests/unit/**/*.test.ts' });
labSpecs();
if (!skipBuild) {
	ready = step('astro check (TypeScript strict, content types)', 'astro', ['check']) && ready;
	// Prose problems do not stop the builds, but they fail the run.
	step('textlint: Japanese technical writing + AWS term list (prh.yml)', 'textlint', ['src/content/docs/*.mdx', 'src/content/docs/labs/*.mdx']);
	step('textlint: English edition AWS term list (prh-en.yml)', 'textlint', ['--config', '.textlintrc.en.json', 'src/content/docs/en/*.mdx', 'src/content/docs/en/labs/*.mdx']);
	step('textlint: slide messages of both editions (<Slide message>)', 'node', ['scripts/lint-slide-messages.mjs']);
	step('hands-on shell samples: bash -n, PowerShell subset, every AWS CLI call parsed by the AWS CLI (no network)', 'node', ['scripts/check-cli-samples.mjs']);
	ready =
		step('build for the domain root, with starlight-links-validator', 'astro', ['build'], {
			CHECK_LINKS: 'true',
			// As a site is by default; the sub-path build has the optional feedback links (tests/feedback.spec.ts).
			EDIT_LINK_BASE_URL: '',
			REPORT_ISSUE_URL: '',
			OUT_DIR: builds.root.outDir,
			BASE_PATH: builds.root.basePath,
			SITE_URL: `http://localhost:${await portFor('root')}`,
		}) && ready;
	ready =
		step(`build for a sub-path (${builds.subpath.basePath})`, 'astro', ['build'], {
			EDIT_LINK_BASE_URL: 'https://github.com/example/ssm-guide/edit/main/',
			REPORT_ISSUE_URL: 'https://github.com/example/ssm-guide/issues/new',
			OUT_DIR: builds.subpath.outDir,
			BASE_PATH: builds.subpath.basePath,
			SITE_URL: `http://localhost:${await portFor('subpath')}`,
		}) && ready;
} else if (Object.values(builds).some(({ outDir }) => !existsSync(`${outDir}/sitemap-index.xml`))) {
	console.error('--skip-build needs dist/ and dist-subpath/ from an earlier `npm test`.');
	ready = false;
	counts.failed += 1;
}

if (!ready) {
	console.error('\nThe site did not build, so the browser tests were not run.');
	finish();
}

rmSync(summaryFile, { force: true });
console.log('\n▶ Playwright');
const playwrightStartedAt = performance.now();
const playwright = spawnSync('playwright', ['test', ...playwrightArgs], { stdio: 'inherit', env: baseEnv });
stepTimes.push({ label: 'Playwright', seconds: seconds(playwrightStartedAt) });
if (existsSync(summaryFile)) {
	const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
	console.log('\nSlowest tests:');
	for (const { title, seconds } of summary.slowest ?? []) console.log(`  ${String(seconds).padStart(6)} s  ${title}`);
	counts.passed += summary.passed;
	counts.failed += summary.failed;
	counts.skipped += summary.skipped;
	// Playwright can fail outside any test (a web server that did not start, an error while loading specs).
	if (playwright.status !== 0 && summary.failed === 0) counts.failed += 1;
} else {
	console.error(`Playwright ended (exit ${playwright.status}) without a summary: it failed before running tests.`);
	counts.failed += 1;
}
finish();
