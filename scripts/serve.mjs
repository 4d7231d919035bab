// A small static file server for build/, behaving like a plain static host: index.html for
// folders, a redirect to add the trailing slash, and build/404.html for anything missing.
// Used by `npm start`, the browser tests and the benchmark. No dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(opt('dir', 'build'));
const port = Number(opt('port', process.env.PORT ?? 4173));
// Serve the site under a sub-path, as a host would for a BASE_PATH build.
const base = opt('base', '');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

function send(req, res, file, status = 200) {
	const ext = extname(file);
	const headers = {
		'content-type': TYPES[ext] ?? 'application/octet-stream',
		'cache-control': file.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		'x-content-type-options': 'nosniff'
	};
	const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	if (gzip) headers['content-encoding'] = 'gzip';
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	const stream = createReadStream(file);
	(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
	if (base) {
		if (path === base) path = base + '/';
		if (!path.startsWith(base + '/')) return notFound(req, res);
		path = path.slice(base.length);
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) return notFound(req, res);
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { location: `${base}${path}/${url.search}` });
			return res.end();
		}
		const index = join(file, 'index.html');
		return existsSync(index) ? send(req, res, index) : notFound(req, res);
	}
	if (existsSync(file)) return send(req, res, file);
	notFound(req, res);
});

function notFound(req, res) {
	const page = join(root, '404.html');
	if (existsSync(page)) return send(req, res, page, 404);
	res.writeHead(404, { 'content-type': 'text/plain' });
	res.end('Not found');
}

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}/`);
});
