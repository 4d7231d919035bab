// Every browser test runs with a guard: no console error, no uncaught page error, and no request
// to anything but this machine. The guard is on the browser context, so it sees every page.
import {
	test as base,
	expect,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';
import { STEP_STATES } from '../../src/lib/graphics/registry.ts';
import type { ChartState, DotsState } from '../../src/lib/graphics/states.ts';
import { expectedDots } from '../helpers/dots.ts';

export { expect };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLocal(url: string): boolean {
	const u = new URL(url);
	if (['data:', 'blob:', 'about:'].includes(u.protocol)) return true;
	return LOCAL_HOSTS.has(u.hostname);
}

/** Console and page errors a test provokes on purpose (a failed request it sets up), by context. */
const expectedErrors = new WeakMap<BrowserContext, RegExp[]>();

/** Lets the guard accept console and page errors matching `pattern` in this context: only for a
 * failure the test itself causes. */
export function allowConsoleError(context: BrowserContext, pattern: RegExp) {
	expectedErrors.set(context, [...(expectedErrors.get(context) ?? []), pattern]);
}

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ context }, use) => {
			const errors: string[] = [];
			const offsite: string[] = [];
			context.on('console', (msg) => {
				if (msg.type() !== 'error') return;
				const text = `console error: ${msg.text()} (${msg.location().url})`;
				if (!expectedErrors.get(context)?.some((re) => re.test(text))) errors.push(text);
			});
			context.on('weberror', (e) => {
				const text = `page error: ${e.error().message}`;
				if (!expectedErrors.get(context)?.some((re) => re.test(text))) errors.push(text);
			});
			context.on('request', (req) => {
				if (!isLocal(req.url())) offsite.push(req.url());
			});
			await use();
			expect(errors, 'console and page errors').toEqual([]);
			expect(offsite, 'requests that leave localhost').toEqual([]);
		},
		{ auto: true }
	]
});

export const SLUGS = [
	'occupation',
	'accusation',
	'eviction',
	'exile',
	'return',
	'recognition'
] as const;
export type Slug = (typeof SLUGS)[number];
export const STEPS = Object.keys(STEP_STATES);
export const stepsOf = (slug: string) => STEPS.filter((id) => id.startsWith(`${slug}-`));
export const stateOf = (id: string) => STEP_STATES[id as keyof typeof STEP_STATES] as ChartState;
export const slugOf = (id: string) => id.replace(/-\d+$/, '');

export const graphic = (page: Page, slug: string): Locator =>
	page.locator(`[data-graphic="${slug}"]`);

/** Loads the story and waits until the app has drawn every graphic. */
export async function open(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('[data-graphic]')).toHaveCount(SLUGS.length);
	await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
}

/** Instantly scrolls so that the step's top sits 5 px above the trigger line. */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((id) => {
		const el = document.getElementById(id);
		if (!el) throw new Error(`no element #${id}`);
		const trigger = parseFloat(
			getComputedStyle(document.documentElement).getPropertyValue('--trigger')
		);
		if (!(trigger > 0 && trigger < 1)) throw new Error(`--trigger is "${trigger}"`);
		const top = el.getBoundingClientRect().top + window.scrollY - trigger * window.innerHeight + 5;
		window.scrollTo({ top, behavior: 'instant' });
	}, id);
}

/** The types of the listeners on `target` ('window' or 'document'), by Chromium's own record (the
 * page cannot list its listeners itself); with `subtree`, on every element below it too. */
async function listenerTypes(page: Page, target: 'window' | 'document', subtree = false) {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { result } = await cdp.send('Runtime.evaluate', { expression: target });
		const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
			objectId: result.objectId!,
			...(subtree ? { depth: -1, pierce: true } : {})
		});
		return listeners.map((l) => l.type);
	} finally {
		await cdp.detach();
	}
}

/** How many `type` listeners `target` ('window' or 'document') has. */
export async function listenerCount(page: Page, target: 'window' | 'document', type: string) {
	return (await listenerTypes(page, target)).filter((t) => t === type).length;
}

/** Every touch or pointer listener in the page (window, the document and each element), by type:
 * Chromium sends each touch of a scroll to the main thread while any one of them exists. */
export async function touchListeners(page: Page): Promise<string[]> {
	const types = [
		...(await listenerTypes(page, 'window')),
		...(await listenerTypes(page, 'document', true))
	];
	return types.filter((t) => /^(touch|pointer|gotpointer|lostpointer)/.test(t));
}

/** Waits until every transition and animation inside `selector` has finished. */
export async function settled(page: Page, selector: string) {
	await expect
		.poll(
			() =>
				page
					.locator(selector)
					.evaluate(
						(root) =>
							root.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length
					),
			{ message: `animations still running in ${selector}` }
		)
		.toBe(0);
}

/** What each chapter's graphic must show when `active` is the active step (null: above all). */
export function expectedSteps(active: string | null): Record<string, string> {
	const at = active ? STEPS.indexOf(active) : -1;
	return Object.fromEntries(
		SLUGS.map((slug) => {
			const steps = stepsOf(slug);
			if (active && steps.includes(active)) return [slug, active];
			return [slug, at > STEPS.indexOf(steps[0]!) ? steps.at(-1)! : steps[0]!];
		})
	);
}

/** The data-active-step of every chapter's graphic, by slug (runs in the page). */
function readActiveSteps() {
	return Object.fromEntries(
		[...document.querySelectorAll('[data-graphic]')].map((g) => [
			g.getAttribute('data-graphic'),
			g.getAttribute('data-active-step')
		])
	);
}

/** Polls often: a state change can take several long frames on a slow machine. */
const POLL = { intervals: [50], timeout: 10_000 };

/** Waits until every chapter's graphic shows what it must with `active` the active step. */
export async function expectActive(page: Page, active: string | null) {
	await expect
		.poll(() => page.evaluate(readActiveSteps), {
			...POLL,
			message: `data-active-step of every graphic with ${active ?? 'no step'} active`
		})
		.toEqual(expectedSteps(active));
}

/**
 * What a chapter's dot chart shows. In the browser the dots are drawn on a canvas, so the chart's
 * container reports its state in data attributes; the canvas pixels confirm the colours drawn.
 */
function readDots(slug: string) {
	const chart = document.querySelector(`[data-graphic="${slug}"] .dot-chart`);
	const canvas = chart?.querySelector('canvas');
	const attr = (name: string) => Number(chart?.getAttribute(name) ?? -1);
	/** Whether any pixel of the canvas has (about) this colour. */
	const drawn = (rgb: [number, number, number]) => {
		if (!canvas || canvas.clientWidth === 0) return false;
		// The canvas belongs to a worker (transferred), so copy what it shows onto one of our own.
		const copy = document.createElement('canvas');
		copy.width = Math.round(canvas.clientWidth * devicePixelRatio);
		copy.height = Math.round(canvas.clientHeight * devicePixelRatio);
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
		const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
		for (let i = 0; i < px.length; i += 4) {
			if (
				px[i + 3]! > 200 &&
				Math.abs(px[i]! - rgb[0]) < 10 &&
				Math.abs(px[i + 1]! - rgb[1]) < 10 &&
				Math.abs(px[i + 2]! - rgb[2]) < 10
			)
				return true;
		}
		return false;
	};
	return {
		svgDots: chart?.querySelectorAll('g.people circle').length ?? -1,
		accent: attr('data-accent'),
		second: attr('data-second'),
		forcesShown: attr('data-forces'),
		ghost: chart?.getAttribute('data-layout') === 'emptied',
		// The palette's accent (#8c2617), second (#1f4e79) and grey (#8a867e).
		accentDrawn: drawn([0x8c, 0x26, 0x17]),
		secondDrawn: drawn([0x1f, 0x4e, 0x79]),
		baseDrawn: drawn([0x8a, 0x86, 0x7e])
	};
}

/** Checks the dot chart for a dot state: the counts the data gives, and the colours on canvas. */
export async function expectDots(page: Page, slug: string, state: DotsState) {
	const e = expectedDots(state);
	await expect
		.poll(() => page.evaluate(readDots, slug), {
			...POLL,
			message: `${slug}: dots for ${JSON.stringify(state)}`
		})
		.toEqual({
			// In the browser the dots are drawn on a canvas, never as SVG.
			svgDots: 0,
			// Red dots among the people, or in the row apart from them.
			accent: e.accent + e.apartShown,
			second: e.second,
			forcesShown: e.forcesShown,
			ghost: e.ghost > 0,
			accentDrawn: e.accent + e.apartShown > 0,
			secondDrawn: e.second > 0 || e.forcesShown > 0,
			baseDrawn: e.base > 0
		});
}
