/**
 * The one list of placeholders the guide's code samples use for a reader's own values, and the placeholder-looking
 * IDs that stay as they are. Everything else of the feature (the form, the substitution, the unit check over every
 * code sample) reads from here, so a new placeholder is one more entry.
 *
 * Loaded by the unit specs as it is (Node strips the types): keep to erasable TypeScript and import nothing.
 */

export const valueKeys = ['region', 'profile', 'instance', 'secondInstance', 'managedNode', 'bucket', 'localPort'] as const;

export type ValueKey = (typeof valueKeys)[number];

/** A text in both editions. */
export interface Bilingual {
	ja: string;
	en: string;
}

export interface PlaceholderDefinition {
	key: ValueKey;
	/** The texts the samples use for this value, each replaced only as a whole token. */
	placeholders: readonly string[];
	label: Bilingual;
	hint: Bilingual;
	/** What a valid value looks like, as an HTML `pattern` (implicitly anchored; valid with the `v` flag browsers use). */
	pattern: string;
	/** Shown when the value does not match `pattern`. */
	invalid: Bilingual;
	/** A valid value, for the input's placeholder text. */
	example: string;
}

const instanceId = 'i-(?:[0-9a-f]{8}|[0-9a-f]{17})';
const instanceIdInvalid: Bilingual = {
	ja: 'インスタンスIDは i- に続く16進数8桁か17桁です（例：i-0abc1234def567890）。',
	en: 'An instance ID is i- followed by 8 or 17 hexadecimal digits (e.g. i-0abc1234def567890).',
};

export const placeholderDefinitions = [
	{
		key: 'region',
		placeholders: ['ap-northeast-1'],
		label: { ja: 'リージョン', en: 'Region' },
		hint: { ja: 'リソースのあるリージョンのコード', en: 'The code of the Region your resources are in' },
		pattern: '[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}',
		invalid: { ja: 'リージョンのコードを ap-northeast-3 や us-east-1 の形で入れてください。', en: 'Enter a Region code such as ap-northeast-3 or us-east-1.' },
		example: 'ap-northeast-3',
	},
	{
		key: 'profile',
		// The samples' team scripts (ssm-rdp.bat/.ps1/.sh) name this profile.
		placeholders: ['study-profile'],
		label: { ja: 'AWS CLIのプロファイル名', en: 'AWS CLI profile name' },
		hint: { ja: 'aws configure で付けた名前（--profile に渡すもの）', en: 'The name you gave it with aws configure (what --profile takes)' },
		pattern: '[A-Za-z0-9_.+@\\-]{1,64}',
		invalid: { ja: 'プロファイル名は英数字と _ . + @ - で、64文字までです。', en: 'A profile name uses letters, digits and _ . + @ -, up to 64 characters.' },
		example: 'my-profile',
	},
	{
		key: 'instance',
		placeholders: ['i-0123456789abcdef0'],
		label: { ja: 'インスタンスID', en: 'Instance ID' },
		hint: { ja: 'コマンドで主に使うEC2インスタンス（i- で始まる）', en: 'The EC2 instance most commands use (starts with i-)' },
		pattern: instanceId,
		invalid: instanceIdInvalid,
		example: 'i-0abc1234def567890',
	},
	{
		key: 'secondInstance',
		placeholders: ['i-0fedcba9876543210'],
		label: { ja: '2台目のインスタンスID', en: 'Second instance ID' },
		hint: { ja: '2台を指定する例（ハンズオンのWindowsなど）で使うもの', en: 'For the samples that name two instances (such as the lab’s Windows one)' },
		pattern: instanceId,
		invalid: instanceIdInvalid,
		example: 'i-0def5678abc123456',
	},
	{
		key: 'managedNode',
		placeholders: ['mi-0123456789abcdef0'],
		label: { ja: 'マネージドノードID', en: 'Managed node ID' },
		hint: { ja: 'Hybrid Activationsで登録したノード（mi- で始まる）', en: 'A node registered with Hybrid Activations (starts with mi-)' },
		pattern: 'mi-[0-9a-f]{17}',
		invalid: { ja: 'マネージドノードIDは mi- に続く16進数17桁です（例：mi-0abc1234def567890）。', en: 'A managed node ID is mi- followed by 17 hexadecimal digits (e.g. mi-0abc1234def567890).' },
		example: 'mi-0abc1234def567890',
	},
	{
		key: 'bucket',
		// AWS's own example name. The lab pages' node-tools-lab-logbucket-… are the lab stack's output, read from the
		// stack by the commands, so they stay (see fixedExamples).
		placeholders: ['amzn-s3-demo-bucket'],
		label: { ja: 'S3バケット名', en: 'S3 bucket name' },
		hint: { ja: '出力やインベントリの送り先にするバケット', en: 'The bucket that receives command output or inventory' },
		pattern: '[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]',
		invalid: { ja: 'バケット名は小文字の英数字と . - で、3〜63文字、先頭と末尾は英数字です。', en: 'A bucket name is 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.' },
		example: 'my-team-ssm-output',
	},
	{
		key: 'localPort',
		// Each port-forwarding sample picks its own free port; a reader has one they know is free.
		placeholders: ['13306', '18080', '33890'],
		label: { ja: '手元のポート番号', en: 'Local port' },
		hint: { ja: 'ポート転送で手元のPCに開く、空いているポート', en: 'A free port on your computer for port forwarding' },
		pattern: '(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])',
		invalid: { ja: 'ポート番号は1〜65535の数字です。', en: 'A port is a number from 1 to 65535.' },
		example: '15432',
	},
] as const satisfies readonly PlaceholderDefinition[];

/**
 * Placeholder-looking IDs in the samples that are not a reader's value and stay as written: example output whose
 * IDs differ every time, and names the lab stack makes and the commands read back from it.
 */
export const fixedExamples: readonly { text: string; why: string }[] = [
	{ text: '111122223333', why: 'account ID in ARNs and example output (AWS documentation style)' },
	{ text: '444444444444', why: 'second account ID of multi-account examples' },
	{ text: '555555555555', why: 'third account ID of multi-account examples' },
	{ text: 'sg-0123456789abcdef0', why: 'security group in example output' },
	{ text: 'oi-0123456789ab', why: 'OpsItem ID, made by Just-in-time node access per request' },
	{ text: 'lab-user-0123456789abcdef0', why: 'Session Manager session ID in example output' },
	{ text: 'lab-user-0a1b2c3d4e5f67890', why: 'Session Manager session ID in example output' },
	{ text: 'lab-user-0abcdef1234567890', why: 'Session Manager session ID in example output' },
	{ text: 'lab-user-0fedcba9876543210', why: 'Session Manager session ID in example output' },
	{ text: 'node-tools-lab-logbucket-0123456789ab', why: 'the lab stack’s log bucket in example output; commands read it from the stack' },
	{ text: 'node-tools-lab-logbucket-1a2b3c4d5e6f', why: 'the lab stack’s log bucket in example output; commands read it from the stack' },
];

/**
 * Shapes of text that look like a placeholder for a reader's value: AWS resource and session IDs (`i-…`, `mi-…`,
 * `sg-…`, `lab-user-0a1b…`), 12-digit account IDs, AWS's example bucket names and Region codes.
 */
export const placeholderShapes: readonly RegExp[] = [
	/(?<![\w-])(?:[a-z][a-z0-9]*-)*[a-z]{1,8}-(?=[a-f]*[0-9])[0-9a-f]{8,17}(?![\w-])/g,
	/(?<![\w-])[0-9]{12}(?![\w-])/g,
	/(?<![\w-])amzn-s3-demo-[\w-]+/g,
	/(?<![\w-])(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-[a-z]+)+-[0-9]{1,2}(?![\w-])/g,
];
