// Pagefind UI's ES module, imported by path (on-demand-pagefind-ui.ts); the package ships no types.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
