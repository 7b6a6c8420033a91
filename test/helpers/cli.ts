// Running the built CLI (dist/briefing.mjs through bin/briefing.mjs) as a user would.
import { spawn } from 'node:child_process';
import { BIN, ROOT } from './paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...o.env };
    delete env.SOURCE_DATE_EPOCH;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: o.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Non-empty lines. */
export const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');

/** A stack frame as Node prints it. */
export const STACK_FRAME = /^\s+at\s/m;
