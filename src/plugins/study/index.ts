import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { practiceRuntimeStrings, quizRuntimeStrings, studyPageStrings } from './strings';

/**
 * The study aids every page carries, all driven by its frontmatter (`schema.ts`, public: used by
 * src/content.config.ts and the social cards): duration, 確認日 and pricing badge under the title, the stale-facts
 * notice, the sources section, the pricing cheat-sheet, self-checks and the practice test. Public components in
 * `components/`: the page title and content overrides render the first three; MDX pages use PricingTable,
 * SelfCheck and PracticeTest.
 */
export default function study() {
	return featurePlugin('study', {
		strings: [studyPageStrings, quizRuntimeStrings, practiceRuntimeStrings],
		setup({ addRouteMiddleware }) {
			addRouteMiddleware({ entrypoint: pluginFile(import.meta.url, './route-data.ts') });
		},
	});
}
