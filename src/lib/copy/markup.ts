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

export function inlineHtml(text: string): string {
	return escapeHtml(text)
		.replace(DAY_MONTH, '$1\u00a0$2')
		.replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+|#[a-z0-9-]+|\/[^\s)]*)\)/g, '<a href="$2">$1</a>')
		.replace(/\*([^*]+)\*/g, '<em>$1</em>');
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
