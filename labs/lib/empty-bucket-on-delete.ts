import { CustomResource, Duration, RemovalPolicy, aws_iam as iam, aws_lambda as lambda, aws_logs as logs, aws_s3 as s3 } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * Empties a bucket when the stack is deleted, so `RemovalPolicy.DESTROY` can remove it.
 *
 * Why not `autoDeleteObjects: true`: CDK implements that with a Lambda whose code is a file asset, and assets
 * need a bootstrapped account and an upload step. The lab templates must work as plain CloudFormation (download,
 * upload in the console, quick-create link), so the function's code is inline (`ZipFile`), where CloudFormation
 * provides the `cfnresponse` module.
 */
export class EmptyBucketOnDelete extends Construct {
	readonly function: lambda.Function;

	constructor(scope: Construct, id: string, props: { bucket: s3.Bucket }) {
		super(scope, id);
		const { bucket } = props;

		const logGroup = new logs.LogGroup(this, 'Logs', {
			retention: logs.RetentionDays.ONE_WEEK,
			removalPolicy: RemovalPolicy.DESTROY,
		});
		// An explicit role instead of AWSLambdaBasicExecutionRole: it may write only to its own log group and
		// list and delete objects only in this bucket.
		const role = new iam.Role(this, 'Role', {
			assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
			description: 'Empties the lab bucket when the lab stack is deleted',
		});
		role.addToPolicy(
			new iam.PolicyStatement({
				actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
				resources: [`${logGroup.logGroupArn}`],
			})
		);
		role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket', 's3:ListBucketVersions'], resources: [bucket.bucketArn] }));
		role.addToPolicy(
			new iam.PolicyStatement({
				actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
				resources: [bucket.arnForObjects('*')],
			})
		);

		this.function = new lambda.Function(this, 'Function', {
			runtime: lambda.Runtime.PYTHON_3_14,
			handler: 'index.handler',
			code: lambda.Code.fromInline(EMPTY_BUCKET_HANDLER),
			timeout: Duration.minutes(5),
			memorySize: 256,
			role,
			logGroup,
			description: 'Empties the lab bucket when the lab stack is deleted',
		});

		const resource = new CustomResource(this, 'Resource', {
			serviceToken: this.function.functionArn,
			resourceType: 'Custom::EmptyBucketOnDelete',
			properties: { BucketName: bucket.bucketName },
		});
		// The bucket outlives the custom resource: CloudFormation deletes the resource (emptying the bucket) first.
		resource.node.addDependency(bucket);
		resource.node.addDependency(role);
	}
}

/**
 * The handler. On Delete it removes every object version in the bucket; Create and Update do nothing. Any error
 * is reported as SUCCESS on Delete after logging it, so a failed cleanup never leaves the stack stuck in
 * DELETE_FAILED (the bucket's own deletion then fails visibly instead, with CloudFormation's message).
 */
export const EMPTY_BUCKET_HANDLER = `import boto3
import cfnresponse


def handler(event, context):
    bucket = event["ResourceProperties"]["BucketName"]
    if event["RequestType"] == "Delete":
        try:
            versions = boto3.resource("s3").Bucket(bucket).object_versions
            versions.delete()
        except Exception as error:
            print(f"Could not empty {bucket}: {error}")
    cfnresponse.send(event, context, cfnresponse.SUCCESS, {}, bucket)
`;
