/**
 * Browser side of the offline feature, shared by the registration on every page and the settings page. The
 * reader's choice is kept per site (its base path), so two guides on one intranet host do not share it:
 * 'on' = saved on purpose (also when the browser asks to save data), 'off' = removed on purpose (never registered
 * again until saved), unset = cache after the first visit unless the browser asks to save data.
 */
const base = import.meta.env.BASE_URL;
export const preferenceKey = `${base}:offline`;
export const serviceWorkerUrl = `${base}sw.js`;

export function register(): Promise<ServiceWorkerRegistration> {
	return navigator.serviceWorker.register(serviceWorkerUrl, { scope: base });
}

const updateCheckedKey = `${base}:offline-update-checked`;

/**
 * On every page (so kept to a few hundred bytes): registers the service worker after the page has loaded, unless
 * the reader removed the saved copy ('off') or, without a choice of theirs, the browser asks sites to save data.
 * Once per visit (a browser tab's session) it asks the browser to look for a new version, so a saved copy is
 * replaced on the next online visit rather than whenever the browser gets round to it; that check fetches only the
 * small sw.js (the file list has a name of its own). On a first visit it finds the worker just registered.
 */
export function registerIfWanted(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const preference = localStorage.getItem(preferenceKey);
	// Navigator does not type Chromium's Save-Data flag.
	if (preference === 'off' || (preference !== 'on' && (navigator as { connection?: { saveData?: boolean } }).connection?.saveData)) return;
	const start = async () => {
		const registration = await register();
		if (navigator.onLine && !sessionStorage.getItem(updateCheckedKey)) {
			sessionStorage.setItem(updateCheckedKey, '1');
			await registration.update();
		}
	};
	// Offline, or a browser that refuses (private mode): the page reads as it is.
	const startQuietly = () => void start().catch(() => undefined);
	if (document.readyState === 'complete') startQuietly();
	else addEventListener('load', startQuietly, { once: true });
}
