// cdk-nag (AwsSolutions) over both stacks, and the published templates against a fresh synthesis.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { aws_ec2 as ec2 } from 'aws-cdk-lib';
import { parse } from 'yaml';
import { createLabApp, labStacks } from '../lib/app.ts';
import { publishedTemplateDir, renderTemplates } from '../lib/templates.ts';

type Violation = { ruleName: string; violatingConstructs: { constructPath: string }[] };
type ValidationReport = { pluginReports: { pluginName: string; conclusion: string; violations: Violation[] }[] };

/** Synthesizes with cdk-nag and returns the unacknowledged findings (`rule at construct`), or [] when it passed. */
function unacknowledgedFindings(change?: (stacks: ReturnType<typeof createLabApp>['stacks']) => void): string[] {
	const outdir = mkdtempSync(join(tmpdir(), 'node-tools-lab-nag-'));
	try {
		const { app, stacks } = createLabApp({ outdir, nag: true });
		change?.(stacks);
		try {
			app.synth();
			return [];
		} catch (error) {
			// app.synth() throws «ValidationFailed» and leaves the report in the cloud assembly.
			assert.match(String(error), /Validation failed/);
			const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as ValidationReport;
			return report.pluginReports
				.filter((plugin) => plugin.conclusion === 'failure')
				.flatMap((plugin) => plugin.violations.flatMap((v) => v.violatingConstructs.map((c) => `${plugin.pluginName}: ${v.ruleName} at ${c.constructPath}`)));
		}
	} finally {
		rmSync(outdir, { recursive: true, force: true });
	}
}

test('cdk-nag AwsSolutions: no finding without a reasoned acknowledgement, and no CloudFormation template error', () => {
	assert.deepEqual(unacknowledgedFindings(), []);
});

test('cdk-nag still fails the synthesis when a new problem appears (an SSH rule open to the internet)', () => {
	const findings = unacknowledgedFindings((stacks) => {
		const group = stacks[0]!.node.findChild('NodeSecurityGroup') as ec2.SecurityGroup;
		group.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'a mistake');
	});
	assert.deepEqual(findings, ['AwsSolutions: AwsSolutions-EC23 at NodeToolsLab/NodeSecurityGroup/Resource']);
});

test('public/labs/*.yaml are the templates the CDK code synthesizes now (run `npm run templates` in labs/)', () => {
	for (const [file, yaml] of renderTemplates()) {
		const published = readFileSync(new URL(file, publishedTemplateDir), 'utf8');
		assert.ok(published === yaml, `public/labs/${file} is out of date: run \`npm run templates\` in labs/`);
	}
});

test('`cdk synth` (the CDK CLI) synthesizes both stacks offline, identical to the published templates', () => {
	const outdir = mkdtempSync(join(tmpdir(), 'node-tools-lab-cli-'));
	try {
		// The CLI runs the app with the `node` on PATH; put this Node (≥ 22.18, which runs TypeScript) first.
		const path = `${dirname(process.execPath)}${delimiter}${process.env.PATH}`;
		execFileSync(fileURLToPath(new URL('../node_modules/.bin/cdk', import.meta.url)), ['synth', '--quiet', '--no-notices', '--output', outdir], {
			cwd: fileURLToPath(new URL('..', import.meta.url)),
			env: { ...process.env, PATH: path, AWS_EC2_METADATA_DISABLED: 'true', CDK_DISABLE_VERSION_CHECK: '1' },
			stdio: 'pipe',
		});
		for (const { id, templateFile } of labStacks) {
			const synthesized = JSON.parse(readFileSync(join(outdir, `${id}.template.json`), 'utf8'));
			const published = parse(readFileSync(new URL(templateFile, publishedTemplateDir), 'utf8'));
			assert.deepEqual(synthesized, published, `${templateFile} differs from \`cdk synth\``);
		}
	} finally {
		rmSync(outdir, { recursive: true, force: true });
	}
});
