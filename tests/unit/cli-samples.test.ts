import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { codeBlocks, powerShellAwsCalls } from '../../scripts/lib/shell-samples.ts';

describe('codeBlocks', () => {
	test('finds fenced blocks, with their language and meta, and dedents blocks inside list items', () => {
		const blocks = codeBlocks('Text\n\n```bash title="x"\necho 1\n```\n\n1. Step\n\n   ```powershell\n   $A = \'b\'\n     indented\n   ```\n');
		assert.deepEqual(blocks, [
			{ lang: 'bash', meta: 'title="x"', code: 'echo 1', line: 3 },
			{ lang: 'powershell', meta: '', code: "$A = 'b'\n  indented", line: 9 },
		]);
	});
	test('an unclosed block is an error', () => {
		assert.throws(() => codeBlocks('```bash\necho 1\n'), /never closed/);
	});
});

describe('powerShellAwsCalls (the PowerShell subset)', () => {
	test('expands variables, joins backtick continuations and records what aws output is assigned to', () => {
		const calls = powerShellAwsCalls(
			[
				"$Stack = 'node-tools-lab'",
				'$LinuxId = aws cloudformation describe-stacks --stack-name $Stack `',
				'  --query "Stacks[0].Outputs[?OutputKey==\'LinuxInstanceId\'].OutputValue" --output text',
				'$LinuxId',
				'# a comment',
				'aws s3 ls "s3://$Stack/run-command/" --recursive',
				'aws ssm start-session --target $LinuxId',
			].join('\n'),
			new Map(),
			'i-0123'
		);
		assert.deepEqual(calls, [
			{ argv: ['cloudformation', 'describe-stacks', '--stack-name', 'node-tools-lab', '--query', "Stacks[0].Outputs[?OutputKey=='LinuxInstanceId'].OutputValue", '--output', 'text'], line: 2 },
			{ argv: ['s3', 'ls', 's3://node-tools-lab/run-command/', '--recursive'], line: 6 },
			{ argv: ['ssm', 'start-session', '--target', 'i-0123'], line: 7 },
		]);
	});
	test('variables carry over between blocks of a page when the same map is passed', () => {
		const variables = new Map<string, string>();
		powerShellAwsCalls("$Bucket = 'b1'", variables);
		assert.deepEqual(powerShellAwsCalls('aws s3 ls s3://$Bucket/', variables)[0]!.argv, ['s3', 'ls', 's3://b1/']);
	});
	for (const [code, message] of [
		['aws ssm describe-instance-information | Out-Null', /`\|` is not in the PowerShell subset/],
		['Get-Date', /only aws commands|not in the PowerShell subset/],
		['aws ssm list-commands --targets Key=tag:Os,Values=linux', /PowerShell splits an unquoted word at its commas/],
		['aws s3 ls s3://$Missing/', /\$Missing is used before it is set/],
		["aws ssm send-command --parameters 'commands=[\"df\"]'", /double quote inside an argument/],
		['aws ssm list-commands ` ', /spaces after the line-continuation backtick/],
		['$Name = plain', /quote the value/],
	] as const) {
		test(`rejects: ${code}`, () => {
			assert.throws(() => powerShellAwsCalls(code), message);
		});
	}
});

test('check-cli-samples.mjs reports each broken sample of a page, and names the AWS CLI error', () => {
	const result = spawnSync(process.execPath, ['scripts/check-cli-samples.mjs', 'tests/fixtures/cli-samples'], { encoding: 'utf8' });
	assert.equal(result.status, 1, result.stdout + result.stderr);
	const output = result.stderr;
	assert.match(output, /broken\.mdx:5 \(bash\): aws ssm send-command --document-nam[\s\S]*spell options out in full/);
	assert.match(output, /broken\.mdx:10 \(bash\): aws ssm list-command-invocations --command-id\s*\n[\s\S]*?(expected one argument|Invalid length)/);
	assert.match(output, /broken\.mdx:14: bash -n/);
	assert.match(output, /broken\.mdx:18: PowerShell: line 2: quote `Key=tag:Os,Values=linux`/);
	assert.match(output, /broken\.mdx:23: PowerShell: line 1: `\|` is not in the PowerShell subset/);
	assert.match(output, /5 problem\(s\)/, 'the valid PowerShell block passes');
});
