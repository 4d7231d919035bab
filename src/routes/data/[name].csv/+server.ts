// Every dataset under data/, served byte for byte as committed.
import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { datasetByName, datasets, readDataBytes } from '$lib/server/datasets';

export const prerender = true;
export const entries = () => datasets(getContent()).map((d) => ({ name: d.name }));

export const GET = ({ params }) => {
	const d = datasetByName(getContent(), params.name);
	if (!d) error(404, 'No such dataset');
	return new Response(new Uint8Array(readDataBytes(d.file)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
