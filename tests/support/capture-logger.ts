// A real pino logger whose lines are kept in memory, so tests can assert on what was logged.
import { createLogger, type Logger } from '../../src/logger.js';

export interface CapturedLogger {
  logger: Logger;
  lines: { level: number; msg: string; [k: string]: unknown }[];
}

export function captureLogger(level = 'debug'): CapturedLogger {
  const lines: CapturedLogger['lines'] = [];
  const logger = createLogger({ level, destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
  return { logger, lines };
}
