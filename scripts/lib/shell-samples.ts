/**
 * Shell samples on the guide's pages: finding the fenced code blocks of an MDX page, and reading the AWS CLI
 * command lines out of the PowerShell ones. bash blocks are read by bash itself (scripts/check-cli-samples.mjs);
 * there is no PowerShell on the machines that run the tests, so PowerShell blocks are limited to a small subset
 * that this module parses exactly and rejects otherwise:
 *
 * - `$Name = 'literal'`, `$Name = "text with $Other"`, `$Name = aws …` (the command's output), `aws …`, a bare
 *   `$Name` (prints it), `# comments`, blank lines;
 * - a backtick at the very end of a line continues it;
 * - arguments are bare words, '…' (literal) or "…" (with `$Name` expanded); no double quote inside an argument,
 *   because Windows PowerShell 5.1 drops them when it passes arguments to aws.exe.
 */

export interface CodeBlock {
	lang: string;
	meta: string;
	code: string;
	/** 1-based line of the opening fence in the page. */
	line: number;
}

/** Fenced code blocks of a Markdown/MDX page, dedented by their fence's indentation (blocks inside <Steps> items). */
export function codeBlocks(source: string): CodeBlock[] {
	const lines = source.split('\n');
	const blocks: CodeBlock[] = [];
	for (let index = 0; index < lines.length; index++) {
		const open = /^(\s*)(`{3,}|~{3,})([\w-]*)\s*(.*)$/.exec(lines[index]!);
		if (!open) continue;
		const [, indent = '', fence = '', lang = '', meta = ''] = open;
		const body: string[] = [];
		let end = index + 1;
		for (; end < lines.length; end++) {
			const line = lines[end]!;
			if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
			body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
		}
		if (end === lines.length) throw new Error(`line ${index + 1}: the code block is never closed`);
		blocks.push({ lang, meta: meta.trim(), code: body.join('\n'), line: index + 1 });
		index = end;
	}
	return blocks;
}

/** One AWS CLI call found in a sample: its arguments after `aws`, and where it is. */
export interface AwsCall {
	argv: string[];
	/** 1-based line within the block. */
	line: number;
}

export class PowerShellSubsetError extends Error {
	readonly line: number;

	constructor(line: number, message: string) {
		super(`line ${line}: ${message}`);
		this.line = line;
	}
}

/**
 * The AWS CLI calls of a PowerShell block in the subset above, with variables expanded as PowerShell would.
 * `commandOutput` stands in for what an `aws` call prints when its output is assigned to a variable.
 */
export function powerShellAwsCalls(code: string, variables: Map<string, string> = new Map(), commandOutput = 'sample-output'): AwsCall[] {
	const calls: AwsCall[] = [];
	for (const { text, line } of logicalLines(code)) {
		const trimmed = text.trim();
		if (trimmed === '' || trimmed.startsWith('#')) continue;
		const assignment = /^\$([A-Za-z_]\w*)\s*=\s*(.*)$/.exec(trimmed);
		const expression = assignment ? assignment[2]! : trimmed;
		const words = tokens(expression, variables, line);
		if (words.length === 0) throw new PowerShellSubsetError(line, 'nothing after =');
		if (words[0]!.bare && words[0]!.value === 'aws') {
			calls.push({ argv: words.slice(1).map((word) => word.value), line });
			if (assignment) variables.set(assignment[1]!.toLowerCase(), commandOutput);
			continue;
		}
		if (words.length !== 1) throw new PowerShellSubsetError(line, `only aws commands are allowed, not \`${words[0]!.value}\``);
		const [word] = words;
		if (assignment) {
			if (word!.bare && !word!.fromVariable) throw new PowerShellSubsetError(line, `quote the value: '${word!.value}'`);
			variables.set(assignment[1]!.toLowerCase(), word!.value);
		} else if (!word!.fromVariable) {
			throw new PowerShellSubsetError(line, `\`${trimmed}\` is not in the PowerShell subset (aws …, $Name = …, $Name)`);
		}
	}
	return calls;
}

/** Joins backtick-continued lines. A backtick followed by spaces does not continue a line in PowerShell. */
function logicalLines(code: string): { text: string; line: number }[] {
	const result: { text: string; line: number }[] = [];
	let pending: { text: string; line: number } | undefined;
	code.split('\n').forEach((raw, index) => {
		const line = index + 1;
		if (/`\s+$/.test(raw)) throw new PowerShellSubsetError(line, 'spaces after the line-continuation backtick (PowerShell would not continue the line)');
		const continues = raw.endsWith('`');
		const text = continues ? raw.slice(0, -1) : raw;
		pending = pending ? { text: `${pending.text} ${text.trim()}`, line: pending.line } : { text, line };
		if (!continues) {
			result.push(pending);
			pending = undefined;
		}
	});
	if (pending) throw new PowerShellSubsetError(pending.line, 'the last line ends with a continuation backtick');
	return result;
}

interface Word {
	value: string;
	/** Neither quoted nor a variable: a command name or a plain argument. */
	bare: boolean;
	/** The whole word is one variable (`$Name`). */
	fromVariable: boolean;
}

function tokens(expression: string, variables: Map<string, string>, line: number): Word[] {
	const words: Word[] = [];
	let index = 0;
	const expand = (text: string): string =>
		text.replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (_, braced: string | undefined, plain: string | undefined) => {
			const name = (braced ?? plain)!;
			const value = variables.get(name.toLowerCase());
			if (value === undefined) throw new PowerShellSubsetError(line, `$${name} is used before it is set`);
			return value;
		});
	while (index < expression.length) {
		const char = expression[index]!;
		if (char === ' ' || char === '\t') {
			index++;
			continue;
		}
		if ('|;&<>(){}@'.includes(char)) throw new PowerShellSubsetError(line, `\`${char}\` is not in the PowerShell subset`);
		if (char === "'") {
			const end = expression.indexOf("'", index + 1);
			if (end < 0) throw new PowerShellSubsetError(line, 'unclosed single quote');
			const value = expression.slice(index + 1, end);
			if (value.includes('"')) throw new PowerShellSubsetError(line, 'a double quote inside an argument (Windows PowerShell 5.1 drops it)');
			words.push({ value, bare: false, fromVariable: false });
			index = end + 1;
			continue;
		}
		if (char === '"') {
			const end = expression.indexOf('"', index + 1);
			if (end < 0) throw new PowerShellSubsetError(line, 'unclosed double quote');
			const raw = expression.slice(index + 1, end);
			if (raw.includes('`') || raw.includes('$(')) throw new PowerShellSubsetError(line, 'escapes and $(…) inside "…" are not in the subset');
			words.push({ value: expand(raw), bare: false, fromVariable: false });
			index = end + 1;
			continue;
		}
		let end = index;
		while (end < expression.length && !' \t\'"'.includes(expression[end]!)) end++;
		const raw = expression.slice(index, end);
		if (raw.includes('`')) throw new PowerShellSubsetError(line, 'a backtick inside a word');
		if (raw.includes(',')) throw new PowerShellSubsetError(line, `quote \`${raw}\`: PowerShell splits an unquoted word at its commas`);
		const wholeVariable = /^\$[A-Za-z_]\w*$/.test(raw);
		words.push({ value: expand(raw), bare: !raw.includes('$'), fromVariable: wholeVariable });
		index = end;
	}
	return words;
}
