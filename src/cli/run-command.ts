import { writeFileSync } from 'node:fs';
import { MusterError } from '../domain/shared/errors';

export interface CommandOutput {
  /** Text, or bytes for a zip. */
  data: string | Uint8Array;
  /** The file to write; stdout when absent. */
  out: string | undefined;
  /** Lines for stderr (skipped input, for instance). */
  warnings?: string[];
}

/**
 * How the convert and derive commands end: warnings and "Wrote <file>" to stderr, the result
 * to the file or stdout; a failure's message to stderr with exit code 1.
 */
export async function runCommand(produce: () => Promise<CommandOutput> | CommandOutput): Promise<void> {
  try {
    const { data, out, warnings = [] } = await produce();
    for (const warning of warnings) process.stderr.write(`${warning}\n`);
    if (out) {
      writeFileSync(out, data);
      process.stderr.write(`Wrote ${out}\n`);
    } else process.stdout.write(data);
  } catch (error) {
    process.stderr.write(`${error instanceof MusterError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
