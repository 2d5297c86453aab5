#!/usr/bin/env node
// Checks the shell samples on the hands-on pages (src/content/docs/labs/, en/labs/) without a network or an AWS
// account: every bash block passes `bash -n`; bash blocks of a page then run in order in a bash whose PATH holds only
// a stand-in `aws` that records its arguments (so bash itself does the quoting and variable expansion); PowerShell
// blocks are read by the subset parser in scripts/lib/shell-samples.ts. Every recorded AWS CLI call is then parsed
// by the AWS CLI itself (Debian's awscli, v2) against its service model (scripts/lib/aws_cli_parse.py). PowerShell
// meant to run on a Windows node (fence meta `runs-on=node`) cannot be parsed here and is reported as such.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeBlocks, powerShellAwsCalls } from './lib/shell-samples.ts';

// Directories of pages to check; the arguments replace them (the unit spec points it at broken fixtures).
const pageDirs = process.argv.length > 2 ? process.argv.slice(2) : ['src/content/docs/labs', 'src/content/docs/en/labs'];
/** What a stand-in `aws` prints: shaped like a command or association ID, so length checks on IDs pass. */
const sampleOutput = '0123abcd-4567-89ef-0123-456789abcdef';
const awsPython = process.env.AWS_CLI_PYTHON ?? '/usr/bin/python3';

const probe = spawnSync(awsPython, ['-c', 'import awscli, sys; print(awscli.__version__)'], { encoding: 'utf8' });
if (probe.status !== 0 || !probe.stdout.startsWith('2.')) {
	console.error(
		`The AWS CLI v2 Python package was not found with ${awsPython} (${(probe.stderr || probe.stdout || probe.error?.message || '').trim()}).\n` +
			'Install Debian\'s awscli (`sudo apt-get install -y awscli`), or set AWS_CLI_PYTHON to a Python that can `import awscli` (v2).'
	);
	process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'cli-samples-'));
const shimDir = join(work, 'bin');
const argvLog = join(work, 'argv.log');
spawnSync('mkdir', ['-p', shimDir, join(work, 'home'), join(work, 'cwd')]);
writeFileSync(
	join(shimDir, 'aws'),
	`#!/bin/bash\nprintf '%s\\0' "$SAMPLE_BLOCK" "$#" "$@" >> "$AWS_ARGV_LOG"\nprintf '%s\\n' '${sampleOutput}'\n`
);
chmodSync(join(shimDir, 'aws'), 0o755);

const problems = [];
const calls = [];
let unparsed = 0;
let blockCount = 0;

for (const dir of pageDirs) {
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx')).sort()) {
		const file = join(dir, name);
		const blocks = codeBlocks(readFileSync(file, 'utf8'));
		const bashParts = [];
		const psVariables = new Map();
		for (const [index, block] of blocks.entries()) {
			const where = `${file}:${block.line}`;
			if (['bash', 'sh', 'shell'].includes(block.lang)) {
				blockCount++;
				const syntax = spawnSync('bash', ['-n'], { input: block.code, encoding: 'utf8' });
				if (syntax.status !== 0) problems.push(`${where}: bash -n: ${syntax.stderr.trim()}`);
				else bashParts.push(`export SAMPLE_BLOCK='${where}'\n${block.code}\n`);
			} else if (['powershell', 'ps1', 'pwsh'].includes(block.lang)) {
				blockCount++;
				if (/\bruns-on=node\b/.test(block.meta)) {
					unparsed++;
					continue;
				}
				try {
					for (const call of powerShellAwsCalls(block.code, psVariables, sampleOutput)) {
						calls.push({ id: `${where} (PowerShell, line ${call.line} of the block)`, argv: call.argv });
					}
				} catch (error) {
					problems.push(`${where}: PowerShell: ${error.message}`);
				}
			} else if (['bat', 'cmd', 'batch'].includes(block.lang)) {
				problems.push(`${where}: hands-on pages use PowerShell and bash tabs, not ${block.lang} (block ${index + 1})`);
			}
		}
		if (bashParts.length === 0) continue;
		writeFileSync(argvLog, '');
		const run = spawnSync('/bin/bash', ['--noprofile', '--norc'], {
			input: bashParts.join('\n'),
			cwd: join(work, 'cwd'),
			env: { PATH: shimDir, HOME: join(work, 'home'), AWS_ARGV_LOG: argvLog },
			encoding: 'utf8',
			timeout: 30_000,
		});
		if (run.error || run.signal) problems.push(`${file}: the bash samples did not finish (${run.error?.message ?? run.signal}); a loop waiting for AWS?`);
		const fields = readFileSync(argvLog, 'utf8').split('\0');
		for (let at = 0; at + 1 < fields.length; ) {
			const where = fields[at];
			const count = Number(fields[at + 1]);
			const argv = fields.slice(at + 2, at + 2 + count);
			calls.push({ id: `${where} (bash)`, argv });
			at += 2 + count;
		}
	}
}

// The CLI runs in a folder holding the published lab templates, as a reader's does after downloading them
// (`aws cloudformation deploy --template-file node-tools-lab.yaml` reads the file).
const cliFolder = join(work, 'downloads');
spawnSync('mkdir', ['-p', cliFolder]);
for (const template of readdirSync('public/labs').filter((file) => file.endsWith('.yaml'))) copyFileSync(join('public/labs', template), join(cliFolder, template));
const checked = spawnSync(awsPython, [new URL('./lib/aws_cli_parse.py', import.meta.url).pathname], {
	cwd: cliFolder,
	input: JSON.stringify(calls),
	encoding: 'utf8',
	maxBuffer: 1 << 26,
});
rmSync(work, { recursive: true, force: true });
if (checked.status !== 0) {
	console.error(`The AWS CLI check failed to run: ${checked.stderr}`);
	process.exit(1);
}
const results = JSON.parse(checked.stdout);
for (const [index, result] of results.entries()) {
	if (result.ok) continue;
	const call = calls[index];
	problems.push(`${result.id}: aws ${call.argv.join(' ')}\n    ${result.error.replaceAll('\n', '\n    ')}`);
}

console.log(
	`${blockCount} shell blocks on ${pageDirs.join(', ')}: ${calls.length} AWS CLI calls parsed by the AWS CLI ${probe.stdout.trim()}` +
		(unparsed ? `; ${unparsed} PowerShell blocks that run on a Windows node were not parsed (no PowerShell here)` : '')
);
if (problems.length) {
	console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  ✘ ${p}`).join('\n')}`);
	process.exit(1);
}
if (calls.length === 0) {
	console.error('No AWS CLI call was found: the checker read nothing.');
	process.exit(1);
}
