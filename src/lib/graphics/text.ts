// Text measurement for SVG labels without a DOM, so the server and the browser lay out labels
// identically. The width per character is a deliberate overestimate for the system sans fonts we use.

const CHAR_WIDTH_EM = 0.56;

export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * CHAR_WIDTH_EM;
}

/** Greedy word wrap into lines no wider than `maxWidth` pixels. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
	const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * CHAR_WIDTH_EM)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (!line) line = word;
		else if ((line + ' ' + word).length <= maxChars) line += ' ' + word;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
