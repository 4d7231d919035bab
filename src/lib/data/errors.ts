/** A problem in one of the files under data/, reported with the file, row and field it concerns. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly detail: string,
		readonly row?: number,
		readonly field?: string,
		/** The row's line in the file; by default the line of row N in a file without blank lines. */
		readonly line = row === undefined ? undefined : row + 1
	) {
		// Rows are counted from 1 after the header, blank lines not counted, so without blank lines
		// (or cells that span lines) row 1 is line 2 of the file. DATA_DIR only ever points a test
		// build at a broken copy; name that folder then.
		const dir = (globalThis.process?.env?.DATA_DIR ?? 'data').replace(/\/$/, '');
		const where = [
			`${dir}/${file}`,
			row !== undefined ? `row ${row} (line ${line})` : undefined,
			field !== undefined ? `field "${field}"` : undefined
		]
			.filter(Boolean)
			.join(', ');
		super(`Invalid data in ${where}: ${detail}`);
		this.name = 'DataError';
	}
}
