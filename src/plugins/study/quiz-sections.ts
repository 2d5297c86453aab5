/** A heading of a rendered page, as `render(entry)` and Starlight's route data list them. */
export interface PageHeading {
	slug: string;
	text: string;
}

/**
 * The heading text of the section a quiz question sends readers back to (`section: how-it-works`). Stops the build
 * when the page has no such heading, since the review link would silently land at the top of the page.
 */
export function quizSectionTitle(headings: readonly PageHeading[], question: { question: string; section: string }, page: string): string {
	const heading = headings.find(({ slug }) => slug === question.section);
	if (heading) return heading.text;
	throw new Error(
		`${page}: the quiz question "${question.question}" names section "${question.section}", which is not a heading of the page. ` +
			`Headings: ${headings.map(({ slug }) => slug).join(', ') || '(none)'}.`
	);
}
