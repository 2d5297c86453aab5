// Writes the synthesized lab templates to public/labs/, where the site publishes them. `npm test` checks that
// the committed files match a fresh synthesis, so run this after changing the stack.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedTemplateDir, renderTemplates } from '../lib/templates.ts';

mkdirSync(publishedTemplateDir, { recursive: true });
for (const [file, yaml] of renderTemplates()) {
	writeFileSync(new URL(file, publishedTemplateDir), yaml);
	console.log(`${fileURLToPath(new URL(file, publishedTemplateDir))}: ${yaml.length} bytes`);
}
