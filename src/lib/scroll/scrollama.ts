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
