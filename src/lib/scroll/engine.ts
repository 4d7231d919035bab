// The scroll engine: the active step is always derived from the page geometry. scrollama's
// enter/exit events say *when* to look; the geometry says *what* is active, so fast flings,
// reloads mid-page and anchor jumps all land on the right step.
//
// scrollama gives each step an intersection observer and a resize observer, and the browser works
// through every one of them in every frame of a scroll. So each chapter gets its own scrollama,
// set up only while the chapter is within a screen of the viewport: the reader's one or two
// chapters are watched, not every step of the story, however long it grows. A step crossed while
// its chapter's observers were not yet there (a fling, a jump) is caught when scrolling ends.
import { watchView } from '../util/watch-view.ts';
import { activeIndex, sectionIndex } from './geometry.ts';
import { createScrollama, setupQuietly, type ScrollamaInstance } from './scrollama.ts';

export interface ScrollPosition {
	/** The id of the last step whose top has passed the trigger line, or null above the first. */
	step: string | null;
	/** The id of the section containing the trigger line, or null. */
	section: string | null;
}

export interface ScrollEngineOptions {
	/** Step elements in document order, each inside one of `sections`; their ids are the step
	 * ids. */
	steps: HTMLElement[];
	/** Chapter sections in document order; their ids are the chapter slugs. */
	sections: HTMLElement[];
	/** Where the trigger line sits, as a fraction of the viewport height. Read on setup and on
	 * real resizes only (a width or orientation change, or a height change with a mouse). */
	triggerFraction: () => number;
	onChange: (position: ScrollPosition) => void;
}

export interface ScrollEngine {
	/** Re-read the geometry now (after a programmatic scroll, for example); any change not yet
	 * reported is reported before this returns. */
	reconcile(): void;
	destroy(): void;
}

let live: ScrollEngine | null = null;

/** A mouse or trackpad (and, tested apart, no touch screen): a desktop browser, no toolbar. */
export const MOUSE = '(pointer: fine) and (hover: hover)';
export const TOUCH = '(any-pointer: coarse)';

const SETTLE_MS = 120;
const RESIZE_MS = 200;

export function createScrollEngine(options: ScrollEngineOptions): ScrollEngine {
	// One engine per page: a second would double every listener and observer.
	live?.destroy();

	/** Each chapter's steps (every step lies in a chapter), with the chapter's scrollama while it
	 * is near the viewport. */
	const groups = options.sections.map((section) => ({
		section,
		steps: options.steps.filter((step) => section.contains(step)),
		scroller: null as ScrollamaInstance | null
	}));

	let trigger = 0;
	let frame = 0;
	let settleTimer: ReturnType<typeof setTimeout> | undefined;
	let resizeTimer: ReturnType<typeof setTimeout> | undefined;
	let reportTimer: ReturnType<typeof setTimeout> | undefined;
	/** A change measured but not yet reported (see `measure(later)`). */
	let unreported: ScrollPosition | null = null;
	let last: ScrollPosition | null = null;
	let width = window.innerWidth;
	let height = window.innerHeight;
	const portrait = window.matchMedia('(orientation: portrait)');
	let wasPortrait = portrait.matches;
	// With a mouse and no touch screen, a change of height alone is a window resized, which moves
	// the trigger line and every step; where there is a touch screen (a tablet with a trackpad
	// too) it is a toolbar showing or hiding, which must move nothing.
	const mouse = window.matchMedia(MOUSE);
	const touch = window.matchMedia(TOUCH);

	// Where each step's top sat in the document at the last measurement, and the scroll position
	// when a measurement was last taken or asked for in that layout. A rotation can arrive before
	// the next measurement's frame; by then the layout is the new one (and a phone may have
	// scrolled to keep its place), so the step the reader was on is worked out from these.
	let offsets: number[] = [];
	let lastY = window.scrollY;

	/** A resize that re-lays out the page: not a phone's toolbar showing or hiding. */
	const resized = () =>
		window.innerWidth !== width ||
		portrait.matches !== wasPortrait ||
		(mouse.matches && !touch.matches && window.innerHeight !== height);

	/** Notes where the reader is, unless the viewport has changed: that position belongs to the new
	 * layout. Called when the browser reports a step crossing, the end of a scroll or a jump: not
	 * on every frame, and mostly with the layout already up to date. */
	function notePosition() {
		if (!resized()) lastY = window.scrollY;
	}

	/** The step whose top is the last at or above the trigger line, given every step's top. */
	const stepAt = (tops: number[]) => options.steps[activeIndex(tops, trigger)]?.id ?? null;

	/** Reads the geometry and reports a change of step or section: at once, or `later`, in a task
	 * of its own after this frame. */
	function measure(later = false) {
		if (keep !== undefined) return; // a resize is being handled
		const tops = options.steps.map((el) => el.getBoundingClientRect().top);
		const y = window.scrollY;
		offsets = tops.map((top) => top + y);
		// The position that goes with these offsets: after a resize has scrolled the reader back,
		// an older one belongs to the layout before it.
		lastY = y;
		const step = stepAt(tops);
		const rects = options.sections.map((el) => el.getBoundingClientRect());
		const section = options.sections[sectionIndex(rects, trigger)]?.id ?? null;
		if (!last || step !== last.step || section !== last.section) {
			const position = { step, section };
			last = position;
			// A report still waiting is stale now.
			clearTimeout(reportTimer);
			unreported = null;
			if (later) {
				unreported = position;
				reportTimer = setTimeout(() => {
					unreported = null;
					options.onChange(position);
				}, 0);
			} else options.onChange(position);
		}
	}

	/** The step at the trigger line in the layout before a resize began. */
	function stepBeforeResize(): string | null {
		if (!frame) return last?.step ?? null;
		return stepAt(offsets.map((top) => top - lastY));
	}

	/** Measures in the next frame, where the layout is up to date, and reports after it. A step
	 * change redraws a chart: run inside the frame that measured, the chart's update and its
	 * relayout and repaint made one task of about 30 ms on a slow phone (4x CPU), two frames
	 * dropped at every step of a scroll; in a task of its own it fits between frames. */
	function reconcile() {
		notePosition();
		if (frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			measure(true);
		});
	}

	/** Sets up or takes down a group's scrollama. */
	function watchSteps(group: (typeof groups)[number], on: boolean) {
		if (on === Boolean(group.scroller) || !group.steps.length) return;
		if (on)
			group.scroller = setupQuietly(createScrollama(), {
				step: group.steps,
				offset: `${trigger}px`
			})
				.onStepEnter(reconcile)
				.onStepExit(reconcile);
		else {
			group.scroller?.destroy();
			group.scroller = null;
		}
	}

	function setup() {
		// A pixel trigger taken once: percentage offsets follow innerHeight, which changes every
		// time a phone's toolbar shows or hides. A rotation gives the live scrollamas the new one
		// (`offset` re-creates their observers); the others take it when they are set up.
		trigger = Math.round(window.innerHeight * options.triggerFraction());
		for (const group of groups) group.scroller?.offset(`${trigger}px`);
	}

	// A fling can carry a step across the trigger band between two frames, so no event fires for
	// it; once scrolling settles, look again. Browsers with scrollend say when; the others get a
	// scroll listener and a timer. With scrollend no script runs while the page scrolls: on a slow
	// phone every scroll handler costs frames.
	const settleByTimer = !('onscrollend' in window);
	function onScroll() {
		notePosition();
		clearTimeout(settleTimer);
		settleTimer = setTimeout(reconcile, SETTLE_MS);
	}

	// The step the reader was on when a real resize began: the re-flow that follows moves the page
	// under them, so it must not be measured until the new layout is settled and scrolled back.
	let keep: string | null | undefined;

	function onResize() {
		if (!resized() && keep === undefined) return; // a toolbar showing or hiding: nothing to rebuild
		if (keep === undefined) keep = stepBeforeResize();
		clearTimeout(resizeTimer);
		resizeTimer = setTimeout(() => {
			width = window.innerWidth;
			height = window.innerHeight;
			wasPortrait = portrait.matches;
			const step = keep ? options.steps.find((el) => el.id === keep) : undefined;
			keep = undefined;
			setup();
			// A reader zoomed in with two fingers is not moved: where a browser reports the zoomed
			// viewport's width, the pinch itself can look like a change of width.
			if (step && (window.visualViewport?.scale ?? 1) === 1) {
				const top = step.getBoundingClientRect().top + window.scrollY - trigger + 4;
				window.scrollTo({ top, behavior: 'instant' });
			}
			measure();
		}, RESIZE_MS);
	}

	setup();
	// Within a screen above or below the viewport: a chapter's observers are in place well before
	// its first step reaches the trigger line. (The margin of the graphics' lazy mounting, so the
	// two share one observer.)
	const unwatch = groups.map((group) =>
		watchView(group.section, '100% 0px', (near) => watchSteps(group, near))
	);
	measure();
	if (settleByTimer) window.addEventListener('scroll', onScroll, { passive: true });
	else window.addEventListener('scrollend', reconcile);
	window.addEventListener('resize', onResize);
	window.addEventListener('hashchange', reconcile);
	window.addEventListener('pageshow', reconcile);
	window.addEventListener('load', reconcile);

	const engine: ScrollEngine = {
		// A caller that asks for the position now gets it now, even a change measured in the last
		// frame (the browser's own jump to a fragment, say) whose report is still waiting.
		reconcile: () => {
			const waiting = unreported;
			measure();
			if (waiting && last === waiting) {
				clearTimeout(reportTimer);
				unreported = null;
				options.onChange(waiting);
			}
		},
		destroy() {
			for (const stop of unwatch) stop();
			for (const group of groups) watchSteps(group, false);
			cancelAnimationFrame(frame);
			clearTimeout(settleTimer);
			clearTimeout(resizeTimer);
			clearTimeout(reportTimer);
			window.removeEventListener('scroll', onScroll);
			window.removeEventListener('scrollend', reconcile);
			window.removeEventListener('resize', onResize);
			window.removeEventListener('hashchange', reconcile);
			window.removeEventListener('pageshow', reconcile);
			window.removeEventListener('load', reconcile);
			if (live === engine) live = null;
		}
	};
	live = engine;
	return engine;
}
