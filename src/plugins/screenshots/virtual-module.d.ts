// The slot list the screenshots plugin serves to Screenshot.astro (see index.ts).
declare module 'virtual:screenshot-slots' {
	const slots: Record<string, import('./slots').ScreenshotSlot>;
	export default slots;
}
