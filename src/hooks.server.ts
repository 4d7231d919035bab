import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { rootFrom } from '$lib/urls';
import { deferAppStart } from '$lib/server/defer-start';
import { fillFragments } from '$lib/server/fragments';
import { faviconDataUrl } from '$lib/server/favicon';

// Draws the static fragments into each rendered page (see $lib/fragments.ts), writes in the icon
// (see $lib/server/favicon.ts), and starts the app only after the first paint (see
// $lib/server/defer-start.ts).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			deferAppStart(
				fillFragments(
					html.replace('%favicon%', faviconDataUrl()),
					rootFrom(event.url.pathname, base)
				)
			)
	});
