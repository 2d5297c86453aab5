import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { parseTrackerUrl } from './issue-link';
import { feedbackStrings } from './strings';

const moduleId = 'virtual:feedback-config';
const resolvedModuleId = `\0${moduleId}`;

/**
 * The way back from a reader to the authors, both optional and hidden when not configured:
 * - `EDIT_LINK_BASE_URL` (e.g. `https://github.com/ORG/REPO/edit/main/`): Starlight's own 「ページを編集」 link.
 * - `REPORT_ISSUE_URL` (e.g. `https://github.com/ORG/REPO/issues/new`): 「誤りを報告」 next to it, which opens a new
 *   issue with the page's URL and the section the reader is in already written (see issue-link.ts for trackers
 *   other than GitHub). `components/ReportIssueLink.astro` renders it through the EditLink override.
 */
export default function feedback({ editLinkBaseUrl = process.env['EDIT_LINK_BASE_URL'], reportIssueUrl = process.env['REPORT_ISSUE_URL'] } = {}) {
	const config = {
		editLinkBaseUrl: parseTrackerUrl(editLinkBaseUrl, 'EDIT_LINK_BASE_URL'),
		reportIssueUrl: parseTrackerUrl(reportIssueUrl, 'REPORT_ISSUE_URL'),
	};
	return featurePlugin('feedback', {
		strings: [feedbackStrings],
		setup({ updateConfig, config: starlightConfig, addIntegration }) {
			updateConfig({
				...(config.editLinkBaseUrl ? { editLink: { baseUrl: config.editLinkBaseUrl } } : {}),
				components: {
					...starlightConfig.components,
					EditLink: pluginFile(import.meta.url, './components/EditLink.astro'),
				},
			});
			addIntegration({
				name: 'feedback-config',
				hooks: {
					'astro:config:setup': ({ updateConfig: updateAstroConfig }) => {
						updateAstroConfig({
							vite: {
								plugins: [
									{
										name: 'feedback-config',
										resolveId: (id: string) => (id === moduleId ? resolvedModuleId : undefined),
										load: (id: string) => (id === resolvedModuleId ? `export default ${JSON.stringify({ reportIssueUrl: config.reportIssueUrl })};` : undefined),
									},
								],
							},
						});
					},
				},
			});
		},
	});
}
