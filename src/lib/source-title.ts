// A source's title as pages show it. A title in another language is kept as published, with an
// English gloss after it in brackets ("Депортация балкарцев (Deportation of the Balkars)"); the
// original is marked with its language, so that a screen reader speaks it in the right voice.

export interface TitleParts {
	/** The title as published. */
	original: string;
	/** Its language, where it is not English. */
	lang?: string;
	/** Its English gloss, where it has one. */
	gloss?: string;
}

export function titleParts(s: { title: string; title_lang?: string }): TitleParts {
	const open = s.title.lastIndexOf(' (');
	if (!s.title_lang || open < 1 || !s.title.endsWith(')')) return { original: s.title };
	return {
		original: s.title.slice(0, open),
		lang: s.title_lang,
		gloss: s.title.slice(open + 2, -1)
	};
}
