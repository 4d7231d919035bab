// How much CPU other programs took while the benchmark measured: the CPU time of every process
// that is not the benchmark or one of its children (Chromium, the static server), read from
// /proc at the start and end of a measurement. Processes that start and end in between are
// missed, so this is a lower bound. Linux only; elsewhere it reports null.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function snapshot() {
	const procs = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name (2nd field) may hold spaces: split after its closing parenthesis.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			procs.set(Number(name), {
				ppid: Number(fields[1]),
				ticks: Number(fields[11]) + Number(fields[12]),
				start: fields[19]
			});
		} catch {
			// The process ended while we read.
		}
	}
	return procs;
}

function isOurs(procs, pid) {
	for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
		if (p === process.pid) return true;
		p = procs.get(p)?.ppid ?? 0;
	}
	return false;
}

/** Start watching; the returned function gives the other processes' average CPU use, in cores. */
export function watchOtherCpu() {
	let before;
	try {
		before = snapshot();
	} catch {
		return () => null;
	}
	const started = Date.now();
	return () => {
		const after = snapshot();
		let ticks = 0;
		for (const [pid, p] of after) {
			if (isOurs(after, pid)) continue;
			const old = before.get(pid);
			ticks += old && old.start === p.start ? p.ticks - old.ticks : p.ticks;
		}
		const seconds = (Date.now() - started) / 1000;
		return seconds > 0 ? ticks / TICKS_PER_SECOND / seconds : null;
	};
}
