/** The UI strings the slide runtime needs; PresentButton.astro passes them for the page's language. */
export const presentationStringKeys = [
	'presentation.region',
	'presentation.controls',
	'presentation.previousSlide',
	'presentation.nextSlide',
	'presentation.back',
	'presentation.forward',
	'presentation.elapsed',
	'presentation.thisSlide',
	'presentation.overTime',
	'presentation.fullscreen',
	'presentation.presenterView',
	'presentation.openPresenterView',
	'presentation.exit',
	'presentation.notes',
	'presentation.noNotes',
	'presentation.lastSlide',
	'presentation.more',
	'presentation.announce',
	'presentation.titleSlide',
	'presentation.duration',
	'presentation.qrAlt',
	'presentation.qrCaption',
] as const;

export type PresentationStringKey = (typeof presentationStringKeys)[number];
