/*
 * Console chrome of the schematic illustrations: the .topbar (product name, account, region) and the .sidenav
 * (group heading, tool items, one `current`), built from a short declaration on the page's .window so that the
 * same chrome is written once here instead of in every HTML file.
 *
 *   <div class="window" data-account="{{account}}" data-region="{{region}}" data-nav="fleet"
 *        data-nav-group="{{nodeTools}}" data-current="Fleet Manager">
 *     <div class="body"> … <main class="main">…</main></div>
 *   </div>
 *
 * data-account, data-region   the labels the top bar shows after the product name, in this order (either may be
 *               left out). With neither, no top bar is added.
 * data-nav      a nav preset below (NAVS), or the tool items themselves, comma-separated (they are product names,
 *               the same in every language), or `rail`: the navigation folded to a narrow ≡ rail. Without data-nav
 *               no side navigation is added.
 * data-nav-group  the heading above the tools (required with data-nav).
 * data-nav-add  more tools for a preset; presets that are `sorted` keep them in alphabetical order.
 * data-current  the item drawn as the current one.
 *
 * Nothing here depends on the language: the labels are the page's own words, filled in from _shared/strings.json
 * by scripts/render-illustrations.mjs like every other {{key}} (see ../README.md).
 *
 * The elements produced are exactly the ones the HTML files used to contain, so _shared/console.css and the
 * per-slot sheets apply unchanged. Pages load this file with `defer`: it runs after parsing and before the
 * `load` event, which scripts/render-illustrations.mjs waits for before the capture. A mistake in a declaration
 * is drawn in red on the picture instead of passing unnoticed.
 */
(() => {
	const PRODUCT = 'Systems Manager';

	/**
	 * Nav lists shared by several slots. `above`: items before the group heading; `items`: the tools under it.
	 * fleet: the Fleet Manager and Session Manager pages. quick-setup: the Quick Setup / Patch Manager pages, which
	 * list the node tools alphabetically like the console.
	 */
	const NAVS = {
		fleet: { above: [], items: ['Fleet Manager', 'Session Manager', 'Run Command', 'State Manager', 'Patch Manager'] },
		'quick-setup': {
			above: ['Quick Setup'],
			items: ['Compliance', 'Fleet Manager', 'Inventory', 'Patch Manager', 'Run Command', 'Session Manager', 'State Manager'],
			sorted: true,
		},
	};

	const list = (value) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

	function el(tag, className, text) {
		const node = document.createElement(tag);
		node.className = className;
		if (text !== undefined) node.textContent = text;
		return node;
	}

	function fail(message) {
		const box = el('div', '', `console-chrome.js: ${message}`);
		box.style.cssText = 'position:absolute;z-index:9;left:0;top:0;padding:12px;background:#c00;color:#fff;font:24px monospace';
		document.body.append(box);
	}

	function topbar(win) {
		const bar = el('div', 'topbar');
		bar.append(el('span', 'product', PRODUCT), el('span', 'spacer'));
		for (const label of [win.dataset.account, win.dataset.region]) {
			if (label !== undefined) bar.append(el('span', 'meta', label));
		}
		win.prepend(bar);
	}

	function sidenav(win) {
		const body = win.querySelector(':scope > .body');
		if (!body) throw new Error('data-nav needs a .body inside the .window');
		// "rail": the navigation folded to its ≡ button, as the Patch Manager node pages show it.
		if (win.dataset.nav === 'rail') {
			body.prepend(el('nav', 'rail', '≡'));
			return;
		}
		const preset = NAVS[win.dataset.nav];
		const above = preset ? preset.above : [];
		const items = [...(preset ? preset.items : list(win.dataset.nav)), ...list(win.dataset.navAdd)];
		if (preset?.sorted) items.sort();
		const group = win.dataset.navGroup;
		if (!group) throw new Error('data-nav needs data-nav-group (the heading above the tools)');
		const current = win.dataset.current;
		if (![...above, ...items].includes(current)) throw new Error(`data-current "${current}" is not in the nav`);

		const item = (name) => el('div', name === current ? 'item current' : 'item', name);
		const nav = el('nav', 'sidenav');
		nav.append(...above.map(item), el('div', 'group', group), ...items.map(item));
		body.prepend(nav);
	}

	for (const win of document.querySelectorAll('.window[data-account], .window[data-region], .window[data-nav]')) {
		try {
			if (win.dataset.nav !== undefined) sidenav(win);
			if (win.dataset.account !== undefined || win.dataset.region !== undefined) topbar(win);
		} catch (error) {
			fail(error.message);
		}
	}
})();
