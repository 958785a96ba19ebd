#!/usr/bin/env node
// The administrator's command line: `parse` (try message formats, score the parser), `simulate` (dry-run days),
// `export` (Excel) and `aggregates rebuild` (recompute the aggregates the jobs read, and report any difference).
const USAGE = `usage:
  npm run --silent cli -- parse [--units UNITS.json] [--explain] < messages.jsonl > results.jsonl
  npm run --silent cli -- simulate --roster roster.json --until ISO [--from ISO] [--redis URL] [--keep] < messages.jsonl > out.jsonl
  npm run --silent cli -- export ledger|summary|reports --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx
  npm run --silent cli -- aggregates rebuild [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--township NAME] [--write]`;

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'parse': {
    const { runParseCommand } = await import('./parser/parse-command.js');
    process.exitCode = await runParseCommand(args, process.stdin, process.stdout, process.stderr);
    break;
  }
  case 'simulate': {
    const { runSimulateCommand } = await import('./scheduler/simulate-command.js');
    process.exitCode = await runSimulateCommand(args, process.stdin, process.stdout, process.stderr);
    break;
  }
  case 'export': {
    const { runExportCommand } = await import('./export/export-command.js');
    process.exitCode = await runExportCommand(args, process.stdout, process.stderr);
    break;
  }
  case 'aggregates': {
    const { runRebuildCommand } = await import('./store/rebuild-command.js');
    process.exitCode = await runRebuildCommand(args, process.env, process.stdout, process.stderr);
    break;
  }
  default:
    process.stderr.write(`${command ? `unknown command: ${command}\n` : ''}${USAGE}\n`);
    process.exitCode = 2;
}
