/** The `copydesk` command (bin/copydesk.js runs the bundle of this file). */
import { removeTemporaryFilesOnSignals } from '../io';
import { readAll, run, EXIT_TROUBLE } from './run';

// A closed pipe (copydesk lint . | head) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Ctrl-C while --fix writes leaves no temporary file behind.
removeTemporaryFilesOnSignals();

run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readAll(process.stdin),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `copydesk: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT_TROUBLE;
  },
);
