// What the benchmark's CPU throttle itself costs the machine, with no page work at all.
//
// On Linux, Chromium throttles by signalling the renderer's main thread every 200 µs and making it
// busy-wait for (rate - 1) times the time it ran since the last signal (ThreadCPUThrottler in
// third_party/blink/renderer/platform/scheduler/common/thread_cpu_throttler.cc). At 4x that thread
// spins about three quarters of the time whether or not it has work: on a machine of 2 cores it
// takes most of one from the compositor, raster and GPU threads the scroll also needs. This prints
// the renderer's CPU use on an idle page at each rate, from /proc.
//
//   node scripts/bench/throttle-cost.mjs
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromiumLaunch } from '../chromium.mjs';

const SECONDS = 5;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Chromium's renderer processes, by their command line. */
function renderers() {
	const pids = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
			if (cmdline.includes('chrom') && cmdline.includes('--type=renderer')) pids.push(Number(name));
		} catch {
			// The process ended while we looked.
		}
	}
	return pids;
}

/** CPU ticks (user + system) used so far by every thread of `pid`. */
function ticks(pid) {
	let sum = 0;
	for (const tid of readdirSync(`/proc/${pid}/task`)) {
		const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
		sum += Number(fields[11]) + Number(fields[12]);
	}
	return sum;
}

const browser = await chromium.launch(chromiumLaunch);
try {
	const page = await browser.newPage();
	const cdp = await page.context().newCDPSession(page);
	await page.setContent('<!doctype html><title>Idle</title><p>Nothing happens on this page.</p>');
	console.log(`${cpus().length} cores. Renderer CPU on an idle page, over ${SECONDS} s:`);
	for (const rate of [1, 2, 4]) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await sleep(500);
		const pids = renderers();
		const before = pids.map(ticks);
		await sleep(SECONDS * 1000);
		const used = pids.reduce((s, pid, i) => s + ticks(pid) - before[i], 0);
		const share = used / TICKS_PER_SECOND / SECONDS;
		console.log(`  throttle ${rate}x: ${(share * 100).toFixed(0)} % of one core`);
	}
} finally {
	await browser.close();
}
