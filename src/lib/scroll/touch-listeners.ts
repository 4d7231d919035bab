// Keeps touch scrolling off the page's main thread.
//
// Chrome sends every touch of a scroll to the main thread, and hit-tests it there, whenever the
// page has any touchstart, touchmove or pointer listener, even a passive one, anywhere. The one
// such listener left once the reader is scrolling is SvelteKit's: its router listens for
// touchstart on <html> to fetch a tapped link's data early. On this page (about 1,600 elements)
// each forwarded touch cost the main thread about 0.5 ms, four times that at a slow phone's speed:
// a sixth of all its work during a scroll (scripts/bench/known-misses.md, 2026-12-04). Without
// the listener a touch scroll never wakes the main thread. Tapped links still work as links; only
// the early fetch is lost, and a mouse press still makes it.

/** From now on, ignore touchstart listeners added to `root`: call before SvelteKit starts its
 * router (the client `init` hook). */
export function ignoreRootTouchListeners(root: HTMLElement = document.documentElement): void {
	root.addEventListener = function (
		this: HTMLElement,
		type: string,
		listener: EventListenerOrEventListenerObject | null,
		options?: boolean | AddEventListenerOptions
	) {
		if (type === 'touchstart') return;
		EventTarget.prototype.addEventListener.call(this, type, listener, options);
	};
}
