import type { ClientInit } from '@sveltejs/kit';
import { ignoreRootTouchListeners } from '$lib/scroll/touch-listeners';

// Runs once, before SvelteKit starts its router: see touch-listeners.ts for why.
export const init: ClientInit = () => {
	ignoreRootTouchListeners();
};
