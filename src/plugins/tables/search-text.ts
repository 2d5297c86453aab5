import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Search excerpts from tables. Pagefind indexes a table as its cells in a row, so a result's excerpt reads
 * 「観点 踏み台サーバー + SSH Session Manager 開けるポート. 踏み台の22番…」: values without the columns they belong to.
 * The index gets each row as a sentence instead, the row's label and each value after its column's header
 * (「開けるポート — 踏み台サーバー + SSH：踏み台の22番…／Session Manager：なし…。」), in a hidden block after the
 * table; the table itself is left out of the index. Readers and screen readers see the table as before.
 */

export interface SentenceStyle {
	/** Between the row's label and its values. */
	label: string;
	/** Between a column's header and the row's value in it. */
	value: string;
	/** Between two values of a row. */
	between: string;
	/** At the end of a row. */
	end: string;
}

export const sentenceStyles = {
	ja: { label: ' — ', value: '：', between: '／', end: '。' },
	en: { label: ' — ', value: ': ', between: '; ', end: '.' },
} as const satisfies Record<string, SentenceStyle>;

function textOf(node: ElementContent | Element): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	if (node.tagName === 'br') return ' ';
	return node.children.map(textOf).join('');
}

const elements = (nodes: readonly ElementContent[], tagNames: readonly string[]): Element[] =>
	nodes.filter((node): node is Element => node.type === 'element' && tagNames.includes(node.tagName));

/** Each body row of a table as one sentence, read with the table's column headers. */
export function tableRowSentences(table: Element, style: SentenceStyle): string[] {
	const sections = elements(table.children, ['thead', 'tbody', 'tr']);
	const rows = sections.flatMap((section) => (section.tagName === 'tr' ? [section] : elements(section.children, ['tr'])));
	const cellsOf = (row: Element) => elements(row.children, ['th', 'td']).map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
	const headerRow = rows.find((row) => elements(row.children, ['td']).length === 0);
	const headers = headerRow ? cellsOf(headerRow) : [];
	const ending = (text: string) => (/[。．.!?！？]$/.test(text) ? text : `${text}${style.end}`);
	return rows
		.filter((row) => row !== headerRow)
		.map(cellsOf)
		.filter((cells) => cells.some(Boolean))
		.map(([label = '', ...values]) => {
			if (values.length === 1) return ending(`${label}${style.value}${values[0]}`);
			const named = values.map((value, index) => (headers[index + 1] ? `${headers[index + 1]}${style.value}${value}` : value));
			return ending(`${label}${style.label}${named.join(style.between)}`);
		});
}

/** Puts each content table's rows, as sentences, in the search index in place of its cells. */
export function tableSearchText(): HastPluginEntry {
	return ({ fileURL }) => {
		const style = fileURL && /\/src\/content\/docs\/en\//.test(fileURL.pathname) ? sentenceStyles.en : sentenceStyles.ja;
		return defineHastPlugin({
			name: 'table-search-text',
			element: {
				filter: ['table'],
				visit(node, context) {
					const sentences = tableRowSentences(node, style);
					if (sentences.length === 0) return;
					context.setProperty(node, 'dataPagefindIgnore', '');
					context.insertAfter(node, {
						type: 'element',
						tagName: 'div',
						properties: { hidden: true, className: ['table-search-text'] },
						children: sentences.map((sentence) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: sentence }] })),
					});
				},
			},
		});
	};
}
