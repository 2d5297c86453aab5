/**
 * Browser side of the settings form (components/YourValuesForm.astro): shows the stored values, checks each field
 * against its pattern with the list's own message, saves to or clears this browser's localStorage, and keeps the
 * example command in step with what is typed.
 */
import { readStrings } from '../../i18n/format';
import { placeholderDefinitions, type ValueKey } from './placeholders';
import { valueMark } from './runtime/apply';
import type { YourValuesFormStringKey } from './strings';
import { substitutedParts, type YourValues } from './substitute';
import { isValidValue, parseValues, serialiseValues, yourValuesKey } from './values';

const storageKey = yourValuesKey(import.meta.env.BASE_URL);

export function mountYourValuesForm(form: HTMLFormElement): void {
	const strings = readStrings<YourValuesFormStringKey>(form);
	const status = form.querySelector<HTMLElement>('[data-your-values-status]')!;
	const example = form.querySelector<HTMLElement>('[data-your-values-example]')!;
	const inputs = new Map<ValueKey, HTMLInputElement>(
		placeholderDefinitions.map(({ key }) => [key, form.querySelector<HTMLInputElement>(`input[name="${key}"]`)!])
	);

	const typedValues = (): YourValues =>
		Object.fromEntries([...inputs].flatMap(([key, input]) => (input.value.trim() && isValidValue(key, input.value.trim()) ? [[key, input.value.trim()]] : [])));

	const showExample = () => {
		example.replaceChildren(
			...substitutedParts(example.dataset['template'] ?? '', typedValues()).map((part) =>
				typeof part === 'string' ? part : valueMark(part.key, part.value, strings['yourValues.mark'])
			)
		);
	};

	/** Marks the field and says why when its value does not fit; empty is fine (the example stays). */
	const check = (key: ValueKey, input: HTMLInputElement): boolean => {
		const value = input.value.trim();
		const valid = !value || isValidValue(key, value);
		const error = form.querySelector<HTMLElement>(`[data-error-for="${key}"]`)!;
		input.setCustomValidity(valid ? '' : (input.dataset['invalidMessage'] ?? ''));
		if (valid) input.removeAttribute('aria-invalid');
		else input.setAttribute('aria-invalid', 'true');
		error.textContent = valid ? '' : (input.dataset['invalidMessage'] ?? '');
		error.hidden = valid;
		return valid;
	};

	let stored: YourValues = {};
	try {
		stored = parseValues(localStorage.getItem(storageKey));
	} catch {
		status.textContent = strings['yourValues.unavailable'];
	}
	for (const [key, input] of inputs) {
		input.value = stored[key] ?? '';
		input.addEventListener('input', () => {
			// Clear a shown error as soon as the value fits; new errors wait for the field to be left.
			if (input.getAttribute('aria-invalid') === 'true') check(key, input);
			showExample();
		});
		input.addEventListener('change', () => check(key, input));
	}
	showExample();

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const invalid = [...inputs].filter(([key, input]) => !check(key, input));
		if (invalid.length) {
			status.textContent = strings['yourValues.invalid'];
			invalid[0]![1].focus();
			return;
		}
		const serialised = serialiseValues(typedValues());
		try {
			if (serialised) localStorage.setItem(storageKey, serialised);
			else localStorage.removeItem(storageKey);
			status.textContent = serialised ? strings['yourValues.saved'] : strings['yourValues.cleared'];
		} catch {
			status.textContent = strings['yourValues.unavailable'];
		}
	});

	form.querySelector('[data-your-values-reset]')!.addEventListener('click', () => {
		try {
			localStorage.removeItem(storageKey);
			status.textContent = strings['yourValues.cleared'];
		} catch {
			status.textContent = strings['yourValues.unavailable'];
		}
		for (const [key, input] of inputs) {
			input.value = '';
			check(key, input);
		}
		showExample();
	});
}
