// Every graphic state as a PNG at twice its size, drawn without a browser (resvg).
import { error } from '@sveltejs/kit';
import { isRegisteredStep, STEP_STATES } from '$lib/graphics/registry';
import { getContent } from '$lib/server/content';
import { stepGraphicPng } from '$lib/server/downloads';

export const prerender = true;
export const entries = () => Object.keys(STEP_STATES).map((step) => ({ step }));

export const GET = ({ params }) => {
	if (!isRegisteredStep(params.step)) error(404, 'No such graphic');
	return new Response(new Uint8Array(stepGraphicPng(getContent(), params.step)), {
		headers: { 'content-type': 'image/png' }
	});
};
