import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Screenshot slots: `src/assets/screenshots/<tool>/<file>` holds either a schematic illustration this project
 * renders (scripts/render-illustrations.mjs) or, once the site owner drops one in under the same name, a real
 * console capture. The render script records the SHA-256 of every file it writes in `generated.json`; a slot
 * whose file still has that hash is an illustration, any other file is a real capture. Pages never change:
 * the captions follow from the file.
 */
export const screenshotsDir = 'src/assets/screenshots';
export const generatedManifest = 'generated.json';

export interface ScreenshotSlot {
	/** True while the file is still the schematic illustration that the render script wrote. */
	illustration: boolean;
}

export function sha256(file: string): string {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every image under the screenshots folder, keyed by its path inside it (`session-manager/ssm-bat.png`). */
export function readScreenshotSlots(root: string): Record<string, ScreenshotSlot> {
	const dir = join(root, screenshotsDir);
	const manifestPath = join(dir, generatedManifest);
	const generated: Record<string, string> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
	const slots: Record<string, ScreenshotSlot> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(png|jpe?g|webp|avif)$/i.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const slot = relative(dir, file).split('\\').join('/');
		slots[slot] = { illustration: generated[slot] === sha256(file) };
	}
	return slots;
}
