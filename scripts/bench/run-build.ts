import { spawn } from 'node:child_process';
import { watchTree } from './process-tree.ts';
import type { TimedLine } from './build-output.ts';

/** One process of a build, run with the pinned Node: e.g. `astro build`, then the indexer. */
export interface BuildStep {
  label: string;
  args: string[];
}

export interface StepCost {
  label: string;
  wallMs: number;
  /** CPU time of the step's whole process tree. */
  cpuMs: number;
  /** Peak resident memory of the step's whole process tree (Node and any native helper). */
  peakBytes: number;
}

export interface BuildRun {
  wallMs: number;
  cpuMs: number;
  /** The build's peak: steps run one after another, so the largest step's peak. */
  peakBytes: number;
  steps: StepCost[];
  /** Every output line, timed from the start of the first step. */
  lines: TimedLine[];
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/**
 * Runs the steps one after another, as `npm run build` does, sampling each step's process tree.
 * Rejects with the tail of the output when a step fails, naming the step, its time and memory.
 */
export async function runBuild(steps: readonly BuildStep[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<BuildRun> {
  const started = performance.now();
  const lines: TimedLine[] = [];
  const costs: StepCost[] = [];
  for (const step of steps) {
    const stepStarted = performance.now();
    const child = spawn(process.execPath, step.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tree = watchTree(child.pid!);
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        const at = performance.now() - started;
        for (const text of parts) lines.push({ at, text });
      });
    };
    collect(child.stdout!);
    collect(child.stderr!);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const { peakBytes, cpuMs } = tree.stop();
    const wallMs = performance.now() - stepStarted;
    if (code !== 0) {
      const tail = lines.slice(-30).map((l) => l.text).join('\n');
      throw new Error(`${step.label} failed (exit ${code}) after ${(wallMs / 1000).toFixed(1)} s at a peak of ${gb(peakBytes)}:\n${tail}`);
    }
    costs.push({ label: step.label, wallMs, cpuMs, peakBytes });
  }
  return {
    wallMs: performance.now() - started,
    cpuMs: costs.reduce((sum, s) => sum + s.cpuMs, 0),
    peakBytes: Math.max(...costs.map((s) => s.peakBytes)),
    steps: costs,
    lines,
  };
}
