// scrollama's bundled index.d.ts has drifted from its code (no "px" offsets, a removed `order`
// option, missing `root`). These are the parts we use, typed from scrollama 3.2's source.
import scrollamaFactory from 'scrollama';

export interface ScrollamaEvent {
	element: HTMLElement;
	index: number;
	direction: 'up' | 'down';
}

export interface ScrollamaInstance {
	setup(options: {
		step: HTMLElement[] | string;
		/** A fraction of the viewport height (0–1) or a pixel offset like "420px". */
		offset?: number | `${number}px`;
		progress?: boolean;
		once?: boolean;
		debug?: boolean;
	}): ScrollamaInstance;
	onStepEnter(callback: (event: ScrollamaEvent) => void): ScrollamaInstance;
	onStepExit(callback: (event: ScrollamaEvent) => void): ScrollamaInstance;
	resize(): ScrollamaInstance;
	/** Sets the trigger (as in setup) and re-creates the step observers with it. */
	offset(offset: number | `${number}px`): ScrollamaInstance;
	enable(): ScrollamaInstance;
	disable(): ScrollamaInstance;
	destroy(): void;
}

export const createScrollama = scrollamaFactory as unknown as () => ScrollamaInstance;

type SetupOptions = Parameters<ScrollamaInstance['setup']>[0];

/**
 * `instance.setup(options)` without the scroll listener scrollama 3.2 adds to the document there.
 * That listener only tracks the scroll direction, which the step observers' callback works out
 * again before each event and the engine never reads; it is never removed, and it runs script on
 * the main thread in every frame of every scroll, which a slow phone pays for in dropped frames.
 */
export function setupQuietly(
	instance: ScrollamaInstance,
	options: SetupOptions
): ScrollamaInstance {
	const add = document.addEventListener;
	// An own property for the length of the call, then whatever was there before (usually nothing:
	// deleting it brings back the prototype's method; a script that patched it keeps its patch).
	const before = Object.getOwnPropertyDescriptor(document, 'addEventListener');
	document.addEventListener = function (this: Document, ...args: Parameters<typeof add>) {
		if (args[0] !== 'scroll') add.apply(this, args);
	} as typeof add;
	try {
		return instance.setup(options);
	} finally {
		if (before) Object.defineProperty(document, 'addEventListener', before);
		else delete (document as { addEventListener?: unknown }).addEventListener;
	}
}
