// The query for a window with no room for a graphic is written twice: in the module that follows
// it, and in app.html's script, which applies it before the first paint. They must not drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/data.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the cramped-window query', () => {
	const module = read('src/lib/reading-mode.svelte.ts');
	const query = module.match(/export const CRAMPED = '([^']+)'/)?.[1];

	it('is defined once, in em (so a large default text size counts)', () => {
		expect(query).toBeDefined();
		for (const length of query!.match(/\d+(\.\d+)?[a-z]+/g)!) expect(length).toMatch(/em$/);
	});

	it('is the one app.html applies before the first paint', () => {
		expect(read('src/app.html')).toContain(`matchMedia('${query}')`);
	});
});
