import { parseArgs } from 'node:util';
import { hashCommand, hashUsage } from './cli/hash.js';
import { clinicOptions } from './cli/inputs.js';
import { renderCommand, renderUsage } from './cli/render.js';
import { stringsCommand, stringsUsage } from './cli/strings.js';
import { validateCommand, validateUsage } from './cli/validate.js';

const usage = `Usage:
${renderUsage}

${hashUsage}

${validateUsage}

${stringsUsage}

  --help                    show this text (after a command: that command's only)`;

/** Runs the command line; returns the exit code. Output and errors go to the given writers. */
export async function run(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        procedure: { type: 'string' },
        document: { type: 'string' },
        layout: { type: 'string', default: 'article' },
        'heading-level': { type: 'string', default: '2' },
        'no-structured-data': { type: 'boolean', default: false },
        clinic: { type: 'string' },
        text: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        lang: { type: 'string' },
        check: { type: 'string' },
        ...Object.fromEntries(Object.keys(clinicOptions).map((name) => [name, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help) {
    out({ render: renderUsage, hash: hashUsage, validate: validateUsage, strings: stringsUsage }[command] ?? usage);
    return 0;
  }
  if (command === 'render') return renderCommand(file, values, out, err);
  if (command === 'hash') return hashCommand(file, values, out, err);
  if (command === 'validate') return validateCommand(positionals.slice(1), out, err);
  if (command === 'strings') return stringsCommand(values, out, err);
  err(usage);
  return 2;
}
