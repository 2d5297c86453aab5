import { z } from 'astro/zod';
import { buildTime } from './stale.ts';

/** Hosts whose pages count as official sources for facts on this site. */
const officialSourceHosts = ['docs.aws.amazon.com', 'aws.amazon.com', 'awscli.amazonaws.com'];

const officialSourceUrl = z.url({ protocol: /^https$/ }).refine(
	(value) => officialSourceHosts.includes(new URL(value).hostname),
	{ message: `公式ドキュメントの URL を指定してください（${officialSourceHosts.join(' / ')}）` }
);

/**
 * How a tool is charged, for the page badge and the pricing cheat-sheet.
 * - `free`: no additional charge for the tool itself.
 * - `charged`: using the tool costs money.
 * - `conditional`: free in the common case, charged under a condition the note names (e.g. hybrid nodes).
 */
export const pricingModels = ['free', 'charged', 'conditional'] as const;

export type PricingModel = (typeof pricingModels)[number];

/** The UI string (src/content/i18n/<lang>.json) that names each pricing model on badges and cards. */
export const pricingLabelKeys = {
	free: 'study.pricing.free',
	charged: 'study.pricing.charged',
	conditional: 'study.pricing.conditional',
} as const satisfies Record<PricingModel, string>;

/** Starlight <Badge> variant per pricing model, shared by the page header and the cheat-sheet. */
export const pricingBadgeVariants = { free: 'success', conditional: 'caution', charged: 'danger' } as const;

/**
 * One self-check question. Choices are numbered from 0; `answers` lists the correct ones (one for a single-answer
 * question, several for "select all that apply").
 */
export const quizQuestion = z
	.object({
		question: z.string().min(5),
		choices: z.array(z.string().min(1)).min(2).max(6),
		/** Indexes (from 0) of the correct choices. */
		answers: z.array(z.number().int().min(0)).min(1, '正解（answers）を1つ以上指定してください'),
		/** Why the answer is right, in a sentence or two; shown after answering. */
		explanation: z.string().min(10, '解説（explanation）を書いてください'),
		/** The id of the section on the same page that teaches this (`port-forwarding`), linked from the answer. */
		section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'section は見出しの ASCII id です'),
	})
	.superRefine((question, context) => {
		question.answers.forEach((answer, index) => {
			if (answer >= question.choices.length) {
				context.addIssue({ code: 'custom', path: ['answers', index], message: `選択肢は ${question.choices.length} 個しかありません（0 から数えます）` });
			}
		});
		if (new Set(question.answers).size !== question.answers.length) {
			context.addIssue({ code: 'custom', path: ['answers'], message: '同じ正解が重複しています' });
		}
	});

export type QuizQuestion = z.infer<typeof quizQuestion>;

/** A section of another page, as `page#section-id` (`run-command#rate-control`). */
const pageSection = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ページと節は page#section-id の形で書きます（例：run-command#rate-control）');

/** Whether a lab needs the optional Windows Server instance of the lab stack (parameter `WindowsInstance`). */
export const labWindowsNeeds = ['none', 'optional', 'required'] as const;

export const labFields = z.object({
	/** Tool-page sections this lab practises; each tool page links back to the labs that name it. */
	practises: z.array(pageSection).min(1, '練習する節（practises）を1つ以上指定してください'),
	/** `optional`: some steps use the Windows instance; `required`: the lab cannot be done without it. */
	windows: z.enum(labWindowsNeeds).default('none'),
});

export type LabFields = z.infer<typeof labFields>;

/**
 * Study-guide fields added to every page of the `docs` collection. They are required, not optional: a page
 * without a checked date or sources is exactly what this guide must never publish.
 */
export const studyPageFields = z.object({
	/** Estimated minutes to read the page or present it at a study session. Required but on not-found pages. */
	duration: z.number().int().min(1).max(240).optional(),
	/** The date the facts on the page were last checked against the sources (確認日), `YYYY-MM-DD`. Required but on not-found pages. */
	verified: z.coerce.date().optional(),
	/**
	 * Official documentation the page's facts come from; Japanese `ja_jp` pages where they exist. Either a URL or
	 * `{ url, title }`, where the title is what the reader sees in the page's source list. Required but on
	 * not-found pages.
	 */
	sources: z
		.array(z.union([officialSourceUrl, z.object({ url: officialSourceUrl, title: z.string().min(1) })]))
		.min(1)
		.optional(),
	/** What using the tool costs; tool pages must have it, other pages may. */
	pricing: z
		.object({
			model: z.enum(pricingModels),
			/** One line, shown next to the badge: what is free and what triggers a charge. */
			note: z.string().min(1).max(120),
		})
		.optional(),
	/**
	 * `tool` pages describe one of the Node tools and must state their pricing; `lab` pages are hands-on
	 * exercises on the lab stack (labs/) and must say what they practise (`lab`); `site` pages are the guide's own
	 * tools (the run-sheet, the settings): not lessons, so no slides, no progress and no place in an agenda;
	 * `not-found` is an edition's 404 page (`404.mdx`, `en/404.mdx`), which states no facts, so it has no
	 * duration, checked date or sources.
	 */
	kind: z.enum(['tool', 'guide', 'lab', 'site', 'not-found']).default('guide'),
	/** For `lab` pages: the lab environment the exercise needs and the tool-page sections it practises. */
	lab: labFields.optional(),
	/** Self-check questions shown in the page's 理解度チェック section and in the practice test. */
	quiz: z.array(quizQuestion).max(8).optional(),
});

/** Cross-field rules that zod's object shape cannot express on its own. */
export function checkStudyPage(page: z.infer<typeof studyPageFields>, context: z.RefinementCtx): void {
	if (page.kind !== 'not-found') {
		if (page.duration === undefined) context.addIssue({ code: 'custom', path: ['duration'], message: '所要時間（duration、分）を指定してください' });
		if (page.verified === undefined) context.addIssue({ code: 'custom', path: ['verified'], message: '確認日（verified、YYYY-MM-DD）を指定してください' });
		if (page.sources === undefined) context.addIssue({ code: 'custom', path: ['sources'], message: '出典（sources、公式ドキュメントの URL）を1つ以上指定してください' });
	}
	if (page.kind === 'tool' && !page.pricing) {
		context.addIssue({
			code: 'custom',
			path: ['pricing'],
			message: 'ツールのページ（kind: tool）には pricing（model と note）が必要です',
		});
	}
	if (page.kind === 'lab' && !page.lab) {
		context.addIssue({
			code: 'custom',
			path: ['lab'],
			message: 'ハンズオンのページ（kind: lab）には lab（practises）が必要です',
		});
	}
	if (page.kind !== 'lab' && page.lab) {
		context.addIssue({ code: 'custom', path: ['lab'], message: 'lab はハンズオンのページ（kind: lab）だけに書きます' });
	}
	if (page.verified && page.verified.getTime() > buildTime().getTime()) {
		context.addIssue({
			code: 'custom',
			path: ['verified'],
			message: '確認日（verified）が未来の日付になっています',
		});
	}
}
