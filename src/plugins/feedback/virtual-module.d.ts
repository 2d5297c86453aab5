// The feedback plugin's settings, from the environment at build time (see index.ts).
declare module 'virtual:feedback-config' {
	const config: { reportIssueUrl: string | undefined };
	export default config;
}
