import type { Handle } from '@sveltejs/kit';
import { fillFragments } from '$lib/server/fragments';

// Draws the static fragments into each rendered page (see $lib/fragments.ts).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => fillFragments(html) });
