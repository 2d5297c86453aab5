import { featurePlugin } from '../../lib/feature-plugin';
import { yourValuesStrings } from './strings';

/**
 * 「コマンドに自分の値を入れる」: a reader enters their Region, profile, instance IDs, bucket and local port once
 * (components/YourValuesForm.astro, on the settings page) and every code sample shows them instead of the
 * placeholders, copy buttons included. The values stay in this browser's localStorage. Every page carries only
 * components/YourValuesBootstrap.astro, which loads runtime/apply.ts when values are stored. placeholders.ts is
 * the one list of placeholders; tests/unit/your-values.test.ts checks every sample against it.
 */
export default function yourValues() {
	return featurePlugin('your-values', { strings: [yourValuesStrings] });
}
