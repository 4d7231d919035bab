// The copy's inline markup: *emphasis* and [link text](https://…). Everything else is escaped, so
// an editor cannot break the page with a stray "<".
import { MONTHS } from '../format.ts';

export function escapeHtml(s: string): string {
	return s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** A day and its month ("8 March") are never split across lines. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')})\\b`, 'g');

/** An initial and the name after it ("J. Otto Pohl") are never split across lines either. */
const INITIAL = /\b(\p{Lu})\. (?=\p{Lu})/gu;
export const keepInitials = (text: string) => text.replace(INITIAL, '$1.\u00a0');

export function inlineHtml(text: string): string {
	return (
		keepInitials(escapeHtml(text))
			.replace(DAY_MONTH, '$1\u00a0$2')
			// An address on the web, a fragment of this page, or a path on this site ("//host" is
			// another site, and is not a path).
			.replace(
				/\[([^\]]+)\]\((https?:\/\/[^\s)]+|#[a-z0-9-]+|\/(?!\/)[^\s)]*)\)/g,
				'<a href="$2">$1</a>'
			)
			.replace(/\*([^*]+)\*/g, '<em>$1</em>')
	);
}

/** A hyphenated word or name ("Alma-Ata", "anti-Soviet") or a range ("18,000–24,000", "1942–43"). */
const PART = String.raw`[\p{L}\d](?:[\p{L}\d,.]*[\p{L}\d])?`;
const COMPOUND = new RegExp(`${PART}(?:[-–]${PART})+`, 'gu');
/** Longer compounds may break: on a phone's column one would leave a line half empty. */
const COMPOUND_MAX = 24;

/**
 * Copy HTML for the page, with each short compound kept on one line: browsers break lines after a
 * hyphen or a dash, and "Alma- / Ata" or "18,000– / 24,000" reads badly. Only text between tags
 * changes, so link addresses keep their hyphens. The class is the page's (app.css): the
 * republishing HTML, which has no classes, keeps the copy as it is.
 */
export function keepTogether(html: string): string {
	return html.replace(/(<[^>]*>)|([^<]+)/g, (_, tag: string | undefined, text: string) =>
		tag
			? tag
			: text.replace(COMPOUND, (w) =>
					w.length <= COMPOUND_MAX ? `<span class="nowrap">${w}</span>` : w
				)
	);
}

/**
 * Plain text (a graphic's description, say) as page HTML that reads like the copy: escaped, a day
 * kept with its month, short compounds kept whole.
 */
export function plainTextHtml(text: string): string {
	return keepTogether(inlineHtml(text));
}

/** Plain text for places that take no markup (alt text, meta descriptions). */
export function plainText(text: string): string {
	return text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*([^*]+)\*/g, '$1');
}

/** Blank lines separate paragraphs. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean);
}
