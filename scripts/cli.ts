/**
 * `npm run -s cli -- <command> …`: runs `scripts/cli/<command>.ts`, whose `run(args)` result is
 * printed as JSON on stdout (a string or Buffer as-is). Errors: message on stderr, exit code 1.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COMMANDS_DIR = fileURLToPath(new URL('./cli/', import.meta.url));

interface CommandModule {
  run(args: string[]): Promise<unknown>;
}

export function listCommands(): string[] {
  return readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export async function dispatch(argv: string[]): Promise<unknown> {
  const [command, ...args] = argv;
  const known = listCommands();
  if (!command || command === '--help' || command === 'help') {
    return `Cách dùng: npm run -s cli -- <lệnh> …\nCác lệnh: ${known.join(', ')}\n`;
  }
  // Only names of files in scripts/cli/, so no path can be smuggled in.
  if (!known.includes(command)) throw new Error(`Không có lệnh "${command}". Các lệnh: ${known.join(', ')}`);
  const mod = (await import(pathToFileURL(`${COMMANDS_DIR}${command}.ts`).href)) as CommandModule;
  return mod.run(args);
}

function print(result: unknown) {
  if (typeof result === 'string' || Buffer.isBuffer(result)) process.stdout.write(result);
  else process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  dispatch(process.argv.slice(2)).then(print, (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
