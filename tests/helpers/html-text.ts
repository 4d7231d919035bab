// The text a reader sees in a page parsed with cheerio: element boundaries become spaces (so
// table cells and list items do not run together), and what is never shown as text is left out.
import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';

function textOf(node: AnyNode, skip: Set<string>): string {
	if (node.type === 'text') return node.data;
	if (!('children' in node)) return ''; // comments, directives
	if ('name' in node && skip.has(node.name)) return '';
	return ` ${node.children.map((c) => textOf(c, skip)).join('')} `;
}

/** `skip`: more element names to leave out, beside script, style, template and noscript. */
export const visibleText = (root: Cheerio<AnyNode>, skip: string[] = []) =>
	root
		.toArray()
		.map((n) => textOf(n, new Set(['script', 'style', 'template', 'noscript', ...skip])))
		.join(' ')
		.replace(/\s+/g, ' ');
