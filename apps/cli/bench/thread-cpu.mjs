// Loaded with `node --import` by start.bench.mjs: at exit, prints on stderr the CPU
// time (ms) of this process's main thread and of all its other threads together, read
// from /proc/self/task (Linux). Why: on a loaded machine wall time says little, while
// the main thread's CPU is the command's longest path when a core is free for the rest.
import { readdirSync, readFileSync } from 'node:fs';

const cpuByThread = new Map();

function sample() {
  for (const thread of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks (100 per second on Linux).
      cpuByThread.set(thread, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between the listing and the read; its last sample stands.
    }
  }
}

// Threads that end before the process (a worker closed at the end) are caught by the samples.
const timer = setInterval(sample, 10);
timer.unref();
process.on('exit', () => {
  sample();
  let others = 0;
  for (const [thread, cpu] of cpuByThread) if (thread !== String(process.pid)) others += cpu;
  process.stderr.write(`\nTHREAD_CPU ${JSON.stringify({ main: cpuByThread.get(String(process.pid)) ?? 0, others })}\n`);
});
