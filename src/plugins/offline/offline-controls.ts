import { formatString, readStrings } from '../../i18n/format';
import { preferenceKey, register } from './registration';
import type { OfflineStringKey } from './strings';

interface PartStatus {
	cached: number;
	total: number;
	bytes: number;
	totalBytes: number;
}

interface WorkerReply {
	type: 'status' | 'progress' | 'saved' | 'error';
	version?: string;
	core?: PartStatus;
	figures?: PartStatus;
	done?: number;
	total?: number;
	message?: string;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Sends a message to the active worker; `onReply` sees every answer until it returns true. */
function ask(worker: ServiceWorker, type: string, onReply: (reply: WorkerReply) => boolean): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => {
			if (onReply(event.data)) {
				channel.port1.close();
				resolve();
			}
		};
		worker.postMessage({ type }, [channel.port2]);
	});
}

export function mountOfflineControls(root: HTMLElement): void {
	const strings = readStrings<OfflineStringKey>(root);
	const statusLine = root.querySelector<HTMLElement>('[data-offline-status]')!;
	const parts = root.querySelector<HTMLElement>('[data-offline-parts]')!;
	const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
	const removeButton = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;

	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		statusLine.textContent = strings['offline.status.unsupported'];
		saveButton.disabled = removeButton.disabled = true;
		return;
	}

	const showParts = (reply: WorkerReply) => {
		const line = (key: OfflineStringKey, part: PartStatus) =>
			formatString(strings[key], { cached: part.cached, total: part.total, size: `${megabytes(part.bytes)} / ${megabytes(part.totalBytes)}` });
		parts.replaceChildren(
			...[line('offline.status.core', reply.core!), line('offline.status.figures', reply.figures!), formatString(strings['offline.savedAt'], { version: reply.version ?? '' })].map((text) => {
				const item = document.createElement('li');
				item.textContent = text;
				return item;
			})
		);
		parts.hidden = false;
	};

	// Bumped by 「保存を削除」: a status reply still on its way describes the copy that is gone and is dropped.
	let generation = 0;

	const refresh = async () => {
		const asked = generation;
		const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
		const worker = registration?.active;
		if (!worker) {
			parts.hidden = true;
			return;
		}
		await ask(worker, 'status', (reply) => {
			if (asked !== generation) return true;
			showParts(reply);
			if (reply.core && reply.core.cached === reply.core.total) statusLine.textContent = strings['offline.status.saved'];
			return true;
		});
	};

	saveButton.addEventListener('click', async () => {
		saveButton.disabled = true;
		statusLine.textContent = strings['offline.status.preparing'];
		localStorage.setItem(preferenceKey, 'on');
		try {
			await register();
			const { active } = await navigator.serviceWorker.ready;
			if (!active) throw new Error('no active service worker');
			await ask(active, 'save-all', (reply) => {
				if (reply.type === 'progress') statusLine.textContent = formatString(strings['offline.status.progress'], { done: reply.done ?? 0, total: reply.total ?? 0 });
				if (reply.type === 'saved') {
					statusLine.textContent = strings['offline.status.saved'];
					showParts(reply);
				}
				if (reply.type === 'error') statusLine.textContent = formatString(strings['offline.status.failed'], { message: reply.message ?? '' });
				return reply.type === 'saved' || reply.type === 'error';
			});
		} catch (error) {
			statusLine.textContent = formatString(strings['offline.status.failed'], { message: String(error) });
		} finally {
			saveButton.disabled = false;
		}
	});

	removeButton.addEventListener('click', async () => {
		generation++;
		localStorage.setItem(preferenceKey, 'off');
		const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
		await registration?.unregister();
		// Only this site's caches: the worker names them <base>core-<version> and <base>figures.
		const base = import.meta.env.BASE_URL;
		for (const name of await caches.keys()) if (name === `${base}figures` || name.startsWith(`${base}core-`)) await caches.delete(name);
		parts.hidden = true;
		statusLine.textContent = strings['offline.status.removed'];
	});

	void refresh();
}
