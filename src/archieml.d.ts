// archieml is CommonJS and ships no types; it exposes one function we use.
declare module 'archieml' {
	const archieml: {
		load(input: string, options?: { comments?: boolean }): Record<string, unknown>;
	};
	export default archieml;
}
