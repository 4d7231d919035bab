// The rewrite that starts the app after the first paint: the boot script waits, preloads the same
// modules, keeps SvelteKit's own start call, and its new hash replaces the old one in the policy.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferAppStart } from '../../src/lib/server/defer-start.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const BOOT = `
	{
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const page = (boot: string, policyHash = hash(boot)) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' ${policyHash}">
<link href="./_app/immutable/entry/start.js" rel="modulepreload">
<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
</head><body><div><p>Text</p><script>${boot}</script></div></body></html>`;

describe('deferAppStart', () => {
	it('moves the preloads into the boot script, after a paint, and re-hashes it', () => {
		const out = deferAppStart(page(BOOT));
		expect(out).not.toContain('rel="modulepreload"');
		const code = out.match(/<script>([\s\S]*?)<\/script>/)![1]!;
		expect(code).toContain(`["./_app/immutable/entry/start.js","./_app/immutable/chunks/a.js"]`);
		expect(code.indexOf("type: 'paint'")).toBeLessThan(code.indexOf('import('));
		expect(code).toContain('kit.start(app, element');
		expect(out).toContain(hash(code));
		expect(out).not.toContain(hash(BOOT));
		// The rewritten script is still JavaScript.
		expect(() => new Function(code)).not.toThrow();
	});

	it('leaves a page without the app alone', () => {
		const html =
			'<!doctype html><html><head></head><body><script>let a = 1;</script></body></html>';
		expect(deferAppStart(html)).toBe(html);
	});

	it('fails the build, by name, when SvelteKit changes its boot script', () => {
		const changed = BOOT.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => deferAppStart(page(changed))).toThrow(/defer-start\.ts/);
	});

	it('fails when the policy does not name the boot script', () => {
		expect(() => deferAppStart(page(BOOT, "'sha256-other'"))).toThrow(/Content-Security-Policy/);
	});
});
