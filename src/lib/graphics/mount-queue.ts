// Mounting a chart is the biggest piece of work the story does after it loads. Each mount runs in
// a task of its own, so a slow phone can paint and scroll between them; a chart the reader can
// see goes before one that is only near.

interface Job {
	run: () => void;
	urgent: boolean;
}

const jobs: Job[] = [];
let scheduled = false;

function next() {
	scheduled = false;
	const i = jobs.findIndex((job) => job.urgent);
	const [job] = jobs.splice(i >= 0 ? i : 0, 1);
	// A chart that throws must not leave every chart queued after it undrawn.
	try {
		job?.run();
	} finally {
		if (jobs.length) schedule();
	}
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	setTimeout(next, 0);
}

/** Runs `run` in a task of its own, after any queued job the reader can see. Returns a cancel. */
export function queueMount(run: () => void, urgent: boolean): () => void {
	const job: Job = { run, urgent };
	jobs.push(job);
	schedule();
	return () => {
		const i = jobs.indexOf(job);
		if (i >= 0) jobs.splice(i, 1);
	};
}
