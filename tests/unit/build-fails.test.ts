// End to end: a real `vite build` over a broken copy of data/ (DATA_DIR) must stop, with the
// DataError message naming the file, row and field. The build fails at buildStart, before anything
// is written to build/, so this is quick (a few seconds per build).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenDataDir, ROOT, setCell, type Edits } from '../helpers/data.ts';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function buildWith(edits: Edits) {
	const dir = brokenDataDir(edits);
	dirs.push(dir);
	// The child is a plain production build: drop what Vitest sets for itself.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k))
	);
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: ROOT,
			env: { ...env, DATA_DIR: dir },
			encoding: 'utf8',
			timeout: 120_000
		}
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

describe('DATA_DIR=<broken copy> vite build', () => {
	it('fails on a non-numeric value, naming file, row and field', () => {
		let row = 0;
		const { status, output, dir } = buildWith({
			'figures.csv': (t) => (row = setCell(t, 'gang_members', 'value', '17x37'))
		});
		expect(status, output).not.toBe(0);
		// The message names the folder the build read: here the broken copy.
		expect(output).toContain(
			`Invalid data in ${dir}/figures.csv, row ${row} (line ${row + 1}), field "value"`
		);
		expect(output).toContain('"17x37"');
		expect(output).not.toContain('Wrote site to');
	}, 120_000);

	it('fails on an unknown source id, naming file, row and field', () => {
		let row = 0;
		const { status, output, dir } = buildWith({
			'geo/places.csv': (t) =>
				(row = setCell(t, 'tashkent', 'source_id', 'geonames;made_up_source'))
		});
		expect(status, output).not.toBe(0);
		expect(output).toContain(
			`Invalid data in ${dir}/geo/places.csv, row ${row} (line ${row + 1}), field "source_id"`
		);
		expect(output).toContain('made_up_source');
		expect(output).not.toContain('Wrote site to');
	}, 120_000);
});
