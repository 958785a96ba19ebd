import cron from 'node-cron';
import { addDays, shanghaiDate, shanghaiInstant, weekday } from '../dates.js';

/** Anything with a name and a node-cron expression (a job of jobs/index.ts). */
export interface Scheduled {
  name: string;
  cron: string;
}

export interface Slot<J extends Scheduled = Scheduled> {
  job: J;
  /** The scheduled instant (what node-cron passes as the slot, and keys the run coordinator with). */
  at: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

function numbers(field: readonly (number | string)[], name: string, expr: string): Set<number> {
  if (field.some((v) => typeof v !== 'number')) throw new Error(`dueSlots: "${expr}" uses a ${name} feature (L, W, #) the job table never needs`);
  return new Set(field as number[]);
}

/**
 * Every slot of the jobs after `from` and up to `to` (from < at <= to), in time order (table order on ties), with
 * the expressions read in Asia/Shanghai wall time. Parsing is node-cron's own (`cron.parse`), and day-of-month and
 * day-of-week are ANDed as node-cron does, so the simulator fires exactly the slots production fires.
 */
export function dueSlots<J extends Scheduled>(jobs: readonly J[], from: Date, to: Date): Slot<J>[] {
  if (to.getTime() <= from.getTime()) return [];
  const out: (Slot<J> & { order: number })[] = [];
  const lastDate = shanghaiDate(to);
  jobs.forEach((job, order) => {
    const f = cron.parse(job.cron);
    const seconds = [...numbers(f.second, 'second', job.cron)].sort((a, b) => a - b);
    const minutes = [...numbers(f.minute, 'minute', job.cron)].sort((a, b) => a - b);
    const hours = [...numbers(f.hour, 'hour', job.cron)].sort((a, b) => a - b);
    const doms = numbers(f.dayOfMonth, 'day-of-month', job.cron);
    const months = numbers(f.month, 'month', job.cron);
    // node-cron accepts 7 for Sunday; parse() already maps names to numbers.
    const dows = new Set([...numbers(f.dayOfWeek, 'day-of-week', job.cron)].map((d) => d % 7));
    for (let date = shanghaiDate(from); date <= lastDate; date = addDays(date, 1)) {
      if (!months.has(Number(date.slice(5, 7))) || !doms.has(Number(date.slice(8, 10))) || !dows.has(weekday(date))) continue;
      for (const h of hours)
        for (const m of minutes)
          for (const s of seconds) {
            const at = shanghaiInstant(date, `${pad(h)}:${pad(m)}:${pad(s)}`);
            if (at.getTime() > from.getTime() && at.getTime() <= to.getTime()) out.push({ job, at, order });
          }
    }
  });
  out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  return out.map(({ job, at }) => ({ job, at }));
}
