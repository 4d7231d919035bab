// Beside each dataset, a plain-text note of what it holds, its sources (with URLs) and licence.
import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { datasetByName, datasets, sidecarText } from '$lib/server/datasets';

export const prerender = true;
export const entries = () => datasets(getContent()).map((d) => ({ name: d.name }));

export const GET = ({ params }) => {
	const content = getContent();
	const d = datasetByName(content, params.name);
	if (!d) error(404, 'No such dataset');
	return new Response(sidecarText(content, d), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
