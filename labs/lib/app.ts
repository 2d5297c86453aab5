import { App, CliCredentialsStackSynthesizer, Validations } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag';
import { NodeToolsLabStack, type LabNetwork } from './node-tools-lab-stack.ts';
import { suppressReviewedFindings } from './nag-suppressions.ts';

/** The two stacks, their CloudFormation stack names and the file the site publishes each template as. */
export const labStacks = [
	{ id: 'NodeToolsLab', stackName: 'node-tools-lab', network: 'public', templateFile: 'node-tools-lab.yaml' },
	{ id: 'NodeToolsLabPrivate', stackName: 'node-tools-lab-private', network: 'private', templateFile: 'node-tools-lab-private.yaml' },
] as const satisfies ReadonlyArray<{ id: string; stackName: string; network: LabNetwork; templateFile: string }>;

/**
 * Builds the lab app. No `env`: the templates carry no account or Region, so one file deploys anywhere.
 * The synthesizer uses the deployer's own credentials and adds no bootstrap-version rule (unlike the default one), so the templates also
 * deploy as plain CloudFormation (console upload, quick-create link, `aws cloudformation deploy`) in an account
 * that was never bootstrapped for CDK.
 */
export function createLabApp(options: { outdir?: string; nag?: boolean } = {}): { app: App; stacks: NodeToolsLabStack[] } {
	const app = new App({
		outdir: options.outdir,
		analyticsReporting: false,
		context: {
			'aws:cdk:enable-path-metadata': false,
			// CDK's own template checks (e.g. a DependsOn on a resource that a condition may leave out) fail synthesis
			// instead of printing warnings.
			'@aws-cdk/core:validateAgainstDefaultRules': true,
		},
	});
	const stacks = labStacks.map(
		({ id, stackName, network }) =>
			new NodeToolsLabStack(app, id, {
				stackName,
				network,
				synthesizer: new CliCredentialsStackSynthesizer(),
			})
	);
	for (const stack of stacks) suppressReviewedFindings(stack);
	if (options.nag ?? true) Validations.of(app).addPlugins(new cdkNag.AwsSolutionsChecks(app, { verbose: true }));
	return { app, stacks };
}
