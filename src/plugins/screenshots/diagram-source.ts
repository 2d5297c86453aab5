/**
 * What <Figure kind="diagram"> needs to know about an SVG drawing from its source text. A diagram whose parts are
 * links must be inlined (a reader follows them); any other is shown as an <img>, which keeps its ~3 KB of markup
 * out of the page's HTML and lets the browser fetch it lazily. As an image the drawing cannot see the page's CSS
 * variables, so it follows the page's colour scheme instead (`prefers-color-scheme` inside an SVG image reflects
 * the color-scheme of the <img>, which Starlight's theme switch sets) and its own <title> and <desc> become the alt.
 */

export interface DiagramSource {
	/** Has links a reader follows, so it must stay inline markup. */
	interactive: boolean;
	/** The drawing's own <title>, then its <desc>: what it shows, for people who cannot see it. */
	alt: string;
	/** Draws itself legibly on a dark page when shown as an image (a `prefers-color-scheme: dark` block). */
	hasDarkScheme: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, decimal?: string, hex?: string) =>
		decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : entities[name.toLowerCase()]!
	);
}

/** The text of the SVG root's first <tag>, whitespace collapsed. */
function firstElementText(svg: string, tag: 'title' | 'desc'): string {
	const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(svg);
	return match
		? unescapeXml(match[1]!.replace(/<[^>]+>/g, ''))
				.replace(/\s+/g, ' ')
				.trim()
		: '';
}

/** Title and description read as one text: a sentence break between them unless the title already ends in one. */
export function joinTitleAndDescription(title: string, description: string): string {
	if (!description) return title;
	if (!title) return description;
	if (/[。．.!?！？]$/.test(title)) return `${title} ${description}`;
	// Japanese titles get a full stop of their own script; others a Latin one.
	return /[\u3040-\u30ff\u3400-\u9fff]/.test(title) ? `${title}。${description}` : `${title}. ${description}`;
}

export function readDiagramSource(svg: string): DiagramSource {
	return {
		interactive: /<a[\s>]/.test(svg),
		alt: joinTitleAndDescription(firstElementText(svg, 'title'), firstElementText(svg, 'desc')),
		hasDarkScheme: /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/.test(svg),
	};
}

/**
 * A linked diagram, ready to inline on a page: its links are written as sibling pages of its edition
 * (`href="../run-command/"`, as seen from a tool page), which only resolve there; `pageHref(slug, fragment)` gives
 * each link's address for the page it is shown on (the home page, another edition's base path). Its root <svg>
 * gets `className`; its source comments, for whoever edits the drawing, stay out of the page.
 */
export function inlineDiagram(svg: string, className: string, pageHref: (slug: string, fragment: string) => string): string {
	return svg
		.replace(/<!--[\s\S]*?-->\s*/g, '')
		.replace(/<svg\b/, `<svg class="${className}"`)
		.replace(/\bhref="\.\.\/([a-z0-9-]+)\/(#[a-z0-9-]+)?"/g, (_, slug: string, fragment = '') => `href="${pageHref(slug, fragment)}"`);
}
