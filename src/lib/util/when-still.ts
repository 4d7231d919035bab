// Work that can wait for a pause in the reading: run it once the page has stopped scrolling for a
// moment and the browser is idle. A chart mounted mid-scroll costs a slow phone dropped frames
// the reader sees; the same mount while they read a step costs nothing they can see.
//
// The page's position is sampled on a timer rather than followed with a scroll listener: a scroll
// listener would run script in every frame of every scroll, for the whole life of the page.

const idle: (run: () => void) => unknown =
	typeof requestIdleCallback === 'function'
		? (run) => requestIdleCallback(run, { timeout: 2000 })
		: (run) => setTimeout(run, 0);

/** Calls `run` once the scroll position has held still for `quietMs` and the browser is idle.
 * Returns a cancel. */
export function whenStill(run: () => void, quietMs = 400): () => void {
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout>;
	let y = window.scrollY;
	const wait = () => (timer = setTimeout(check, quietMs));
	/** Whether the page has moved since the last look; if so, the quiet time starts again. */
	const moved = () => {
		if (window.scrollY === y) return false;
		y = window.scrollY;
		wait();
		return true;
	};
	// Looked at again in the idle callback: the reader may have moved while it waited.
	const check = () => {
		if (cancelled || moved()) return;
		idle(() => {
			if (!cancelled && !moved()) run();
		});
	};
	wait();
	return () => {
		cancelled = true;
		clearTimeout(timer);
	};
}
