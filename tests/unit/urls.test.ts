// Relative links in markup drawn outside SvelteKit's render (static fragments) must match the
// ones SvelteKit writes itself, or a plain copy of the site in some folder loses its images.
import { describe, expect, it } from 'vitest';
import { graphicPath, rootFrom } from '../../src/lib/urls.ts';

describe('rootFrom', () => {
	it.each([
		['/', '', '.'],
		['/s/exile/', '', '../..'],
		['/embed/exile/', '', '../..'],
		['/republish/', '', '..'],
		['/story/', '/story', '.'],
		['/story/s/exile/', '/story', '../..']
	])('from %s (base "%s") is %s', (pathname, base, root) => {
		expect(rootFrom(pathname, base)).toBe(root);
	});

	it('joins a site path into a link relative to the page', () => {
		expect(`${rootFrom('/s/exile/', '')}${graphicPath('exile-2', 'svg')}`).toBe(
			'../../graphics/exile-2.svg'
		);
	});
});
