// The scroll engine against a fake window whose layout, size, frames and timers the test drives, so
// orderings a loaded machine produces only now and then can be played out exactly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeIndex } from '../../src/lib/scroll/geometry.ts';

// Every chapter counts as near the viewport; its scrollama only passes step crossings on.
const crossings: (() => void)[] = [];
vi.mock('../../src/lib/util/watch-view.ts', () => ({
	watchView: (_node: unknown, _margin: string, callback: (near: boolean) => void) => {
		callback(true);
		return () => {};
	}
}));
vi.mock('../../src/lib/scroll/scrollama.ts', () => ({
	createScrollama: () => {
		const scroller = {
			offset: () => scroller,
			onStepEnter: (cb: () => void) => (crossings.push(cb), scroller),
			onStepExit: () => scroller,
			destroy: () => {}
		};
		return scroller;
	},
	setupQuietly: (scroller: unknown) => scroller
}));

const { createScrollEngine, MOUSE, TOUCH } = await import('../../src/lib/scroll/engine.ts');

/** Where each step's top sits in the document, by viewport width: a narrow layout is taller. */
const LAYOUTS: Record<number, number[]> = {
	1280: [0, 1000, 2000, 3000, 4000],
	800: [0, 1500, 3000, 4500, 6000]
};
const STEP_IDS = ['a-1', 'a-2', 'a-3', 'a-4', 'a-5'];
const TRIGGER = 0.6;

/** A window the test resizes, scrolls, and gives frames and events to, one by one. */
function fakeWindow() {
	const listeners = new Map<string, Set<() => void>>();
	const frames = new Map<number, () => void>();
	let nextFrame = 1;
	const win = {
		innerWidth: 1280,
		innerHeight: 800,
		scrollY: 0,
		/** A mouse or trackpad (pointer: fine), and a touch screen (any-pointer: coarse). */
		mouse: false,
		touch: true,
		/** How far the reader has zoomed in with two fingers. */
		visualViewport: { scale: 1 },
		// A browser with scrollend: the engine adds no scroll listener.
		onscrollend: null,
		scrollTo({ top }: { top: number }) {
			win.scrollY = top;
		},
		matchMedia: (query: string) => ({
			get matches() {
				if (query === MOUSE) return win.mouse;
				if (query === TOUCH) return win.touch;
				if (query === '(orientation: portrait)') return win.innerHeight > win.innerWidth;
				throw new Error(`unexpected media query ${query}`);
			}
		}),
		addEventListener(type: string, fn: () => void) {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(fn);
		},
		removeEventListener(type: string, fn: () => void) {
			listeners.get(type)?.delete(fn);
		},
		requestAnimationFrame(fn: () => void) {
			frames.set(nextFrame, fn);
			return nextFrame++;
		},
		cancelAnimationFrame(id: number) {
			frames.delete(id);
		},
		/** Fires `type` at the window's listeners. */
		dispatch(type: string) {
			for (const fn of [...(listeners.get(type) ?? [])]) fn();
		},
		/** Runs the animation frame callbacks waiting now. */
		frame() {
			const due = [...frames.values()];
			frames.clear();
			for (const fn of due) fn();
		},
		/** The viewport takes a new size; its resize event comes later, with `dispatch`. */
		resizeTo(width: number, height: number) {
			win.innerWidth = width;
			win.innerHeight = height;
		}
	};
	return win;
}

/** A step of the fake page: its top follows the window's layout and scroll position. */
function fakeStep(win: ReturnType<typeof fakeWindow>, index: number) {
	return {
		id: STEP_IDS[index],
		getBoundingClientRect: () => ({ top: LAYOUTS[win.innerWidth]![index]! - win.scrollY })
	} as unknown as HTMLElement;
}

let win: ReturnType<typeof fakeWindow>;
let reported: (string | null)[];
let engine: ReturnType<typeof createScrollEngine>;

beforeEach(() => {
	vi.useFakeTimers();
	win = fakeWindow();
	vi.stubGlobal('window', win);
	vi.stubGlobal('requestAnimationFrame', win.requestAnimationFrame);
	vi.stubGlobal('cancelAnimationFrame', win.cancelAnimationFrame);
	crossings.length = 0;
	reported = [];
	const steps = STEP_IDS.map((_, i) => fakeStep(win, i));
	const section = {
		id: 'a',
		contains: () => true,
		getBoundingClientRect: () => ({ top: -win.scrollY, bottom: 10_000 - win.scrollY })
	} as unknown as HTMLElement;
	// On step a-3, five pixels past the line.
	win.scrollY = LAYOUTS[1280]![2]! - 800 * TRIGGER + 5;
	engine = createScrollEngine({
		steps,
		sections: [section],
		triggerFraction: () => TRIGGER,
		onChange: (p) => reported.push(p.step)
	});
});
afterEach(() => {
	engine.destroy();
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** The step at the trigger line now, by the fake layout. */
function stepAtLine() {
	const tops = LAYOUTS[win.innerWidth]!.map((top) => top - win.scrollY);
	return STEP_IDS[activeIndex(tops, Math.round(win.innerHeight * TRIGGER))];
}

describe('the scroll engine across a rotation', () => {
	it('starts on the step at the trigger line', () => {
		expect(reported).toEqual(['a-3']);
	});

	it('keeps the reader on their step through a rotation and back', () => {
		win.resizeTo(800, 1280);
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		expect(stepAtLine()).toBe('a-3');
		win.resizeTo(1280, 800);
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		expect(stepAtLine()).toBe('a-3');
		expect(reported.at(-1)).toBe('a-3');
	});

	// On a loaded machine the rotation back can come after the engine has put the reader back in
	// the rotated layout, but with a step crossing noted between the new size and its resize event.
	it('keeps the step when a crossing comes between the rotation back and its resize event', () => {
		win.resizeTo(800, 1280);
		win.dispatch('resize');
		vi.advanceTimersByTime(200); // re-laid out and scrolled back to a-3 in the tall layout
		win.resizeTo(1280, 800);
		crossings[0]!(); // a frame to measure is now waiting
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		win.frame();
		vi.runOnlyPendingTimers();
		expect(stepAtLine()).toBe('a-3');
		expect(reported.at(-1)).toBe('a-3');
	});
});

describe('the scroll engine asked for the position', () => {
	it('reports at once a change measured in a frame whose report still waits for its task', () => {
		win.scrollY += 1000; // a-4 at the line now
		crossings[0]!();
		win.frame(); // measured; the report waits for a task of its own
		expect(reported.at(-1)).toBe('a-3');
		engine.reconcile(); // a landing asks where the reader is
		expect(reported.at(-1)).toBe('a-4');
		vi.runOnlyPendingTimers();
		expect(reported.filter((s) => s === 'a-4')).toHaveLength(1);
	});
});

describe('the scroll engine when only the height changes', () => {
	it('with a mouse, a window resized in height keeps the reader on their step at the new line', () => {
		engine.destroy();
		win.mouse = true;
		win.touch = false;
		engine = createScrollEngine({
			steps: STEP_IDS.map((_, i) => fakeStep(win, i)),
			sections: [],
			triggerFraction: () => TRIGGER,
			onChange: (p) => reported.push(p.step)
		});
		win.resizeTo(1280, 600); // the line moves up, above a-3's top
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		expect(stepAtLine()).toBe('a-3');
		expect(reported.at(-1)).toBe('a-3');
	});

	it('on a tablet with a trackpad too, a toolbar showing or hiding moves nothing', () => {
		engine.destroy();
		win.mouse = true; // and still a touch screen, with a browser toolbar that hides
		engine = createScrollEngine({
			steps: STEP_IDS.map((_, i) => fakeStep(win, i)),
			sections: [],
			triggerFraction: () => TRIGGER,
			onChange: (p) => reported.push(p.step)
		});
		const y = win.scrollY;
		win.resizeTo(1280, 700);
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		expect(win.scrollY).toBe(y);
	});

	it('on a touch screen, a toolbar showing or hiding moves nothing', () => {
		const y = win.scrollY;
		win.resizeTo(1280, 700);
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		expect(win.scrollY).toBe(y);
		expect(reported).toEqual(['a-3']);
	});
});

describe('the scroll engine with the page zoomed in', () => {
	it('does not scroll a reader who has pinched to zoom', () => {
		win.visualViewport.scale = 2;
		const y = win.scrollY;
		win.resizeTo(800, 1280);
		win.dispatch('resize');
		vi.advanceTimersByTime(200);
		expect(win.scrollY).toBe(y);
	});
});
