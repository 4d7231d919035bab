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

describe('links in the copy', () => {
	it('keeps web addresses, fragments and site paths, and turns nothing else into a link', async () => {
		const { inlineHtml } = await import('../../src/lib/copy/markup.ts');
		expect(inlineHtml('[a](https://example.org/x)')).toBe('<a href="https://example.org/x">a</a>');
		expect(inlineHtml('[a](#methods)')).toBe('<a href="#methods">a</a>');
		expect(inlineHtml('[a](/data/)')).toBe('<a href="/data/">a</a>');
		// "//host" is another site, not a path on this one.
		expect(inlineHtml('[a](//elsewhere.example/x)')).not.toContain('<a');
		expect(inlineHtml('[a](javascript:alert(1))')).not.toContain('<a');
	});

	it("sends a site path through the page's root, so it works under a base path and in a folder", async () => {
		const { rootSiteLinks } = await import('../../src/lib/server/fragments.ts');
		const html = '<a href="/data/">d</a> <a href="#methods">m</a> <a href="https://x.org/">x</a>';
		expect(rootSiteLinks(html, '..')).toBe(
			'<a href="../data/">d</a> <a href="#methods">m</a> <a href="https://x.org/">x</a>'
		);
		expect(rootSiteLinks(html, '.')).toContain('href="./data/"');
	});
});
