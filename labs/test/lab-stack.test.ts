// The security and cleanup promises the hands-on pages make about the lab stack, checked on the synthesized
// CloudFormation with aws-cdk-lib/assertions. Offline: no AWS account or credentials are involved.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { createLabApp, labStacks } from '../lib/app.ts';
import { EMPTY_BUCKET_HANDLER } from '../lib/empty-bucket-on-delete.ts';
import { labVpcCidr } from '../lib/node-tools-lab-stack.ts';

const { stacks } = createLabApp({ nag: false });
const templates = new Map(stacks.map((stack) => [stack.stackName, Template.fromStack(stack)]));

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; Condition?: string };
const resourcesOf = (template: Template, type?: string): [string, Resource][] =>
	Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(([, r]) => !type || r.Type === type);

/** The outputs the hands-on pages read (labs/README.md lists the same keys). */
const pageOutputs = ['LinuxInstanceId', 'WindowsInstanceId', 'LogBucketName', 'SessionLogGroupName', 'SessionDocumentName', 'MessageParameterName'];

for (const { stackName, network } of labStacks) {
	const template = templates.get(stackName)!;
	const json = JSON.stringify(template.toJSON());

	describe(`${stackName} (${network} subnet)`, () => {
		test('no security group admits traffic to the nodes, and nothing is open to the internet', () => {
			const groups = resourcesOf(template, 'AWS::EC2::SecurityGroup');
			const nodeGroup = groups.find(([id]) => id.startsWith('NodeSecurityGroup'));
			assert.ok(nodeGroup, 'the node security group exists');
			assert.equal(nodeGroup[1].Properties?.SecurityGroupIngress, undefined, 'the node security group has no inbound rules');
			const separateIngress = resourcesOf(template, 'AWS::EC2::SecurityGroupIngress');
			assert.deepEqual(separateIngress, [], 'no inbound rule is added as a separate resource');
			for (const [id, group] of groups) {
				for (const rule of (group.Properties?.SecurityGroupIngress as Record<string, unknown>[] | undefined) ?? []) {
					assert.notEqual(rule.CidrIp, '0.0.0.0/0', `${id} admits the whole internet`);
					assert.notEqual(rule.CidrIpv6, '::/0', `${id} admits the whole IPv6 internet`);
				}
			}
		});

		test('every instance requires IMDSv2 and runs with AmazonSSMManagedInstanceCore', () => {
			const instances = resourcesOf(template, 'AWS::EC2::Instance');
			assert.equal(instances.length, 2, 'a Linux and a (conditional) Windows instance');
			for (const [id, instance] of instances) {
				assert.deepEqual(instance.Properties?.MetadataOptions, { HttpTokens: 'required' }, `${id} requires IMDSv2`);
				assert.ok(instance.Properties?.IamInstanceProfile, `${id} has an instance profile`);
				for (const volume of instance.Properties?.BlockDeviceMappings as { Ebs: { Encrypted: boolean } }[]) {
					assert.equal(volume.Ebs.Encrypted, true, `${id}: EBS volume is encrypted`);
				}
			}
			template.hasResourceProperties('AWS::IAM::Role', {
				AssumeRolePolicyDocument: Match.objectLike({
					Statement: [Match.objectLike({ Principal: { Service: 'ec2.amazonaws.com' } })],
				}),
				ManagedPolicyArns: [
					{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonSSMManagedInstanceCore']] },
				],
			});
		});

		test('the node role writes only under the lab bucket prefixes and its own log group', () => {
			const policies = resourcesOf(template, 'AWS::IAM::Policy').filter(([id]) => id.startsWith('NodeRole'));
			assert.equal(policies.length, 1);
			const statements = (policies[0]![1].Properties!.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement;
			const put = statements.find((statement) => statement.Action === 's3:PutObject');
			assert.ok(put, 'a PutObject statement');
			const resources = JSON.stringify(put.Resource);
			assert.match(resources, /\/session-logs\/\*/);
			assert.match(resources, /\/run-command\/\*/);
			assert.equal((put.Resource as unknown[]).length, 2, 'only the two prefixes');
			for (const statement of statements) {
				const actions = ([] as string[]).concat(statement.Action);
				assert.ok(!actions.some((action) => action.endsWith(':*') || action === '*'), `no wildcard action: ${actions}`);
			}
		});

		test('the log bucket is encrypted, private, TLS-only and emptied on deletion', () => {
			template.hasResource('AWS::S3::Bucket', {
				Properties: Match.objectLike({
					BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
					PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
					OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
				}),
				DeletionPolicy: 'Delete',
			});
			template.hasResourceProperties('AWS::S3::BucketPolicy', {
				PolicyDocument: {
					Statement: Match.arrayWith([
						Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
					]),
				},
			});
			template.resourceCountIs('Custom::EmptyBucketOnDelete', 1);
			template.hasResourceProperties('AWS::Lambda::Function', {
				Code: { ZipFile: EMPTY_BUCKET_HANDLER },
				Runtime: Match.stringLikeRegexp('^python3\\.'),
			});
		});

		test('everything is deleted with the stack, and the instances go before the bucket is emptied', () => {
			for (const [id, resource] of resourcesOf(template)) {
				assert.ok(resource.DeletionPolicy === undefined || resource.DeletionPolicy === 'Delete', `${id} is kept on deletion (${resource.DeletionPolicy})`);
			}
			for (const [id, instance] of resourcesOf(template, 'AWS::EC2::Instance')) {
				const dependsOn = (instance as { DependsOn?: string[] }).DependsOn ?? [];
				const emptier = resourcesOf(template, 'Custom::EmptyBucketOnDelete')[0]![0];
				assert.ok(dependsOn.includes(emptier), `${id} depends on ${emptier}, so it is deleted first`);
			}
			template.hasResource('AWS::Logs::LogGroup', { Properties: Match.objectLike({ RetentionInDays: 7 }), DeletionPolicy: 'Delete' });
		});

		test('no account ID or Region is hard-coded', () => {
			assert.doesNotMatch(json, /\b\d{12}\b/, 'an account ID');
			assert.doesNotMatch(json, /\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest)-\d\b/, 'a Region name');
			for (const ami of ['LinuxAmi', 'WindowsAmi']) {
				template.hasParameter(ami, { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: Match.stringLikeRegexp('^/aws/service/') });
			}
		});

		test('the Windows instance exists only when WindowsInstance is true', () => {
			template.hasParameter('WindowsInstance', { Default: 'false', AllowedValues: ['true', 'false'] });
			template.hasCondition('WithWindows', { 'Fn::Equals': [{ Ref: 'WindowsInstance' }, 'true'] });
			const windows = resourcesOf(template, 'AWS::EC2::Instance').filter(([, r]) => r.Properties?.ImageId && JSON.stringify(r.Properties.ImageId).includes('WindowsAmi'));
			assert.equal(windows.length, 1);
			assert.equal(windows[0]![1].Condition, 'WithWindows');
			template.hasOutput('WindowsInstanceId', { Condition: 'WithWindows' });
		});

		test('the tags and outputs the hands-on pages use are there', () => {
			assert.deepEqual(Object.keys(template.toJSON().Outputs).sort(), [...pageOutputs].sort());
			for (const os of ['linux', 'windows']) {
				template.hasResourceProperties('AWS::EC2::Instance', {
					Tags: Match.arrayWith([{ Key: 'Environment', Value: 'lab' }, { Key: 'Os', Value: os }, { Key: 'Project', Value: 'node-tools-lab' }]),
				});
			}
			template.hasResourceProperties('AWS::SSM::Document', {
				DocumentType: 'Session',
				Content: Match.objectLike({
					sessionType: 'Standard_Stream',
					inputs: Match.objectLike({ s3KeyPrefix: 'session-logs', s3EncryptionEnabled: true, s3BucketName: { Ref: Match.stringLikeRegexp('^LogBucket') } }),
				}),
			});
			template.hasResourceProperties('AWS::SSM::Parameter', { Type: 'String' });
		});

		if (network === 'public') {
			test('public: nodes reach Systems Manager through the internet gateway, no endpoints', () => {
				template.resourceCountIs('AWS::EC2::VPCEndpoint', 0);
				template.resourceCountIs('AWS::EC2::NatGateway', 0);
				template.hasResourceProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: true });
				template.hasResourceProperties('AWS::EC2::Route', { DestinationCidrBlock: '0.0.0.0/0', GatewayId: Match.anyValue() });
			});
		} else {
			test('private: no route out; interface endpoints for ssm, ssmmessages, ec2messages, logs and the S3 gateway', () => {
				template.resourceCountIs('AWS::EC2::InternetGateway', 0);
				template.resourceCountIs('AWS::EC2::NatGateway', 0);
				template.hasResourceProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false });
				const endpoints = resourcesOf(template, 'AWS::EC2::VPCEndpoint').map(([, r]) => ({
					service: JSON.stringify(r.Properties!.ServiceName).match(/\.([a-z0-9]+)"\]\]\}$/)?.[1],
					type: r.Properties!.VpcEndpointType,
					privateDns: r.Properties!.PrivateDnsEnabled,
				}));
				assert.deepEqual(
					endpoints.map((e) => `${e.service}:${e.type}`).sort(),
					['ec2messages:Interface', 'logs:Interface', 's3:Gateway', 'ssm:Interface', 'ssmmessages:Interface']
				);
				assert.ok(endpoints.filter((e) => e.type === 'Interface').every((e) => e.privateDns === true), 'private DNS on interface endpoints');
				template.hasResourceProperties('AWS::EC2::SecurityGroup', {
					GroupDescription: Match.stringLikeRegexp('^Interface endpoints'),
					SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: labVpcCidr, Description: Match.anyValue() }],
				});
			});
		}
	});
}

test('the inline handler that empties the bucket is valid Python', () => {
	// Python comes with Debian's awscli, which the CLI checks need anyway.
	execFileSync('python3', ['-c', 'import sys; compile(sys.stdin.read(), "index.py", "exec")'], { input: EMPTY_BUCKET_HANDLER });
	assert.match(EMPTY_BUCKET_HANDLER, /^import cfnresponse$/m, 'the exact import CloudFormation recognises');
});
