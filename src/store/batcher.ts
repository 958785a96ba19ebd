// Calls made during one turn of the event loop, run together: one script call for many entries instead of one
// each (redis-queue.ts: enqueues and acknowledgements). Measured with bench:consume: a Lua call costs Redis more in
// its own overhead than in the few commands it runs.

/**
 * Returns a function that queues one item and resolves with its own result once `run` has handled the batch it
 * went into. Items queued in the same turn (before setImmediate fires) form one batch, in call order, cut at `max`
 * items. Batches are started in order and not awaited one by one: on one Redis connection they run in the order
 * they were sent, so what was called first is applied first. A batch that throws rejects each of its callers.
 */
export function batcher<I, O>(run: (items: I[]) => Promise<O[]>, max = 256): (item: I) => Promise<O> {
  const queued: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    while (queued.length) {
      const batch = queued.splice(0, max);
      run(batch.map((b) => b.item)).then(
        (out) => {
          batch.forEach((b, i) => {
            b.resolve(out[i] as O);
          });
        },
        (err: unknown) => {
          for (const b of batch) b.reject(err);
        },
      );
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queued.push({ item, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
