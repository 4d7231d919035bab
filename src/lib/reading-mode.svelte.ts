// The reader's choice between scroll-driven graphics and still images under each step. Kept in
// localStorage; app.html applies it before the first paint (class "static-graphics" on <html>), so
// a returning reader never sees the other layout first.

export type ReadingMode = 'scroll' | 'static';

const KEY = 'reading-mode';
const CLASS = 'static-graphics';

export const reading = $state<{ mode: ReadingMode }>({ mode: 'scroll' });

/** Read the mode app.html applied. Call once in the browser. */
export function initReadingMode() {
	reading.mode = document.documentElement.classList.contains(CLASS) ? 'static' : 'scroll';
}

/** Switch modes, keep the reader's place, and remember the choice. */
export function setReadingMode(mode: ReadingMode) {
	// The first step still on screen is where the reader is; keep it in view across the re-layout.
	const anchor = [...document.querySelectorAll<HTMLElement>('[data-step]')].find(
		(el) => el.getBoundingClientRect().bottom > window.innerHeight * 0.25
	);
	reading.mode = mode;
	document.documentElement.classList.toggle(CLASS, mode === 'static');
	try {
		localStorage.setItem(KEY, mode);
	} catch {
		// Storage may be off (private mode); the choice then lasts for this page only.
	}
	anchor?.scrollIntoView({ block: 'start', behavior: 'instant' });
}
