import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { codeBlocks } from '../../scripts/lib/shell-samples.ts';
import { placeholderDefinitions, valueKeys } from '../../src/plugins/your-values/placeholders.ts';
import { unknownPlaceholderIds } from '../../src/plugins/your-values/scan.ts';
import { findPlaceholders, substitutedParts, substituteText } from '../../src/plugins/your-values/substitute.ts';
import { isValidValue, parseValues, serialiseValues, yourValuesKey } from '../../src/plugins/your-values/values.ts';

const mine = { instance: 'i-0abc1234def567890', region: 'us-west-2', managedNode: 'mi-0abc1234def567890', localPort: '15432' } as const;

describe('placeholders.ts', () => {
	test('defines every value key once, with a valid example and distinct placeholders', () => {
		assert.deepEqual(placeholderDefinitions.map(({ key }) => key), [...valueKeys]);
		const all = placeholderDefinitions.flatMap(({ placeholders }) => placeholders);
		assert.equal(new Set(all).size, all.length);
		for (const { key, example, placeholders } of placeholderDefinitions) {
			assert.ok(isValidValue(key, example), `${key}: example ${example}`);
			// A placeholder is what a valid value looks like too, so the samples stay runnable in shape.
			for (const placeholder of placeholders) assert.ok(isValidValue(key, placeholder), `${key}: placeholder ${placeholder}`);
		}
	});
	test('each pattern compiles as browsers compile the pattern attribute (the v flag)', () => {
		for (const { pattern } of placeholderDefinitions) assert.doesNotThrow(() => new RegExp(`^(?:${pattern})$`, 'v'), pattern);
	});
});

describe('substituteText', () => {
	test('replaces whole-token placeholders with the values given', () => {
		assert.equal(
			substituteText('aws ssm start-session --target i-0123456789abcdef0 --region ap-northeast-1', mine),
			'aws ssm start-session --target i-0abc1234def567890 --region us-west-2'
		);
		assert.equal(substituteText('--parameters "portNumber=3389,localPortNumber=33890"', mine), '--parameters "portNumber=3389,localPortNumber=15432"');
		assert.equal(substituteText('arn:aws:ssm:ap-northeast-1:111122223333:document/X', mine), 'arn:aws:ssm:us-west-2:111122223333:document/X');
		assert.equal(substituteText("$InstanceId = 'i-0123456789abcdef0'\u007fnext i-0123456789abcdef0", mine), "$InstanceId = 'i-0abc1234def567890'\u007fnext i-0abc1234def567890");
	});
	test('never replaces inside a longer ID or name', () => {
		for (const text of [
			'mi-0123456789abcdef0x',
			'i-0123456789abcdef01',
			'xi-0123456789abcdef0',
			'ap-northeast-1a',
			'ap-northeast-10',
			'my-ap-northeast-1',
			'port 133060',
			'i-0123456789abcdef0_old',
		]) {
			assert.equal(substituteText(text, { instance: mine.instance, region: mine.region, localPort: mine.localPort }), text, text);
		}
		// The managed node ID contains the instance placeholder; only its own value replaces it.
		assert.equal(substituteText('mi-0123456789abcdef0', { instance: mine.instance }), 'mi-0123456789abcdef0');
		assert.equal(substituteText('mi-0123456789abcdef0 i-0123456789abcdef0', mine), 'mi-0abc1234def567890 i-0abc1234def567890');
	});
	test('keeps placeholders without a value, and a value equal to another placeholder is not replaced again', () => {
		assert.equal(substituteText('i-0123456789abcdef0 i-0fedcba9876543210', { instance: 'i-0fedcba9876543210' }), 'i-0fedcba9876543210 i-0fedcba9876543210');
		assert.equal(substituteText('i-0123456789abcdef0 ap-northeast-1', {}), 'i-0123456789abcdef0 ap-northeast-1');
	});
	test('findPlaceholders and substitutedParts say where and which', () => {
		assert.deepEqual(findPlaceholders('x i-0123456789abcdef0', mine), [{ start: 2, end: 21, key: 'instance', value: mine.instance }]);
		assert.deepEqual(substitutedParts('--target i-0123456789abcdef0 --region ap-northeast-1', mine), [
			'--target ',
			{ key: 'instance', value: mine.instance },
			' --region ',
			{ key: 'region', value: mine.region },
		]);
	});
});

describe('values: validation and storage', () => {
	test('validation accepts real shapes and rejects others', () => {
		const cases: [(typeof valueKeys)[number], string, boolean][] = [
			['instance', 'i-0abc1234def567890', true],
			['instance', 'i-1234abcd', true],
			['instance', 'i-0ABC1234DEF567890', false],
			['instance', 'i-0abc1234def56789', false],
			['instance', 'i-0123 ; rm -rf /', false],
			['managedNode', 'mi-0abc1234def567890', true],
			['managedNode', 'i-0abc1234def567890', false],
			['region', 'us-gov-west-1', true],
			['region', 'eu-central-2', true],
			['region', 'tokyo', false],
			['region', 'ap-northeast-1a', false],
			['profile', 'dev.team+ops@x', true],
			['profile', 'two words', false],
			['profile', '$(whoami)', false],
			['bucket', 'my.bucket-01', true],
			['bucket', 'My_Bucket', false],
			['bucket', '-bucket', false],
			['localPort', '65535', true],
			['localPort', '65536', false],
			['localPort', '0', false],
			['localPort', '8080x', false],
		];
		for (const [key, value, valid] of cases) assert.equal(isValidValue(key, value), valid, `${key} ${value}`);
	});
	test('the key is per site (base path) and the same for both editions', () => {
		assert.equal(yourValuesKey('/'), '/:your-values');
		assert.notEqual(yourValuesKey('/ssm-guide/'), yourValuesKey('/'));
	});
	test('parseValues reads what serialiseValues wrote', () => {
		assert.deepEqual(parseValues(serialiseValues(mine)), mine);
		assert.equal(serialiseValues({}), null);
		assert.equal(serialiseValues({ region: '' }), null);
	});
	test('corrupt or foreign storage never throws and keeps only valid known values', () => {
		for (const stored of [null, '', 'not json', '[]', '42', 'null', '"x"', '{"instance":42}', '{"instance":"i-zz"}', '{"__proto__":{"instance":"i-1234abcd"}}']) {
			assert.deepEqual(parseValues(stored), {}, String(stored));
		}
		assert.deepEqual(parseValues('{"instance":"i-1234abcd","region":"<script>","other":"x"}'), { instance: 'i-1234abcd' });
	});
});

describe('unknown placeholder-looking IDs', () => {
	test('finds IDs the list does not know, and passes the known ones', () => {
		const sample = [
			'aws ssm start-session --target i-0123456789abcdef0 --region ap-northeast-1',
			'aws ssm send-command --instance-ids i-0aaaabbbbcccc1111 mi-0badbadbadbadbad0',
			'aws s3 ls s3://amzn-s3-demo-bucket/ s3://amzn-s3-demo-bucket2/',
			'arn:aws:ssm:eu-west-1:123456789012:document/X arn:aws:ssm:ap-northeast-1:111122223333:document/X',
			'sg-0123456789abcdef0 lab-user-0a1b2c3d4e5f67890 bob-0123456789abcdef0',
		].join('\n');
		assert.deepEqual(unknownPlaceholderIds(sample), [
			'i-0aaaabbbbcccc1111',
			'mi-0badbadbadbadbad0',
			'amzn-s3-demo-bucket2',
			'eu-west-1',
			'123456789012',
			'bob-0123456789abcdef0',
		]);
	});
	test('does not take ordinary words, versions or document names for IDs', () => {
		assert.deepEqual(unknownPlaceholderIds('AWS-RunPatchBaseline aws-runpatchbaseline key-prefix gpg-pubkey-d832c631-6515c85e ssm-agent 3.3.40.0 portNumber=3389'), []);
	});
	test('every code block of every page uses only known placeholders', () => {
		const docs = 'src/content/docs';
		const pages = readdirSync(docs, { recursive: true }).map(String).filter((file) => file.endsWith('.mdx'));
		assert.ok(pages.length > 20, 'found the pages');
		const problems = pages.flatMap((file) =>
			codeBlocks(readFileSync(join(docs, file), 'utf8')).flatMap(({ code, line }) =>
				unknownPlaceholderIds(code).map((id) => `${docs}/${file}:${line}: ${id} — add it to src/plugins/your-values/placeholders.ts (a placeholder or a fixed example)`)
			)
		);
		assert.deepEqual(problems, []);
	});
});
