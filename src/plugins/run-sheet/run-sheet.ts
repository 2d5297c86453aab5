/**
 * Browser side of the run-sheet (RunSheet.astro): keeps the selection, renders the parts list, the agenda, the
 * URL and its QR code from it, and writes it to the address bar on every change (history.replaceState, so the
 * back button still leaves the page). Opening a shared URL restores the same selection. All decisions are in
 * the pure modules; this file only reads inputs and writes markup.
 */
import { renderSVG } from 'uqr';
import { sharedPageUrl } from '../../lib/share-url';
import { formatString, readStrings } from '../../i18n/format';
import { asLanguage } from '../../i18n/locales';
import { formatDate } from '../study/format-date';
import { agendaOf, type Agenda, type CoursePage } from './agenda';
import { breakMinutes, choosePart, decodeSelection, dropPart, encodeSelection, movePart, type SelectedPart, type Selection } from './selection';
import type { RunSheetStringKey } from './strings';

const root = document.querySelector<HTMLElement>('[data-run-sheet]');
if (root) runSheet(root);

function runSheet(root: HTMLElement): void {
	const strings = readStrings<RunSheetStringKey>(root);
	const t = (key: RunSheetStringKey, values: Record<string, string | number> = {}) => formatString(strings[key], values);
	const course = JSON.parse(root.dataset['course'] ?? '[]') as CoursePage[];
	const language = asLanguage(document.documentElement.lang);
	const pageUrl = sharedPageUrl();
	const labels = { breakTitle: t('runSheet.breakTitle'), pageSection: (page: string, section: string) => t('runSheet.pageSection', { page, section }) };

	const find = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
	const dateInput = find<HTMLInputElement>('[data-date]');
	const startInput = find<HTMLInputElement>('[data-start]');
	const partsList = find<HTMLOListElement>('[data-parts]');
	const nothingChosen = find<HTMLElement>('[data-nothing-chosen]');
	const newBreakInput = find<HTMLInputElement>('[data-new-break]');
	const agendaTable = find<HTMLTableElement>('[data-agenda-table]');
	const agendaRows = find<HTMLTableSectionElement>('[data-agenda-rows]');
	const totals = find<HTMLElement>('[data-totals]');
	const emptyAgenda = find<HTMLElement>('[data-empty-agenda]');
	const whenLine = find<HTMLElement>('[data-when-line]');
	const urlField = find<HTMLInputElement>('[data-url]');
	const qr = find<HTMLElement>('[data-qr]');
	const copyStatus = find<HTMLElement>('[data-copy-status]');
	const pageBoxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[data-page]'));

	const pageIndex = (slug: string) => course.findIndex((page) => page.slug === slug);
	const isKnown = (slug: string, section: string) => {
		const page = course[pageIndex(slug)];
		return Boolean(page && (!section || page.sections.some((candidate) => candidate.id === section)));
	};
	// Reading position: pages in course order, a page's whole-page choice before its sections.
	const order = (slug: string, section: string) => {
		const page = course[pageIndex(slug)];
		return pageIndex(slug) * 1000 + (page && section ? page.sections.findIndex((candidate) => candidate.id === section) + 1 : 0);
	};

	let selection: Selection = decodeSelection(location.search, isKnown);
	let agenda: Agenda = agendaOf(selection, course, labels);

	function update(parts: SelectedPart[], focus?: { index: number; control: string }): void {
		selection = { ...selection, parts };
		renderParts(focus);
		renderOutputs();
	}

	// --- The form ---------------------------------------------------------------------------------------------

	function syncCheckboxes(): void {
		for (const box of pageBoxes) {
			box.checked = selection.parts.some((part) => part.kind === 'page' && part.page === box.dataset['page'] && part.section === (box.dataset['section'] ?? ''));
		}
	}

	function button(control: string, index: number, text: string, label: string, disabled = false): HTMLButtonElement {
		const element = document.createElement('button');
		element.type = 'button';
		element.className = `run-sheet__icon-button`;
		element.dataset['control'] = control;
		element.dataset['index'] = String(index);
		element.textContent = text;
		element.setAttribute('aria-label', label);
		element.disabled = disabled;
		return element;
	}

	function renderParts(focus?: { index: number; control: string }): void {
		agenda = agendaOf(selection, course, labels);
		syncCheckboxes();
		partsList.replaceChildren(
			...agenda.rows.map((row, index) => {
				const item = document.createElement('li');
				item.className = 'run-sheet__part';
				const title = document.createElement('span');
				title.className = 'run-sheet__part-title';
				title.id = `run-sheet-part-${index}`;
				title.textContent = t('runSheet.partWithMinutes', { part: row.title, minutes: row.minutes });
				const field = document.createElement('span');
				field.className = 'run-sheet__part-field';
				const fieldLabel = document.createElement('label');
				fieldLabel.id = `run-sheet-field-${index}`;
				fieldLabel.htmlFor = `run-sheet-input-${index}`;
				const input = document.createElement('input');
				input.id = `run-sheet-input-${index}`;
				input.dataset['index'] = String(index);
				input.setAttribute('aria-labelledby', `${title.id} ${fieldLabel.id}`);
				if (row.part.kind === 'break') {
					fieldLabel.textContent = t('runSheet.breakMinutesOf');
					input.type = 'number';
					input.min = '1';
					input.max = '180';
					input.inputMode = 'numeric';
					input.value = String(row.part.minutes);
					input.dataset['control'] = 'break-minutes';
				} else {
					fieldLabel.textContent = t('runSheet.colPresenter');
					input.type = 'text';
					input.autocomplete = 'off';
					input.value = row.part.presenter;
					input.dataset['control'] = 'presenter';
				}
				field.append(fieldLabel, input);
				const controls = document.createElement('span');
				controls.className = 'run-sheet__part-controls';
				controls.append(
					button('up', index, '↑', t('runSheet.moveUp', { part: row.title }), index === 0),
					button('down', index, '↓', t('runSheet.moveDown', { part: row.title }), index === agenda.rows.length - 1),
					button('remove', index, '×', t('runSheet.remove', { part: row.title }))
				);
				item.append(title, field, controls);
				return item;
			})
		);
		nothingChosen.hidden = agenda.rows.length > 0;
		if (focus) {
			const target =
				partsList.querySelector<HTMLElement>(`[data-index="${focus.index}"][data-control="${focus.control}"]:not(:disabled)`) ??
				partsList.querySelector<HTMLElement>(`[data-index="${focus.index}"][data-control]:not(:disabled)`) ??
				partsList.querySelector<HTMLElement>(`[data-index="${Math.max(focus.index - 1, 0)}"][data-control="remove"]`) ??
				newBreakInput;
			target.focus();
		}
	}

	// --- What the form makes: agenda, URL, QR code --------------------------------------------------------------

	function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
		const element = document.createElement(tag);
		element.textContent = text;
		return element;
	}

	/** `writeUrl`: also put the selection in the address bar (not on a plain first visit, which keeps its URL). */
	function renderOutputs(writeUrl = true): void {
		agenda = agendaOf(selection, course, labels);
		agendaRows.replaceChildren(
			...agenda.rows.map((row) => {
				const tr = document.createElement('tr');
				if (row.part.kind === 'break') tr.className = 'run-sheet__break-row';
				const part = cell('th', row.title);
				part.scope = 'row';
				const present = document.createElement('td');
				present.className = 'run-sheet__present';
				if (row.presentHref) {
					const link = document.createElement('a');
					link.href = row.presentHref;
					link.textContent = t('runSheet.present');
					const context = document.createElement('span');
					context.className = 'sr-only';
					context.textContent = `: ${row.title}`;
					link.append(context);
					present.append(link);
				}
				tr.append(cell('td', row.start), cell('td', row.end), part, cell('td', t('runSheet.minutes', { minutes: row.minutes })), cell('td', row.presenter.trim()), present);
				return tr;
			})
		);
		agendaTable.hidden = agenda.rows.length === 0;
		emptyAgenda.hidden = agenda.rows.length > 0;
		totals.textContent = t('runSheet.totals', { minutes: agenda.totalMinutes, end: agenda.end });
		const range = t('runSheet.timeRange', { start: agenda.start, end: agenda.end });
		whenLine.textContent = selection.date ? `${formatDate(new Date(selection.date), language)} ${range}` : range;

		const query = encodeSelection(selection);
		if (writeUrl) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		const shareUrl = `${pageUrl}${query}`;
		urlField.value = shareUrl;
		qr.innerHTML = renderSVG(shareUrl, { border: 2, ecc: 'L' });
	}

	// --- Events -------------------------------------------------------------------------------------------------

	for (const box of pageBoxes) {
		box.addEventListener('change', () => {
			const page = box.dataset['page']!;
			const section = box.dataset['section'] ?? '';
			update(box.checked ? choosePart(selection.parts, page, section, order) : dropPart(selection.parts, page, section));
		});
	}

	dateInput.addEventListener('input', () => {
		selection = { ...selection, date: /^\d{4}-\d{2}-\d{2}$/.test(dateInput.value) ? dateInput.value : '' };
		renderOutputs();
	});
	startInput.addEventListener('input', () => {
		if (!/^\d{2}:\d{2}$/.test(startInput.value)) return;
		selection = { ...selection, start: startInput.value };
		renderOutputs();
	});
	// A cleared time field shows the time still in use rather than nothing.
	startInput.addEventListener('change', () => (startInput.value = selection.start));

	partsList.addEventListener('input', (event) => {
		const input = event.target as HTMLInputElement;
		const index = Number(input.dataset['index']);
		const part = selection.parts[index];
		if (!part) return;
		if (input.dataset['control'] === 'presenter' && part.kind === 'page') {
			selection.parts[index] = { ...part, presenter: input.value };
		} else if (input.dataset['control'] === 'break-minutes' && part.kind === 'break') {
			const minutes = breakMinutes(input.value);
			if (minutes === undefined) return;
			selection.parts[index] = { ...part, minutes };
		} else return;
		// Rebuilding the list would move the caret; only what the input changes is redrawn.
		renderOutputs();
		const row = agenda.rows[index];
		const title = partsList.querySelector(`#run-sheet-part-${index}`);
		if (title && row) title.textContent = t('runSheet.partWithMinutes', { part: row.title, minutes: row.minutes });
	});
	partsList.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		const part = selection.parts[Number(input.dataset['index'])];
		if (input.dataset['control'] === 'break-minutes' && part?.kind === 'break') input.value = String(part.minutes);
	});
	partsList.addEventListener('click', (event) => {
		const control = (event.target as Element).closest<HTMLButtonElement>('button[data-control]');
		if (!control) return;
		const index = Number(control.dataset['index']);
		const kind = control.dataset['control']!;
		if (kind === 'up' || kind === 'down') {
			const offset = kind === 'up' ? -1 : 1;
			update(movePart(selection.parts, index, offset), { index: index + offset, control: kind });
		} else if (kind === 'remove') {
			const parts = [...selection.parts];
			parts.splice(index, 1);
			update(parts, { index: Math.min(index, parts.length - 1), control: 'remove' });
		}
	});

	find<HTMLButtonElement>('[data-add-break]').addEventListener('click', () => {
		const minutes = breakMinutes(newBreakInput.value) ?? 10;
		newBreakInput.value = String(minutes);
		update([...selection.parts, { kind: 'break', minutes }]);
	});

	find<HTMLButtonElement>('[data-copy]').addEventListener('click', async () => {
		const copied = await copyText(urlField);
		copyStatus.textContent = '';
		requestAnimationFrame(() => (copyStatus.textContent = copied ? t('runSheet.copied') : t('runSheet.copyFailed')));
	});
	find<HTMLButtonElement>('[data-print]').addEventListener('click', () => window.print());

	// Restore a shared URL: inputs, checkboxes, list and agenda.
	dateInput.value = selection.date;
	startInput.value = selection.start;
	renderParts();
	// A shared URL is rewritten in its canonical form (what was ignored drops out); a plain visit keeps its URL.
	renderOutputs(location.search !== '');
}

/** The Clipboard API needs a secure context (an intranet on plain http is not one): else select and copy. */
async function copyText(field: HTMLInputElement): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(field.value);
			return true;
		}
	} catch {
		// Denied or unavailable: the fallback below.
	}
	field.select();
	const legacyCopy: { execCommand(command: 'copy'): boolean } = document;
	return legacyCopy.execCommand('copy');
}
