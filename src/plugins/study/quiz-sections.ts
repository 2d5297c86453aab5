import anchorAliases from '../../anchor-aliases.json' with { type: 'json' };

/** A heading of a rendered page, as `render(entry)` and Starlight's route data list them. */
export interface PageHeading {
	slug: string;
	text: string;
}

/**
 * The heading text of the section a quiz question sends readers back to (`section: how-it-works`). Stops the build
 * when the page has no such heading, since the review link would silently land at the top of the page.
 */
export function quizSectionTitle(
	headings: readonly PageHeading[],
	question: { question: string; section: string },
	page: string,
	/** The page's renamed section ids, `{ oldId: newId }` (src/anchor-aliases.json): an old id still lands on its section. */
	aliases: Readonly<Record<string, string>> = {}
): string {
	// The id as written, else where its alias points (an alias is shared by both editions, which may not both have renamed the heading yet).
	const heading = headings.find(({ slug }) => slug === question.section) ?? headings.find(({ slug }) => slug === aliases[question.section]);
	if (heading) return heading.text;
	throw new Error(
		`${page}: the quiz question "${question.question}" names section "${question.section}", which is not a heading of the page. ` +
			`Headings: ${headings.map(({ slug }) => slug).join(', ') || '(none)'}.`
	);
}

/** A page's renamed section ids, `{ oldId: newId }`, from src/anchor-aliases.json (`page`: `session-manager`, either edition). */
export function sectionAliasesOf(page: string): Readonly<Record<string, string>> {
	return (anchorAliases.pages as Record<string, Record<string, string>>)[page] ?? {};
}
