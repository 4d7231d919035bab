// Paired scripted scrolls of variants of a page, for finding what costs frames: the benchmark's
// scroll (scroll.mjs) on each variant in turn, round after round, so a busy spell of the machine
// falls on every variant alike. One run of a page varies a lot here (the story gave 7.6 to 17.5 %
// of frames over 25 ms in one hour), so compare ranges over several rounds, not single runs.
//
// Serve a build first (npm run preview), then for example:
//   node scripts/bench/compare-scroll.mjs --rounds 3 \
//     story '{}' noapp '{"noapp":true}' noshadow '{"css":".card{box-shadow:none}"}' control null
// Each variant: a name, then its options as JSON (see scrollOnce in scroll.mjs; "url" scrolls
// another page, "cpu" sets the CPU throttling rate, 4 otherwise), or null for the benchmark's
// control page.
import { scrollOnce } from './scroll.mjs';

const args = process.argv.slice(2);
let rounds = 3;
let url = 'http://127.0.0.1:4173/';
const variants = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--rounds') rounds = Number(args[++i]);
	else if (args[i] === '--url') url = args[++i];
	else variants.push([args[i], JSON.parse(args[++i] ?? '{}')]);
}
if (!variants.length) {
	console.error("Name at least one variant, e.g.: story '{}' control null");
	process.exit(2);
}

const results = new Map(variants.map(([name]) => [name, []]));
for (let r = 1; r <= rounds; r++)
	for (const [name, options] of variants) {
		const run = await scrollOnce(
			options === null ? null : (options.url ?? url),
			options?.cpu ?? 4,
			options ?? {}
		);
		const share = run.over25Share * 100;
		results.get(name).push(share);
		console.log(
			`round ${r}  ${name.padEnd(12)} frames > 25 ms ${share.toFixed(1).padStart(5)} %  p95 ${run.p95.toFixed(1)} ms  idle p95 ${run.idle.p95?.toFixed(1)} ms  main thread ${run.mainThreadPerFrame?.toFixed(1)} ms a frame  longest task ${Math.round(run.longestTask)} ms${run.reachedEnd ? '' : '  (did not reach the end)'}${run.byPart.length > 1 ? `\n         by part: ${run.byPart.map((p) => `${p.part} ${(p.slowShare * 100).toFixed(0)} %`).join(', ')}` : ''}`
		);
	}
console.log('\nframes over 25 ms, lowest to highest:');
for (const [name, shares] of results)
	console.log(
		`  ${name.padEnd(12)} ${[...shares]
			.sort((a, b) => a - b)
			.map((s) => s.toFixed(1))
			.join(' / ')} %`
	);
