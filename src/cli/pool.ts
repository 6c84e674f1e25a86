// A small worker-thread pool: N workers, each task to the least busy one, answers matched by task id.
// Workers must answer every `{id, task}` with `{id, result}`; a worker that dies fails its pending tasks.

import { Worker } from "node:worker_threads";

export interface Pool<T, R> {
  size: number;
  run(task: T, transfer?: ArrayBuffer[]): Promise<R>;
  close(): Promise<void>;
}

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<R> {
  worker: Worker;
  pending: Map<number, Pending<R>>;
}

/** Start `size` workers from `script` (a .js file; see analyze-worker.js for running TypeScript through tsx). */
export function createPool<T, R>(script: URL, size: number, workerData?: unknown): Pool<T, R> {
  let nextId = 0;
  let closing = false;
  const slots: Slot<R>[] = [];
  for (let i = 0; i < size; i++) {
    const slot: Slot<R> = { worker: new Worker(script, { workerData }), pending: new Map() };
    slot.worker.on("message", (message: { id: number; result: R }) => {
      const pending = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      pending?.resolve(message.result);
    });
    const failAll = (error: Error) => {
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    };
    slot.worker.on("error", failAll);
    slot.worker.on("exit", (code) => {
      if (!closing || slot.pending.size > 0) failAll(new Error(`analysis worker exited with code ${code}`));
    });
    slots.push(slot);
  }
  return {
    size,
    run(task, transfer) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, task }, transfer ?? []);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
