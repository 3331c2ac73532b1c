import { readdirSync, readFileSync } from "node:fs";

// The server's memory and CPU from Linux's /proc: the process the bench started and all its
// descendants (the launcher, with the embedded database, and Next.js). Elsewhere: nothing.

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface Sample {
  rssKb: number;
  cpuTicks: number;
}

function stat(pid: string): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (comm) ": state ppid … utime stime are fields 14 and 15 of the whole line.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // ended meanwhile
  }
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function sampleTree(root: number): Sample | null {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map(pids.map((pid) => [Number(pid), stat(pid)] as const));
  const tree = new Set([root]);
  // Parents usually have smaller ids, but not always: repeat until nothing is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, s] of stats) {
      if (s && !tree.has(pid) && tree.has(s.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const sample: Sample = { rssKb: 0, cpuTicks: 0 };
  for (const pid of tree) {
    sample.rssKb += rssKb(pid);
    sample.cpuTicks += stats.get(pid)?.ticks ?? 0;
  }
  return sample;
}

export interface Usage {
  /** The largest resident memory of the process tree, in MB. */
  rssMaxMb: number;
  /** CPU time over wall time; 100 % is one core. */
  cpuPercent: number;
}

/** Samples the tree under `root` every second until the returned function is called. */
export function sampleUsage(root: number): () => Usage | null {
  const first = sampleTree(root);
  const started = performance.now();
  let rssMax = first?.rssKb ?? 0;
  const timer = setInterval(() => {
    rssMax = Math.max(rssMax, sampleTree(root)?.rssKb ?? 0);
  }, 1000);
  return () => {
    clearInterval(timer);
    const last = sampleTree(root);
    if (!first || !last) return null;
    const seconds = (performance.now() - started) / 1000;
    return {
      rssMaxMb: Math.round(Math.max(rssMax, last.rssKb) / 1024),
      cpuPercent: Math.round(((last.cpuTicks - first.cpuTicks) / TICKS / seconds) * 100),
    };
  };
}

/** One reading of the tree's resident memory: seconds since sampling began, and MB. */
export interface RssSample {
  second: number;
  mb: number;
}

/** Reads the tree's resident memory now and every second until the returned function is called. */
export function sampleRss(root: number): () => RssSample[] {
  const started = performance.now();
  const samples: RssSample[] = [];
  const read = () => {
    const sample = sampleTree(root);
    if (sample)
      samples.push({
        second: Math.round((performance.now() - started) / 100) / 10,
        mb: Math.round(sample.rssKb / 1024),
      });
  };
  read();
  const timer = setInterval(read, 1000);
  return () => {
    clearInterval(timer);
    read();
    return samples;
  };
}
