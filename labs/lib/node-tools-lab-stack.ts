import {
	Aws,
	CfnCondition,
	CfnOutput,
	CfnParameter,
	CfnResource,
	Duration,
	Fn,
	RemovalPolicy,
	Stack,
	Tags,
	aws_ec2 as ec2,
	aws_iam as iam,
	aws_logs as logs,
	aws_s3 as s3,
	aws_ssm as ssm,
	type StackProps,
} from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EmptyBucketOnDelete } from './empty-bucket-on-delete.ts';

/**
 * Where the lab's nodes live.
 * - `public`: one public subnet. Nodes reach Systems Manager over the internet gateway with a public IPv4 address;
 *   no inbound rule anywhere. The cheapest variant.
 * - `private`: one isolated subnet (no route to the internet) and interface endpoints for Systems Manager, Session
 *   Manager and CloudWatch Logs, plus the S3 gateway endpoint; the setup for nodes that must not reach the internet.
 */
export type LabNetwork = 'public' | 'private';

export interface NodeToolsLabStackProps extends StackProps {
	network: LabNetwork;
}

/** Tags the hands-on pages target (`Key=tag:Environment,Values=lab`, `Key=tag:Os,Values=linux`). */
export const labTags = { project: { Project: 'node-tools-lab' }, environment: 'lab' } as const;

/** The lab VPC's address range (a literal, so checks can read the endpoint rule's source at synth time). */
export const labVpcCidr = '10.20.0.0/24';

/** Key prefixes in the lab bucket; the instance role may write only under these. */
export const bucketPrefixes = ['session-logs/', 'run-command/'] as const;

/**
 * Buckets owned by AWS that SSM Agent reads from (agent updates, documents, patch baselines, Distributor). Nodes
 * behind the S3 gateway endpoint need explicit permission for them; on the public subnet the policy is harmless.
 * https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-agent-technical-details.html#ssm-agent-minimum-s3-permissions
 */
const agentBucketPatterns = [
	'aws-ssm-{region}',
	'aws-windows-downloads-{region}',
	'amazon-ssm-{region}',
	'amazon-ssm-packages-{region}',
	'{region}-birdwatcher-prod',
	'aws-ssm-distributor-file-{region}',
	'aws-ssm-document-attachments-{region}',
	'patch-baseline-snapshot-{region}',
];

/**
 * The hands-on environment: an Amazon Linux 2023 node, an optional Windows Server node, the bucket and log group
 * for session logs and command output, a Session document that sends session logs to both, and a String
 * parameter for the `{{ssm:…}}` exercise. Everything is deleted with the stack.
 */
export class NodeToolsLabStack extends Stack {
	constructor(scope: Construct, id: string, props: NodeToolsLabStackProps) {
		super(scope, id, props);
		const { network } = props;

		this.templateOptions.description =
			network === 'public'
				? 'AWS Systems Manager node tools hands-on lab (public subnet, no inbound rules). Delete the stack after the session.'
				: 'AWS Systems Manager node tools hands-on lab (private subnet with VPC endpoints, no inbound rules). Delete the stack after the session.';

		const windowsInstance = new CfnParameter(this, 'WindowsInstance', {
			type: 'String',
			allowedValues: ['true', 'false'],
			default: 'false',
			description: 'Also create a Windows Server instance (RDP port forwarding, Fleet Manager exercises).',
		});
		const linuxInstanceType = new CfnParameter(this, 'LinuxInstanceType', {
			type: 'String',
			default: 't3.micro',
			description: 'Instance type of the Amazon Linux 2023 instance.',
		});
		const windowsInstanceType = new CfnParameter(this, 'WindowsInstanceType', {
			type: 'String',
			default: 't3.medium',
			description: 'Instance type of the Windows Server instance.',
		});
		// AMI IDs differ by Region; the public parameters of Systems Manager always name the latest image, so the
		// template has no Region-specific value.
		const linuxAmi = new CfnParameter(this, 'LinuxAmi', {
			type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
			default: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
			description: 'Public Systems Manager parameter with the Amazon Linux 2023 AMI ID.',
		});
		const windowsAmi = new CfnParameter(this, 'WindowsAmi', {
			type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
			default: '/aws/service/ami-windows-latest/Windows_Server-2025-Japanese-Full-Base',
			description:
				'Public Systems Manager parameter with the Windows Server AMI ID (English: /aws/service/ami-windows-latest/Windows_Server-2025-English-Full-Base).',
		});
		const withWindows = new CfnCondition(this, 'WithWindows', {
			expression: Fn.conditionEquals(windowsInstance.valueAsString, 'true'),
		});

		Tags.of(this).add('Project', labTags.project.Project);

		// Network ------------------------------------------------------------------------------------------------
		const vpc = new ec2.Vpc(this, 'Vpc', {
			ipAddresses: ec2.IpAddresses.cidr(labVpcCidr),
			maxAzs: 1,
			natGateways: 0,
			subnetConfiguration: [
				network === 'public'
					? { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 26, mapPublicIpOnLaunch: true }
					: { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 26 },
			],
			restrictDefaultSecurityGroup: false,
		});
		// The default security group keeps its rules but nothing uses it; removing them needs a custom resource with
		// an asset, which the plain templates cannot have.
		const nodeSecurityGroup = new ec2.SecurityGroup(this, 'NodeSecurityGroup', {
			vpc,
			description: 'Lab nodes: no inbound rules; outbound HTTPS to Systems Manager and package repositories',
			allowAllOutbound: true,
		});

		if (network === 'private') {
			vpc.addGatewayEndpoint('S3Endpoint', { service: ec2.GatewayVpcEndpointAwsService.S3 });
			const endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
				vpc,
				description: 'Interface endpoints: HTTPS from inside the lab VPC only',
				allowAllOutbound: false,
			});
			endpointSecurityGroup.addIngressRule(ec2.Peer.ipv4(labVpcCidr), ec2.Port.tcp(443), 'HTTPS from the lab VPC');
			const services = {
				SsmEndpoint: ec2.InterfaceVpcEndpointAwsService.SSM,
				SsmMessagesEndpoint: ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES,
				Ec2MessagesEndpoint: ec2.InterfaceVpcEndpointAwsService.EC2_MESSAGES,
				LogsEndpoint: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
			};
			for (const [endpointId, service] of Object.entries(services)) {
				// open: false — the endpoint security group above already admits HTTPS from the VPC.
				vpc.addInterfaceEndpoint(endpointId, { service, securityGroups: [endpointSecurityGroup], privateDnsEnabled: true, open: false });
			}
		}

		// Logs ---------------------------------------------------------------------------------------------------
		const bucket = new s3.Bucket(this, 'LogBucket', {
			encryption: s3.BucketEncryption.S3_MANAGED,
			blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
			objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
			enforceSSL: true,
			removalPolicy: RemovalPolicy.DESTROY,
			lifecycleRules: [{ expiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
		});
		const emptyBucket = new EmptyBucketOnDelete(this, 'EmptyLogBucket', { bucket });

		// CloudWatch Logs encrypts log data at rest by default; a customer managed KMS key would add a monthly charge
		// and a deletion waiting period that outlives the stack.
		const sessionLogGroup = new logs.LogGroup(this, 'SessionLogGroup', {
			logGroupName: `/${Aws.STACK_NAME}/session-logs`,
			retention: logs.RetentionDays.ONE_WEEK,
			removalPolicy: RemovalPolicy.DESTROY,
		});

		const sessionDocument = new ssm.CfnDocument(this, 'SessionDocument', {
			name: `${Aws.STACK_NAME}-session-logs`,
			documentType: 'Session',
			documentFormat: 'JSON',
			updateMethod: 'Replace',
			content: {
				schemaVersion: '1.0',
				description: 'Session Manager session that records its output to the lab bucket and log group',
				sessionType: 'Standard_Stream',
				inputs: {
					s3BucketName: bucket.bucketName,
					s3KeyPrefix: 'session-logs',
					s3EncryptionEnabled: true,
					cloudWatchLogGroupName: sessionLogGroup.logGroupName,
					// true would require a log group encrypted with a KMS key (see above).
					cloudWatchEncryptionEnabled: false,
					cloudWatchStreamingEnabled: true,
					idleSessionTimeout: '20',
					runAsEnabled: false,
					shellProfile: { linux: '', windows: '' },
				},
			},
		});

		const messageParameter = new ssm.StringParameter(this, 'MessageParameter', {
			parameterName: `/${Aws.STACK_NAME}/message`,
			stringValue: 'Hello from the node tools lab',
			description: 'Read by the Run Command exercise through {{ssm:...}}',
			simpleName: false,
		});

		// Nodes --------------------------------------------------------------------------------------------------
		const role = new iam.Role(this, 'NodeRole', {
			assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
			description: 'Lab nodes: Systems Manager core, session logs and command output',
			managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
		});
		// Session logs and Run Command output (session-manager-logging, getting-started-create-iam-instance-profile).
		role.addToPolicy(
			new iam.PolicyStatement({
				actions: ['s3:PutObject'],
				resources: bucketPrefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`)),
			})
		);
		role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetEncryptionConfiguration'], resources: [bucket.bucketArn] }));
		role.addToPolicy(
			new iam.PolicyStatement({
				actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
				resources: [sessionLogGroup.logGroupArn],
			})
		);
		role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:DescribeLogStreams'], resources: [sessionLogGroup.logGroupArn] }));
		// DescribeLogGroups has no resource-level permissions; the agent uses it to find the log group.
		role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:DescribeLogGroups'], resources: ['*'] }));
		role.addToPolicy(
			new iam.PolicyStatement({
				actions: ['s3:GetObject'],
				resources: agentBucketPatterns.map((pattern) => `arn:${Aws.PARTITION}:s3:::${pattern.replace('{region}', Aws.REGION)}/*`),
			})
		);
		const instanceProfile = new iam.InstanceProfile(this, 'NodeInstanceProfile', { role });

		/** One lab node: same network, role, IMDSv2 rule and tags for both operating systems. */
		const addNode = (id: string, os: 'linux' | 'windows', instanceType: CfnParameter, ami: CfnParameter, root: { device: string; gib: number }) => {
			const node = new ec2.Instance(this, id, {
				vpc,
				vpcSubnets: { subnetGroupName: network === 'public' ? 'Public' : 'Private' },
				securityGroup: nodeSecurityGroup,
				instanceType: new ec2.InstanceType(instanceType.valueAsString),
				machineImage: amiFromParameter(ami, os === 'windows' ? ec2.OperatingSystemType.WINDOWS : ec2.OperatingSystemType.LINUX),
				instanceProfile,
				// MetadataOptions on the instance itself (no launch template, whose name would have to be unique per account).
				httpTokens: ec2.HttpTokens.REQUIRED,
				blockDevices: [{ deviceName: root.device, volume: ec2.BlockDeviceVolume.ebs(root.gib, { encrypted: true, volumeType: ec2.EbsDeviceVolumeType.GP3 }) }],
			});
			Tags.of(node).add('Name', `${Aws.STACK_NAME}-${os}`);
			Tags.of(node).add('Environment', labTags.environment);
			Tags.of(node).add('Os', os);
			return node;
		};
		const linux = addNode('LinuxNode', 'linux', linuxInstanceType, linuxAmi, { device: '/dev/xvda', gib: 8 });
		const windows = addNode('WindowsNode', 'windows', windowsInstanceType, windowsAmi, { device: '/dev/sda1', gib: 30 });
		for (const child of windows.node.findAll()) {
			if (child instanceof CfnResource) child.cfnOptions.condition = withWindows;
		}

		// The instances depend on the emptying resource, so CloudFormation deletes them first: nothing writes into
		// the bucket while it is being emptied.
		linux.node.addDependency(emptyBucket);
		windows.node.addDependency(emptyBucket);

		// Outputs (the hands-on pages read these by key) -----------------------------------------------------------
		new CfnOutput(this, 'LinuxInstanceId', { value: linux.instanceId, description: 'Amazon Linux 2023 instance' });
		const windowsOutput = new CfnOutput(this, 'WindowsInstanceId', { value: windows.instanceId, description: 'Windows Server instance' });
		windowsOutput.condition = withWindows;
		new CfnOutput(this, 'LogBucketName', { value: bucket.bucketName, description: 'Session logs (session-logs/) and Run Command output (run-command/)' });
		new CfnOutput(this, 'SessionLogGroupName', { value: sessionLogGroup.logGroupName, description: 'Session logs in CloudWatch Logs' });
		new CfnOutput(this, 'SessionDocumentName', { value: sessionDocument.ref, description: 'Session document that records session logs' });
		new CfnOutput(this, 'MessageParameterName', { value: messageParameter.parameterName, description: 'String parameter for {{ssm:...}}' });
	}
}

/** An image whose ID CloudFormation resolves from a public Systems Manager parameter at deploy time. */
function amiFromParameter(parameter: CfnParameter, osType: ec2.OperatingSystemType): ec2.IMachineImage {
	return {
		getImage: () => ({
			imageId: parameter.valueAsString,
			osType,
			userData: osType === ec2.OperatingSystemType.WINDOWS ? ec2.UserData.forWindows() : ec2.UserData.forLinux(),
		}),
	};
}
