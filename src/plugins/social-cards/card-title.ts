/**
 * The card's text engine breaks lines by width only, which can split a Japanese word (「ノ／ード」). Break at the
 * natural phrase boundaries instead: after a full-width colon, and between the English product name and the
 * Japanese rest of the site title.
 */
export function cardTitle(title: string): string {
	return title.replace('：', '：\n').replace(/^(AWS Systems Manager) /, '$1\n');
}
