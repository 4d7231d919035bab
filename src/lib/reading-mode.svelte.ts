// The reader's choice between scroll-driven graphics and still images under each step. Kept in
// localStorage; app.html applies it before the first paint (class "static-graphics" on <html>), so
// a returning reader never sees the other layout first.

import { tick } from 'svelte';
import { triggerFraction } from './scroll/trigger.ts';

export type ReadingMode = 'scroll' | 'static';

const KEY = 'reading-mode';
const CLASS = 'static-graphics';

/**
 * A window with no room for a graphic beside or above the text: very short (a desktop zoomed to
 * 400 %) or, with large text, very narrow. In em, so the reader's default text size counts. There
 * the story shows still images, whatever the reader chose; their choice returns with the room.
 * app.html applies the same query before the first paint (a unit test holds the two together).
 */
export const CRAMPED = '(max-height: 17.5em), (max-width: 17em)';

export const reading = $state<{ mode: ReadingMode }>({ mode: 'scroll' });

let cramped: MediaQueryList | undefined;

/** Read the mode app.html applied, and follow the window's room. Call in the browser. */
export function initReadingMode() {
	reading.mode = document.documentElement.classList.contains(CLASS) ? 'static' : 'scroll';
	if (cramped) return;
	cramped = window.matchMedia(CRAMPED);
	cramped.addEventListener('change', (e) =>
		setReadingMode(e.matches ? 'static' : chosenMode(), undefined, false)
	);
}

/**
 * The app has started: app.html's fallback to still images stands down, and if it had already
 * switched (the app came late, on a very slow network), the reader's own mode comes back.
 */
export function markAppStarted() {
	const root = document.documentElement;
	root.setAttribute('data-app', '');
	if (!root.hasAttribute('data-fallback')) return;
	root.removeAttribute('data-fallback');
	const mode = window.matchMedia(CRAMPED).matches ? 'static' : chosenMode();
	if (mode === 'scroll') setReadingMode('scroll', undefined, false);
}

function chosenMode(): ReadingMode {
	try {
		return localStorage.getItem(KEY) === 'static' ? 'static' : 'scroll';
	} catch {
		return 'scroll';
	}
}

/**
 * Switch modes, keep the reader's place, and (for the reader's own choice) remember it. `control`
 * is the switch the reader pressed: while it is on screen it is the place to keep, so it stays
 * under their finger and keeps a visible focus. Otherwise what they are reading keeps its position.
 */
export async function setReadingMode(mode: ReadingMode, control?: HTMLElement, remember = true) {
	const anchor = control && onScreen(control) ? control : textAtReadingLine();
	const before = anchor?.getBoundingClientRect().top;
	reading.mode = mode;
	document.documentElement.classList.toggle(CLASS, mode === 'static');
	if (remember) {
		try {
			localStorage.setItem(KEY, mode);
		} catch {
			// Storage may be off (private mode); the choice then lasts for this page only.
		}
	}
	// The class changes the layout at once; components that follow `reading` update on the tick.
	await tick();
	if (anchor && before !== undefined) {
		window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
	}
}

function onScreen(el: Element) {
	const r = el.getBoundingClientRect();
	return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
}

/**
 * What the reader is reading: the step across the reading line (where the scroll engine makes a
 * step active, so the same step stays active after switching back), else the first paragraph or
 * heading that reaches below that line.
 */
function textAtReadingLine() {
	const line = window.innerHeight * triggerFraction();
	const boxes = [...document.querySelectorAll<HTMLElement>('[data-step], main p, main h2, main h3')]
		.filter((el) => !el.closest('[data-graphic], .step-graphic, .sr-only'))
		.map((el) => ({ el, r: el.getBoundingClientRect() }))
		.filter(({ r }) => r.height > 1);
	const step = boxes.find(
		({ el, r }) => el.hasAttribute('data-step') && r.top <= line && r.bottom > line
	);
	return (step ?? boxes.find(({ r }) => r.bottom > line))?.el;
}
