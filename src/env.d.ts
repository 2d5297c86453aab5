declare module 'virtual:screenshot-slots' {
	const slots: Record<string, import('./plugins/screenshots/slots').ScreenshotSlot>;
	export default slots;
}
