declare module 'virtual:screenshot-slots' {
	const slots: Record<string, import('./integrations/screenshot-slots').ScreenshotSlot>;
	export default slots;
}
