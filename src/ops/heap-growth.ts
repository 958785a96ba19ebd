import { setFlagsFromString } from 'node:v8';

// Imported first by main.ts, for its side effect: the whole process (HTTP, consumer thread, scheduled jobs)
// collects garbage sooner. Why: at province scale (100,000 units) a digest or 汇总表 keeps ~80 MB live, but V8 let
// the old generation grow to ~4× that between full collections (its growing factor for a heap that allocates
// fast), so the process peaked at 400–470 MB RSS (bench:digest). With a growing factor of 1.5 the same jobs peaked
// near 260 MB, their times within the run-to-run noise of a shared 2-core machine. V8 reads the factor at each
// collection, so setting it at start-up takes effect; a flag a future V8 no longer knows is ignored, not fatal.
export const HEAP_GROWING_PERCENT = 50;
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
