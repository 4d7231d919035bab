import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { rootFrom } from '$lib/urls';
import { deferAppStart } from '$lib/server/defer-start';
import { fillFragments } from '$lib/server/fragments';

// Draws the static fragments into each rendered page (see $lib/fragments.ts), and starts the app
// only after the first paint (see $lib/server/defer-start.ts).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			deferAppStart(fillFragments(html, rootFrom(event.url.pathname, base)))
	});
