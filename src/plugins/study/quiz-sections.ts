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
	const heading = [question.section, aliases[question.section]].flatMap((section) => headings.filter(({ slug }) => slug === section))[0];
	if (heading) return heading.text;
	throw new Error(
		`${page}: the quiz question "${question.question}" names section "${question.section}", which is not a heading of the page. ` +
			`Headings: ${headings.map(({ slug }) => slug).join(', ') || '(none)'}.`
	);
}
