/** A Markdown link for wikis; square brackets and backslashes in the text would end or break the link text. */
export function markdownLink(text: string, url: string): string {
	return `[${text.replace(/([[\]\\])/g, '\\$1')}](${url})`;
}
