// Where the build reads data/ and the copy from. DATA_DIR exists so tests can point a real build at
// a broken fixture and watch it fail; nothing else should set it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadFile } from '../data/load.ts';

export function dataDir(): string {
	return resolve(process.cwd(), process.env.DATA_DIR ?? 'data');
}

export function readDataFile(dir = dataDir()): ReadFile {
	return (relativePath) => readFileSync(resolve(dir, relativePath), 'utf8');
}

export function readContent(name: string): string {
	return readFileSync(resolve(process.cwd(), 'src/content', name), 'utf8');
}
