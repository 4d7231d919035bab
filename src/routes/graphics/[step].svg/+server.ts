// Every graphic state the story uses, as a standalone SVG: for downloads, the republish kit, the
// static-images reading mode and readers without JavaScript.
import { error } from '@sveltejs/kit';
import { isRegisteredStep, STEP_STATES } from '$lib/graphics/registry';
import { getContent } from '$lib/server/content';
import { stepGraphicSvg } from '$lib/server/downloads';

export const prerender = true;
export const entries = () => Object.keys(STEP_STATES).map((step) => ({ step }));

export const GET = ({ params }) => {
	if (!isRegisteredStep(params.step)) error(404, 'No such graphic');
	return new Response(stepGraphicSvg(getContent(), params.step), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
