// Charts drawn on a second thread, for watch mode: the thread stays warm
// between saves, and a changed chart is drawn while the main thread writes the
// slides with pptxgenjs and checks the package. A single build does without:
// starting the thread (loading Chart.js and the canvas again) cost more than
// it saved on two cores (measured: 744 ms against 665 ms, medians of 9), and
// a batch keeps every core busy with one deck per worker.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartSpec } from '../model/deck.js';
import { packageRoot } from '../util/package-root.js';
import type { ChartStyle } from './chart-png.js';
import type { ChartThreadData, DrawReply, DrawRequest } from './chart-worker.js';
import type { ChartRenderer } from './renderers.js';

export interface ChartThread extends ChartRenderer {
  close(): Promise<void>;
}

const WORKER = () => join(packageRoot(), 'dist', 'chart-worker.mjs');

/** A thread drawing with @napi-rs/canvas; undefined when the bundle is not built (tests of src/ alone). */
export function startChartThread(style?: ChartStyle): ChartThread | undefined {
  if (!existsSync(WORKER())) return undefined;
  const worker = new Worker(WORKER(), { workerData: { style } satisfies ChartThreadData });
  const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const failAll = (e: Error) => {
    failed = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: DrawReply) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (waiting.size === 0) worker.unref();
    if ('png' in m) w?.resolve(new Uint8Array(m.png.buffer, m.png.byteOffset, m.png.byteLength));
    else w?.reject(new Error(`internal: drawing a chart failed on the chart thread: ${m.error}`));
  });
  worker.on('error', (e) => failAll(new Error(`internal: the chart thread failed: ${e.message}`)));
  worker.on('exit', (code) => failAll(new Error(`internal: the chart thread ended (exit code ${code})`)));
  // An idle thread does not keep the process alive: a command ends when its
  // work does. It is held only while a drawing is awaited. (After the
  // listeners: adding a message listener refs the thread again.)
  worker.unref();
  return {
    name: 'napi-canvas',
    draw(spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      return new Promise<Uint8Array>((resolve, reject) => {
        if (waiting.size === 0) worker.ref();
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, spec, widthPt, heightPt, style } satisfies DrawRequest);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      failAll(new Error('internal: the chart thread was closed'));
      // Held while it ends: an unreferenced thread's ending would not keep the
      // process waiting for it (Node then exits with 13, an unsettled await).
      worker.ref();
      await worker.terminate();
    },
  };
}
