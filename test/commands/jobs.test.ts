// --jobs: how many decks are built at once. The worker pool is replaced by a
// stand-in that records its size and runs each task with the real worker
// module in this thread; the CLI's handling of the option is run for real.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/commands/build.js';
import { lines, runCli } from '../helpers/cli.js';
import { TEMPLATES_DIR, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';

const pools: { minThreads: number; maxThreads: number; ran: number }[] = [];
vi.mock('tinypool', async () => {
  const { default: buildInWorker } = await import('../../src/commands/build-worker.js');
  return {
    default: class {
      record: (typeof pools)[number];
      constructor(o: { minThreads: number; maxThreads: number }) {
        this.record = { minThreads: o.minThreads, maxThreads: o.maxThreads, ran: 0 };
        pools.push(this.record);
      }
      async run(task: Parameters<typeof buildInWorker>[0]) {
        this.record.ran++;
        return buildInWorker(task);
      }
      async destroy() {}
    },
  };
});

let data: string;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-jobs-'));
  data = join(dir, 'data');
  await mkdir(data);
  for (const city of ['a', 'b', 'c']) await writeFile(join(data, `${city}.yaml`), replaceOnce(referenceText(), 'organisation: 浙江省财政厅', `organisation: ${city}市财政局`));
});

const options = (out: string, jobs?: number) => ({ files: [data], template: 'default', templatesDir: TEMPLATES_DIR, outDir: out, dataDir: data, jobs, cache: false });

describe('--jobs', () => {
  it('sizes the pool of worker threads: --jobs 2 builds three decks on two threads', { timeout: 120_000 }, async () => {
    pools.length = 0;
    const out = await mkdtemp(join(tmpdir(), 'briefing-jobs-2-'));
    const report = await build(options(out, 2));
    expect(report.failed).toEqual([]);
    expect(pools).toEqual([{ minThreads: 2, maxThreads: 2, ran: 3 }]);
  });

  it('no more threads than files; --jobs 1 builds in this thread, without a pool, the same bytes', { timeout: 120_000 }, async () => {
    pools.length = 0;
    const many = await mkdtemp(join(tmpdir(), 'briefing-jobs-8-'));
    await build(options(many, 8));
    expect(pools.map((p) => p.maxThreads)).toEqual([3]);
    pools.length = 0;
    const one = await mkdtemp(join(tmpdir(), 'briefing-jobs-1-'));
    const report = await build(options(one, 1));
    expect(report.built.map((b) => b.status)).toEqual(['written', 'written', 'written']);
    expect(pools).toEqual([]);
    for (const name of ['a.pptx', 'b.pptx', 'c.pptx']) expect(Buffer.compare(await readFile(join(one, name)), await readFile(join(many, name))), name).toBe(0);
  });

  it('the CLI refuses anything but a whole number of 1 or more, exit 2, one line', async () => {
    for (const bad of ['0', '-1', '1.5', 'two']) {
      const r = await runCli(['build', data, '--jobs', bad, '--out', join(data, 'never')]);
      expect(r.code, bad).toBe(2);
      expect(lines(r.stderr)[0], bad).toBe('briefing: --jobs takes a whole number of 1 or more');
    }
  });
});
