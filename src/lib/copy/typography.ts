// Typographic quotes and apostrophes (“ ” ‘ ’) in everything a reader sees, while the copy and the
// data files keep plain ones, which are easier to type and to diff. Applied once, as the content is
// loaded (server/content.ts), so the page, the charts, the still images, the share cards and the
// republishing kit all show the same text.
import smartquotes from 'smartquotes';

/** Web addresses, bare or as the target of a [link](…), keep their characters. */
const ADDRESS = /(\]\([^)\s]*\)|\bhttps?:\/\/\S+)/;

/** `text` with curly quotes and apostrophes. */
export function typeset(text: string): string {
	if (!/['"]/.test(text)) return text;
	const parts = text.split(ADDRESS);
	if (parts.length === 1) return smartquotes.string(text);
	// Typeset the prose with each address stood in for by a character it cannot change, so quotes
	// either side of a link still pair up.
	const marker = '\uE000'; // private use: in no text of ours
	const prose = smartquotes.string(parts.map((p, i) => (i % 2 ? marker : p)).join(''));
	let n = 0;
	return prose.replaceAll(marker, () => parts[2 * n++ + 1]!);
}

/** A copy of `value` with every string in it typeset; keys named in `keep` are left alone. */
export function typesetAll<T>(value: T, keep: ReadonlySet<string> = KEEP): T {
	if (typeof value === 'string') return typeset(value) as T;
	if (Array.isArray(value)) return value.map((v) => typesetAll(v, keep)) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : typesetAll(v, keep)])
		) as T;
	}
	return value;
}

/** Fields that are addresses or identifiers, not text. */
const KEEP: ReadonlySet<string> = new Set(['url', 'id', 'source_id']);
