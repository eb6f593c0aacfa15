import { readdirSync, readFileSync } from 'node:fs';

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces and ")"). */
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** The parent pid in a /proc/<pid>/stat line. */
export function parentPid(stat: string): number {
  return Number(statFields(stat)[1]);
}

/** Linux reports CPU time in USER_HZ ticks, 100 per second on every mainstream kernel. */
const ticksPerSecond = 100;

/**
 * CPU time (user + system) of a process and of its children it has already waited for, in ms.
 * Children still running are counted on their own, so a tree sum counts each process once.
 */
export function cpuMs(stat: string): number {
  const f = statFields(stat);
  // utime, stime, cutime, cstime are fields 14-17 of the line; f starts at field 3.
  return ([11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i]), 0) * 1000) / ticksPerSecond;
}

/** Resident memory in bytes from a /proc/<pid>/status text (0 for a zombie without VmRSS). */
export function residentBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** `root` and every process below it, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

export interface TreeSample {
  residentBytes: number;
  cpuMs: number;
}

/** Resident memory and CPU time of a process and all its descendants (Linux /proc). */
export function sampleTree(root: number): TreeSample {
  const stats = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat) stats.set(Number(name), stat);
  }
  const parents = new Map([...stats].map(([pid, stat]) => [pid, parentPid(stat)]));
  let residentTotal = 0;
  let cpuTotal = 0;
  for (const pid of descendants(root, parents)) {
    const resident = residentBytes(read(`/proc/${pid}/status`) ?? '');
    residentTotal += resident;
    const stat = stats.get(pid);
    if (stat) cpuTotal += cpuMs(stat);
  }
  return { residentBytes: residentTotal, cpuMs: cpuTotal };
}

/**
 * Samples the tree every `intervalMs` until stopped: the peak of its resident memory, and its
 * CPU time at the last sample (the last interval before exit is missing, at most ~0.1 s).
 */
export function watchTree(root: number, intervalMs = 100): { stop(): { peakBytes: number; cpuMs: number } } {
  let peakBytes = 0;
  let cpu = 0;
  const sample = () => {
    const s = sampleTree(root);
    peakBytes = Math.max(peakBytes, s.residentBytes);
    if (s.cpuMs > 0) cpu = s.cpuMs;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakBytes, cpuMs: cpu };
    },
  };
}
