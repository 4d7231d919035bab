// setupQuietly: scrollama's setup() without the document scroll listener it would add.
import { afterEach, describe, expect, it } from 'vitest';
import { setupQuietly, type ScrollamaInstance } from '../../src/lib/scroll/scrollama.ts';

/** Just enough of a document: addEventListener on the prototype, as in a browser. */
class FakeDocument {
	added: string[] = [];
	addEventListener(type: string) {
		this.added.push(type);
	}
}

/** An instance whose setup() adds listeners to the document the way scrollama 3.2 does. */
const fakeScrollama = (types: string[]) =>
	({
		setup() {
			for (const type of types) document.addEventListener(type, () => {});
			return this;
		}
	}) as unknown as ScrollamaInstance;

const globals = globalThis as { document?: unknown };
afterEach(() => {
	delete globals.document;
});

describe('setupQuietly', () => {
	it('drops the scroll listener and keeps every other one', () => {
		const doc = new FakeDocument();
		globals.document = doc;
		setupQuietly(fakeScrollama(['scroll', 'click', 'scroll', 'resize']), { step: [] });
		expect(doc.added).toEqual(['click', 'resize']);
	});

	it('leaves the document as it found it, even when setup throws', () => {
		const doc = new FakeDocument();
		globals.document = doc;
		setupQuietly(fakeScrollama(['scroll']), { step: [] });
		expect(Object.hasOwn(doc, 'addEventListener')).toBe(false);
		const failing = {
			setup() {
				throw new Error('no steps');
			}
		} as unknown as ScrollamaInstance;
		expect(() => setupQuietly(failing, { step: [] })).toThrow('no steps');
		expect(Object.hasOwn(doc, 'addEventListener')).toBe(false);
		// Later listeners, scroll included, reach the document again.
		document.addEventListener('scroll', () => {});
		expect(doc.added).toEqual(['scroll']);
	});

	it("puts back another script's own patch of addEventListener", () => {
		const doc = new FakeDocument();
		const patched: string[] = [];
		const patch = (type: string) => patched.push(type);
		Object.defineProperty(doc, 'addEventListener', {
			value: patch,
			writable: true,
			configurable: true
		});
		globals.document = doc;
		setupQuietly(fakeScrollama(['scroll', 'click']), { step: [] });
		expect(Object.getOwnPropertyDescriptor(doc, 'addEventListener')?.value).toBe(patch);
		expect(patched).toEqual(['click']);
	});
});
