import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/logger.js';
import { onShutdown } from '../../../src/ops/shutdown.js';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('onShutdown', () => {
  it('runs the steps in order on the signal, continues past a failing step, exits 0', async () => {
    const ran: string[] = [];
    const codes: number[] = [];
    onShutdown({
      logger: silentLogger,
      signals: ['SIGUSR2'],
      exit: (c) => void codes.push(c),
      steps: [
        { name: 'http', run: async () => void ran.push('http') },
        { name: 'inbox', run: async () => { await tick(5); ran.push('inbox'); } },
        { name: 'clients', run: async () => { ran.push('clients'); throw new Error('socket hang up'); } },
        { name: 'store', run: async () => void ran.push('store') },
      ],
    });
    process.kill(process.pid, 'SIGUSR2');
    for (let i = 0; i < 100 && !codes.length; i++) await tick(5);
    expect(ran).toEqual(['http', 'inbox', 'clients', 'store']);
    expect(codes).toEqual([0]);
    expect(process.listenerCount('SIGUSR2')).toBe(0);
  });

  it('exits 1 when a step hangs past the timeout', async () => {
    const codes: number[] = [];
    const ran: string[] = [];
    const stop = onShutdown({
      logger: silentLogger,
      signals: [],
      timeoutMs: 20,
      exit: (c) => void codes.push(c),
      steps: [
        { name: 'hangs', run: () => new Promise(() => {}) },
        { name: 'never', run: async () => void ran.push('never') },
      ],
    });
    await stop('test');
    expect(codes).toEqual([1]);
    expect(ran).toEqual([]);
  });

  it('is idempotent: a second stop() returns the same run', async () => {
    let runs = 0;
    const codes: number[] = [];
    const stop = onShutdown({ logger: silentLogger, signals: [], exit: (c) => void codes.push(c), steps: [{ name: 's', run: async () => void runs++ }] });
    const a = stop('one');
    const b = stop('two');
    expect(a).toBe(b);
    await a;
    expect(runs).toBe(1);
    expect(codes).toEqual([0]);
  });
});
