// The slot list the screenshots plugin serves to Screenshot.astro (see index.ts).
declare module 'virtual:screenshot-slots' {
	const slots: Record<string, import('./slots').ScreenshotSlot>;
	export default slots;
}

// starlight-image-zoom's page script, moved out of every page into a chunk of its own (see zoom-on-demand-vite.ts).
declare module 'virtual:starlight-image-zoom-runtime' {}
