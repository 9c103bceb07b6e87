/**
 * Entry point of `copydesk-language-server` (bundled to dist/server.js).
 * Transports: `--stdio` (the default when none is given), `--node-ipc`,
 * `--socket=PORT` and `--pipe=NAME`, as handled by vscode-languageserver.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/language-server';
import { SERVER_NAME, serverVersion } from './lsp/options';

const USAGE = `Usage: ${SERVER_NAME} [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The Copydesk language server: editorial lint diagnostics, quick fixes and hovers
for article, Markdown and plain-text documents. With no transport, --stdio.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${serverVersion()}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!args.some((a) => transports.includes(a.split('=')[0] ?? ''))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);

// Whatever a handler does, the server keeps serving: log and go on. (Logging
// itself may fail when the client is gone; then there is no one to tell.)
function logFatal(what: string, error: unknown): void {
  try {
    connection.console.error(`copydesk: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } catch {
    // the connection is closed
  }
}
process.on('uncaughtException', (error) => logFatal('uncaught exception', error));
process.on('unhandledRejection', (reason) => logFatal('unhandled rejection', reason));

startServer(connection);
connection.listen();
