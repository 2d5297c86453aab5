import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createLabApp, labStacks } from './app.ts';

/** Where the site serves the templates from: `public/labs/` of the repository (→ `/labs/<file>`). */
export const publishedTemplateDir = new URL('../../public/labs/', import.meta.url);

/**
 * Synthesizes both stacks (cdk-nag included, so a new finding stops here too) and returns each template as the
 * YAML the site publishes, by file name.
 */
export function renderTemplates(): Map<string, string> {
	const outdir = mkdtempSync(join(tmpdir(), 'node-tools-lab-'));
	try {
		const { app } = createLabApp({ outdir });
		const assembly = app.synth();
		return new Map(
			labStacks.map(({ stackName, templateFile }) => {
				const template = assembly.getStackByName(stackName).template as object;
				const header = [
					`# ${templateFile}: AWS Systems Manager node tools hands-on lab (stack name: ${stackName}).`,
					'# Generated from labs/ (AWS CDK v2) by `npm run templates` in labs/. Do not edit by hand.',
					`# Deploy: aws cloudformation deploy --template-file ${templateFile} --stack-name ${stackName} --capabilities CAPABILITY_IAM`,
					`# Delete when the session is over: aws cloudformation delete-stack --stack-name ${stackName}`,
				].join('\n');
				return [templateFile, `${header}\n${stringify(template, { lineWidth: 0 })}`];
			})
		);
	} finally {
		rmSync(outdir, { recursive: true, force: true });
	}
}
