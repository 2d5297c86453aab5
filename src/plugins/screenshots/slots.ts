import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Screenshot slots: `src/assets/screenshots/<tool>/<file>` holds either a schematic illustration this project
 * renders (scripts/render-illustrations.mjs) or, once the site owner drops one in under the same name, a real
 * console capture. The render script records the SHA-256 of every file it writes in `generated.json`; a slot
 * whose file still has that hash is an illustration, any other file is a real capture. Pages never change:
 * the captions follow from the file.
 *
 * `dark/<slot>` (e.g. `dark/session-manager/ssm-bat.png`, `dark/en/…`) is the same screen in the console's dark
 * mode, shown in the site's dark theme. It is only shown while it pictures the same thing as the slot: both are
 * illustrations, or both are captures. A real capture dropped into the slot alone therefore shows in both themes,
 * instead of the illustration it replaced lingering in the dark one.
 */
export const screenshotsDir = 'src/assets/screenshots';
export const generatedManifest = 'generated.json';
export const darkVariantDir = 'dark';

export interface ScreenshotSlot {
	/** True while the file is still the schematic illustration that the render script wrote. */
	illustration: boolean;
	/** `dark/<slot>`, when the slot has a dark-mode picture that goes with its file. */
	dark?: string;
}

export function sha256(file: string): string {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every image under the screenshots folder, keyed by its path inside it (`session-manager/ssm-bat.png`). */
export function readScreenshotSlots(root: string): Record<string, ScreenshotSlot> {
	const dir = join(root, screenshotsDir);
	const manifestPath = join(dir, generatedManifest);
	const generated: Record<string, string> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
	const files: Record<string, boolean> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(png|jpe?g|webp|avif)$/i.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const path = relative(dir, file).split('\\').join('/');
		files[path] = generated[path] === sha256(file);
	}
	return pairDarkVariants(files);
}

/** From each image's "is it an illustration" to the slots, each with the dark variant that goes with it. */
export function pairDarkVariants(files: Record<string, boolean>): Record<string, ScreenshotSlot> {
	const slots: Record<string, ScreenshotSlot> = {};
	for (const [path, illustration] of Object.entries(files)) {
		if (path.startsWith(`${darkVariantDir}/`)) continue;
		const dark = `${darkVariantDir}/${path}`;
		slots[path] = dark in files && files[dark] === illustration ? { illustration, dark } : { illustration };
	}
	return slots;
}
