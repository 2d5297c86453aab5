import { Validations, type Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Findings of cdk-nag's AwsSolutions pack that are accepted for this short-lived lab, each with its reason.
 * cdk-nag 3 uses CDK's own `Validations.of(…).acknowledge()`; every finding is acknowledged one by one, on the
 * construct that raises it, so a new finding (a new wildcard, a new resource) still fails `npm test`.
 */
export function suppressReviewedFindings(stack: Stack): void {
	const at = (path: string): IConstruct => {
		const construct = stack.node.tryFindChild(path.split('/')[0]!);
		const found = path
			.split('/')
			.slice(1)
			.reduce<IConstruct | undefined>((node, id) => node?.node.tryFindChild(id), construct);
		if (!found) throw new Error(`cdk-nag acknowledgement: no construct ${stack.node.id}/${path}`);
		return found;
	};
	const acknowledge = (path: string, id: string, reason: string) => Validations.of(at(path)).acknowledge({ id, reason });
	const bucketArn = `<${stack.getLogicalId(at('LogBucket').node.defaultChild as never)}.Arn>`;

	acknowledge(
		'Vpc',
		'AwsSolutions-VPC7',
		'The lab VPC has no inbound rules and lives for one study session; flow logs would add CloudWatch Logs charges and teach nothing about Systems Manager.'
	);
	acknowledge(
		'LogBucket',
		'AwsSolutions-S1',
		'The bucket holds only this lab\'s session logs and command output and is deleted with the stack; server access logs would need a second bucket.'
	);
	acknowledge(
		'NodeRole',
		'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
		'AmazonSSMManagedInstanceCore is the AWS managed policy Systems Manager documents for managed nodes, and the policy the lab teaches.'
	);
	for (const prefix of ['session-logs', 'run-command']) {
		acknowledge(
			'NodeRole/DefaultPolicy',
			`AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}/*]`,
			`SSM Agent names the objects it writes (session logs, command output) itself; writes are limited to the ${prefix}/ prefix of the lab bucket.`
		);
	}
	acknowledge(
		'NodeRole/DefaultPolicy',
		'AwsSolutions-IAM5[Resource::*]',
		'logs:DescribeLogGroups has no resource-level permissions; SSM Agent calls it to find the session log group.'
	);
	for (const bucket of [
		'aws-ssm-<AWS::Region>',
		'aws-windows-downloads-<AWS::Region>',
		'amazon-ssm-<AWS::Region>',
		'amazon-ssm-packages-<AWS::Region>',
		'<AWS::Region>-birdwatcher-prod',
		'aws-ssm-distributor-file-<AWS::Region>',
		'aws-ssm-document-attachments-<AWS::Region>',
		'patch-baseline-snapshot-<AWS::Region>',
	]) {
		acknowledge(
			'NodeRole/DefaultPolicy',
			`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${bucket}/*]`,
			'Read-only access to an AWS-owned bucket SSM Agent downloads from, as listed in "SSM Agent communications with AWS managed S3 buckets"; needed behind the S3 gateway endpoint.'
		);
	}
	for (const node of ['LinuxNode', 'WindowsNode']) {
		acknowledge(node, 'AwsSolutions-EC28', 'Detailed monitoring adds CloudWatch charges; the exercises do not use instance metrics.');
		acknowledge(node, 'AwsSolutions-EC29', 'The lab must be deletable with one stack deletion at the end of the session; termination protection would block it.');
	}
	acknowledge(
		'EmptyLogBucket/Role/DefaultPolicy',
		`AwsSolutions-IAM5[Resource::${bucketArn}/*]`,
		'Emptying the bucket before its deletion means deleting every object in it; the permission covers this bucket only.'
	);
	acknowledge(
		'EmptyLogBucket/Function',
		'AwsSolutions-L1',
		'python3.14 is the newest Python runtime in the Lambda runtimes documentation (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html); cdk-nag compares with the newest runtime CDK knows (python3.15), which the guide could not confirm as available in every Region.'
	);
}
