// Small phones: at 320x568 (the first iPhone SE, or a larger phone with a large text setting),
// 360x640 (a common low-end Android screen), 375x667 (the small iPhones), the usual 390x844 and
// phones held sideways (667x375, 740x360), every step's chart must be legible: no label cut off by
// the chart's box, no label drawn over another, and the graphic's text (title, note) inside the
// sticky panel. The checks read the rendered boxes of the SVG text the active chart draws.
import {
	expect,
	expectActive,
	graphic,
	open,
	scrollToStep,
	settled,
	slugOf,
	STEPS,
	test
} from './fixtures.ts';

/** Runs in the page: what is wrong with the labels of one chapter's active chart. */
function labelFaults(slug: string): string[] {
	const g = document.querySelector(`[data-graphic="${slug}"]`)!;
	const layer = g.querySelector('.layer.shown')!;
	const svg = layer.querySelector('svg')!;
	// The layer is the chart's box (it clips, being contained); the SVG inside may be its inner area.
	const box = layer.getBoundingClientRect();
	const faults: string[] = [];
	// Hidden marks (faded out, or in a group that is) are not on screen.
	const visible = (mark: Element) => {
		const style = getComputedStyle(mark);
		let shown = style.visibility !== 'hidden' && style.display !== 'none';
		for (let el: Element | null = mark; el && el !== svg; el = el.parentElement)
			if (Number(getComputedStyle(el).opacity) < 0.05) shown = false;
		return shown;
	};
	const texts = [...svg.querySelectorAll('text')].filter(
		(t) => visible(t) && t.textContent!.trim() !== ''
	);
	// Each line of each label as four corners on screen: a rotated label is a slanted box, and a
	// label of two lines is two boxes (their union would cover what sits beside the shorter line).
	const corners = (el: SVGGraphicsElement) => {
		const b = el.getBBox();
		const m = el.getScreenCTM()!;
		return [
			[b.x, b.y],
			[b.x + b.width, b.y],
			[b.x + b.width, b.y + b.height],
			[b.x, b.y + b.height]
		].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
	};
	const labels = texts.map((t) => {
		const spans = [...t.querySelectorAll('tspan')].filter((s) => s.textContent!.trim());
		const lines = spans.length ? spans : [t];
		return { text: t.textContent!.trim(), lines: lines.map(corners), r: t.getBoundingClientRect() };
	});
	// A line measured as nothing would pass every check below: say so instead.
	for (const { text, lines } of labels)
		if (lines.some((c) => Math.abs(c[2]!.x - c[0]!.x) < 1 || Math.abs(c[2]!.y - c[0]!.y) < 1))
			faults.push(`"${text}" has a line with no measurable box`);
	for (const { text, r } of labels) {
		if (
			r.left < box.left - 1 ||
			r.right > box.right + 1 ||
			r.top < box.top - 1 ||
			r.bottom > box.bottom + 1
		)
			faults.push(
				`"${text}" runs out of its chart (${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} to ${Math.round(r.right - box.left)},${Math.round(r.bottom - box.top)} in ${Math.round(box.width)}x${Math.round(box.height)})`
			);
	}
	// Separating axes: two boxes overlap by the least depth along any of their edges' normals.
	// Glyph boxes include the line's leading: allow a 3 px brush, not a label on a label.
	const depth = (a: DOMPoint[], b: DOMPoint[]) => {
		let least = Infinity;
		for (const quad of [a, b])
			for (let i = 0; i < 2; i++) {
				const [p, q] = [quad[i]!, quad[i + 1]!];
				const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
				const [nx, ny] = [-(q.y - p.y) / len, (q.x - p.x) / len];
				const span = (c: DOMPoint[]) => c.map((v) => v.x * nx + v.y * ny);
				const [sa, sb] = [span(a), span(b)];
				least = Math.min(
					least,
					Math.min(Math.max(...sa), Math.max(...sb)) - Math.max(Math.min(...sa), Math.min(...sb))
				);
			}
		return least;
	};
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++)
			if (labels[i]!.lines.some((a) => labels[j]!.lines.some((b) => depth(a, b) > 3)))
				faults.push(`"${labels[i]!.text}" and "${labels[j]!.text}" overlap`);
	// A label on a bar or a shaded box sits wholly inside it or clear of it: one across the edge is
	// half on the fill, half off, and unreadable in either colour. (A map's ground is the panel's
	// own paper colour: no edge shows. A mask's or a pattern's rects are never drawn.)
	const paper = getComputedStyle(g).backgroundColor;
	const boxes = [...svg.querySelectorAll('rect')].filter((r) => {
		const fill = getComputedStyle(r).fill;
		return (
			!r.closest('defs, mask, pattern') &&
			fill !== 'none' &&
			fill !== paper &&
			r.width.baseVal.value > 0 &&
			visible(r)
		);
	});
	for (const { text, lines } of labels)
		for (const rect of boxes) {
			const c = corners(rect);
			const inside = (p: DOMPoint) =>
				p.x >= c[0]!.x - 1 && p.x <= c[2]!.x + 1 && p.y >= c[0]!.y - 1 && p.y <= c[2]!.y + 1;
			if (lines.some((l) => depth(l, c) > 3 && !l.every(inside)))
				faults.push(`"${text}" lies across the edge of a ${getComputedStyle(rect).fill} box`);
		}
	// The panel's own text: title and note, shown whole inside the sticky graphic.
	const panel = g.getBoundingClientRect();
	for (const el of g.querySelectorAll('.graphic-title.shown, .graphic-foot .shown')) {
		const r = el.getBoundingClientRect();
		if (r.bottom > panel.bottom + 1)
			faults.push(`"${el.textContent!.trim()}" runs out of the panel`);
	}
	return faults;
}

for (const viewport of [
	{ width: 320, height: 568 },
	{ width: 360, height: 640 },
	{ width: 375, height: 667 },
	{ width: 390, height: 844 },
	{ width: 667, height: 375 },
	{ width: 740, height: 360 }
]) {
	test.describe(`on a ${viewport.width}x${viewport.height} phone`, () => {
		// The labels are checked where each step leaves them: with reduced motion the charts snap
		// there, and 29 steps at six sizes skip 29 transitions each (a minute of the suite).
		test.use({
			viewport,
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: 2,
			reducedMotion: 'reduce'
		});
		test('every chart label is whole and clear of the others', async ({ page }, info) => {
			test.skip(info.project.name !== 'phone', 'a phone layout: run once');
			await open(page);
			const faults: Record<string, string[]> = {};
			for (const id of STEPS) {
				const slug = slugOf(id);
				await scrollToStep(page, id);
				await expectActive(page, id);
				await expect(graphic(page, slug)).toHaveAttribute('data-drawn');
				await settled(page, `[data-graphic="${slug}"]`);
				const found = await page.evaluate(labelFaults, slug);
				if (found.length) faults[id] = found;
			}
			expect(faults).toEqual({});
		});
	});
}

for (const [width, height] of [
	[320, 568],
	[390, 844]
] as const) {
	test.describe(`on a ${width}x${height} phone, every step's numbers`, () => {
		test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });
		test('open inside their card, and the page never scrolls sideways', async ({ page }, info) => {
			test.skip(info.project.name !== 'phone', 'a phone layout: run once');
			await open(page);
			const found = await page.evaluate(() => {
				const details = [...document.querySelectorAll<HTMLDetailsElement>('details.numbers')];
				for (const d of details) d.open = true;
				const wide = details
					.filter(
						(d) =>
							d.querySelector('table')!.getBoundingClientRect().right >
							d.getBoundingClientRect().right + 1
					)
					.map((d) => d.closest('[data-step]')!.id);
				// An open table makes the card taller than the space under the chart, so the card
				// covers the chart: none of it may show through behind the numbers.
				const seeThrough = details
					.map((d) => d.closest('.card')!)
					.filter((card) => {
						const bg = getComputedStyle(card).backgroundColor;
						return bg === 'transparent' || /rgba\(.*,\s*0?\.\d+\)$/.test(bg);
					}).length;
				// Figures line up on their last digit: every cell of a column of figures is set right.
				const leftFigures = details.flatMap((d) => {
					const rows = [...d.querySelectorAll('tbody tr')].map((tr) => [...tr.children]);
					const columns = Math.max(...rows.map((r) => r.length));
					return Array.from({ length: columns - 1 }, (_, k) => k + 1).flatMap((j) => {
						const cells = rows.map((r) => r[j]).filter((c) => c && c.textContent!.trim() !== '');
						const figures =
							cells.length > 0 &&
							cells.every((c) => /^\d[\d,.]*%?(–\d[\d,.]*%?)?$/.test(c!.textContent!.trim()));
						return figures && cells.some((c) => getComputedStyle(c!).textAlign !== 'right')
							? [`${d.closest('[data-step]')!.id} column ${j + 1}`]
							: [];
					});
				});
				// In a table whose row headings are all short (dates, names), each stays on one line:
				// count the lines its text takes.
				const brokenHeads = details.flatMap((d) => {
					const heads = [...d.querySelectorAll('tbody th[scope="row"]')];
					if (heads.some((th) => th.textContent!.trim().length > 16)) return [];
					return heads
						.filter((th) => {
							const range = document.createRange();
							range.selectNodeContents(th);
							return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
						})
						.map((th) => `${d.closest('[data-step]')!.id}: ${th.textContent!.trim()}`);
				});
				// A range of figures ("7,600–11,000") on one line, not broken at its dash.
				const brokenFigures = details.flatMap((d) =>
					[...d.querySelectorAll('td.figure')]
						.filter((td) => {
							const range = document.createRange();
							range.selectNodeContents(td);
							return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
						})
						.map((td) => `${d.closest('[data-step]')!.id}: ${td.textContent!.trim()}`)
				);
				return {
					tables: details.length,
					brokenHeads,
					brokenFigures,
					wide,
					seeThrough,
					leftFigures,
					pageWidth: document.documentElement.scrollWidth
				};
			});
			expect(found.tables).toBeGreaterThan(0);
			expect(found.wide).toEqual([]);
			expect(found.seeThrough, 'cards whose background lets the chart show through').toBe(0);
			expect(found.leftFigures, 'columns of figures not set right').toEqual([]);
			// On the narrowest phones the dates may wrap: the other columns need the room.
			if (width >= 384) {
				expect(found.brokenHeads, 'short row headings broken over lines').toEqual([]);
				expect(found.brokenFigures, 'ranges of figures broken over lines').toEqual([]);
			}
			expect(found.pageWidth).toBe(width);
		});
	});
}

// The methods note's table of contested figures is read on a phone like any paragraph: it fits the
// column, its shares in view, with no sideways scrolling.
for (const width of [320, 390])
	test(`at ${width} px the contested figures fit the column, shares in view`, async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'phone', 'a phone layout: run once');
		await page.setViewportSize({ width, height: 700 });
		await page.goto('/#methods');
		const table = page.locator('#methods table').first();
		const box = await table.evaluate((t) => {
			const column = t.parentElement!.getBoundingClientRect();
			const share = t.querySelector('thead th:last-child')!.getBoundingClientRect();
			const scroller = [...document.querySelectorAll('#methods *')].some(
				(el) =>
					el.scrollWidth > el.clientWidth + 1 &&
					['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
			);
			return {
				table: t.getBoundingClientRect().right,
				column: column.right,
				share: share.right,
				scroller,
				page: document.documentElement.scrollWidth
			};
		});
		expect(box.table).toBeLessThanOrEqual(box.column + 1);
		expect(box.share).toBeLessThanOrEqual(width);
		expect(box.scroller, 'a box in the methods note scrolls sideways').toBe(false);
		expect(box.page).toBe(width);
	});

// On a desktop the shares' column narrowed to its figures and stacked its heading a word a line.
test("on a desktop the contested table's share heading takes at most two lines", async ({
	page
}, info) => {
	test.skip(info.project.name !== 'desktop', 'a desktop column');
	await page.goto('/#methods');
	const lines = await page.locator('#methods table thead th:last-child').evaluate((th) => {
		const style = getComputedStyle(th);
		return (
			Math.round(
				th.getBoundingClientRect().height -
					parseFloat(style.paddingTop) -
					parseFloat(style.paddingBottom)
			) / parseFloat(style.lineHeight)
		);
	});
	expect(lines).toBeLessThanOrEqual(2.1);
});

test('the numbered list of sources leaves room for its largest number', async ({ page }, info) => {
	test.skip(info.project.name !== 'phone', 'a phone layout: run once');
	await page.goto('/#methods');
	// The sources come in several lists, numbered on; the last holds the largest number.
	const { marker, room } = await page
		.locator('ol.sources')
		.last()
		.evaluate((ol) => {
			const items = ol.querySelectorAll('li');
			const style = getComputedStyle(items[items.length - 1]!);
			const largest = (ol as HTMLOListElement).start + items.length - 1;
			// The marker is not in the DOM: measure its text ("25. ") in the item's font.
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			return {
				marker: ctx.measureText(`${largest}. `).width,
				room: parseFloat(getComputedStyle(ol).paddingLeft)
			};
		});
	expect(marker).toBeGreaterThan(0);
	expect(room).toBeGreaterThanOrEqual(marker);
});

test('at 320 px every date in the byline stays on one line', async ({ page }, info) => {
	test.skip(info.project.name !== 'phone', 'a phone layout: run once');
	await page.setViewportSize({ width: 320, height: 568 });
	await page.goto('/');
	const dates = page.locator('.byline time');
	expect(await dates.count()).toBeGreaterThan(0);
	// A date broken across two lines has a box on each.
	const lines = await dates.evaluateAll((ts) => ts.map((t) => t.getClientRects().length));
	expect(
		lines.every((n) => n === 1),
		`line boxes per date: ${lines}`
	).toBe(true);
});

// Browsers break a line after a hyphen or a dash: "Alma- / Ata" and "18,000– / 24,000" once did.
test('at 320 px and 390 px no hyphenated name or range in the prose is split', async ({
	page
}, info) => {
	test.skip(info.project.name !== 'phone', 'a phone layout: run once');
	for (const width of [320, 390]) {
		await page.setViewportSize({ width, height: 700 });
		await page.goto('/');
		const kept = page.locator('main p .nowrap');
		const words = await kept.allTextContents();
		expect(words).toContain('Alma-Ata');
		expect(words).toContain('18,000–24,000');
		const split = await kept.evaluateAll((spans) =>
			spans.filter((s) => s.getClientRects().length !== 1).map((s) => s.textContent)
		);
		expect(split, `split at ${width} px`).toEqual([]);
		// The descriptions of the graphics on an embed and on the data page too.
		for (const [path, range] of [
			['/embed/exile/', '18,000–24,000'],
			['/data/', '37,200–38,300']
		]) {
			await page.goto(path!);
			const described = page.locator('p.alt .nowrap');
			expect(await described.allTextContents(), path).toContain(range);
			const broken = await described.evaluateAll((spans) =>
				spans.filter((s) => s.getClientRects().length !== 1).map((s) => s.textContent)
			);
			expect(broken, `${path} at ${width} px`).toEqual([]);
		}
	}
});

// The exile map's route labels cross borders. The glyphs' halo left the space between two words
// open, and a border crossing it read as a hyphen ("Tashkent-railway"): the halo is grown along the
// line by a filter, far enough to cover the space in the font the reader's browser uses.
for (const viewport of [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 }
])
	test(`at ${viewport.width}x${viewport.height} the route labels' halo covers the spaces between their words`, async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'phone', 'a phone layout: run once');
		await page.setViewportSize(viewport);
		await open(page, '/#exile-1');
		await expectActive(page, 'exile-1');
		await expect(graphic(page, 'exile')).toHaveAttribute('data-drawn');
		const spaces = await graphic(page, 'exile')
			.locator('.layer.shown svg')
			.evaluate((svg) =>
				[...svg.querySelectorAll('text')]
					.filter((t) => /trains/.test(t.textContent!))
					.flatMap((t) => {
						const id = /url\("?#([^")]+)"?\)/.exec(t.getAttribute('filter') ?? '')?.[1];
						const grow = id
							? svg.querySelector(`filter[id="${id}"] feMorphology[operator="dilate"]`)
							: null;
						const along = grow ? Number(grow.getAttribute('radius')!.split(' ')[0]) : 0;
						const halo = Number(t.getAttribute('stroke-width')) / 2;
						const text = t.textContent!;
						return [...text].flatMap((ch, i) => {
							if (ch !== ' ') return [];
							// The space's advance, and up to 1 px of side bearing on each neighbour.
							const gap = t.getExtentOfChar(i).width + 2;
							return [{ at: `${text.slice(0, i)}|`, gap, covered: 2 * (halo + along) }];
						});
					})
			);
		expect(spaces.length).toBeGreaterThanOrEqual(4);
		for (const s of spaces) expect(s.covered, s.at).toBeGreaterThanOrEqual(s.gap);
	});

// The occupation map is the story's first graphic. On a small phone it once shared its box with
// the livestock bars (a map 158 px wide at 320x568) and its locator inset covered the republic's
// name ("Kabardino-Balka"). The map takes the box's width, and the inset yields to the names.
for (const viewport of [
	{ width: 320, height: 568 },
	{ width: 360, height: 640 },
	{ width: 375, height: 667 },
	{ width: 390, height: 844 },
	{ width: 740, height: 360 }
])
	test(`at ${viewport.width}x${viewport.height} the occupation map is wide and its names clear of the inset`, async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'phone', 'a phone layout: run once');
		await page.setViewportSize(viewport);
		await open(page, '/#occupation-2');
		await expectActive(page, 'occupation-2');
		const layer = graphic(page, 'occupation').locator('.layer.shown');
		await expect(graphic(page, 'occupation')).toHaveAttribute('data-drawn');
		const found = await layer.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const svg = el.querySelector('svg')!;
			// The map is the scaled group; the inset is the group translated into its corner.
			const map = svg.querySelector('g[transform*="scale"]')!.getBoundingClientRect();
			const inset = [...svg.querySelectorAll(':scope > g > g[transform^="translate"]')].find((g) =>
				g.querySelector('g[transform^="scale"]')
			);
			const insetBox = inset?.querySelector('rect')?.getBoundingClientRect();
			const names = [...svg.querySelectorAll('text')].filter((t) =>
				/^(Kabardino-Balkaria|Nalchik)$/.test(t.textContent!.trim())
			);
			const covered = insetBox
				? names
						.filter((t) => {
							const r = t.getBoundingClientRect();
							return (
								r.left < insetBox.right &&
								insetBox.left < r.right &&
								r.top < insetBox.bottom &&
								insetBox.top < r.bottom
							);
						})
						.map((t) => t.textContent!.trim())
				: [];
			return { share: map.width / box.width, names: names.length, covered, inset: !!insetBox };
		});
		expect(found.names).toBe(2);
		// Where there is room, the inset is drawn (and so the check below can see it).
		if (viewport.width >= 390) expect(found.inset).toBe(true);
		expect(found.covered).toEqual([]);
		// Upright, the map is width-bound: at least three quarters of the box. Sideways, height-bound.
		expect(found.share).toBeGreaterThan(viewport.width > viewport.height ? 0.6 : 0.75);
	});
