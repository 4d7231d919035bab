// smartquotes is CommonJS and ships no types; it exposes one function we use.
declare module 'smartquotes' {
	const smartquotes: {
		/** The string with straight quotes and apostrophes made typographic. */
		string(text: string): string;
	};
	export default smartquotes;
}
