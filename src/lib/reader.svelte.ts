// Whether the reader has started to read: scrolled, touched, clicked or pressed a key. Charts
// not on screen load only then, so a reader who only looks at the first screen (or a page-speed
// robot) never pays for them.
export const reader = $state({ engaged: false });

const EVENTS = ['scroll', 'pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** Starts watching. A page opened already scrolled (a reload, a link to a chapter) does not count:
 * what counts is the reader's own move. */
export function watchEngagement(): () => void {
	const engage = () => {
		reader.engaged = true;
		stop();
	};
	const stop = () => {
		for (const type of EVENTS) removeEventListener(type, engage);
	};
	for (const type of EVENTS) addEventListener(type, engage, { passive: true });
	return stop;
}
