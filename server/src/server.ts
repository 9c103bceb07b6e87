/**
 * Entry point of `copydesk-language-server` (bundled to dist/server.js).
 * Transports: `--stdio` (the default when none is given), `--node-ipc`,
 * `--socket=PORT` and `--pipe=NAME`. Byte-stream transports are read with
 * Copydesk's own framing (lsp/framing.ts), which survives a malformed header
 * and refuses an oversized message without buffering it.
 */
import { createConnection as connectSocket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { FramedMessageReader } from './lsp/framing';
import { CachingJsonEncoder } from './lsp/json-encoder';
import { startServer } from './lsp/language-server';
import { DEFAULT_MAX_MESSAGE_BYTES, SERVER_NAME, serverVersion } from './lsp/options';

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

/** `--name=value` or `--name value`. */
function argument(name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    if (arg === name) return args[i + 1];
  }
  return undefined;
}

type Transport = 'stdio' | 'node-ipc' | 'socket' | 'pipe';

interface Streams {
  transport: Transport;
  input: Readable | undefined;
  output: Writable | undefined;
}

function streams(): Streams {
  if (args.includes('--node-ipc')) return { transport: 'node-ipc', input: undefined, output: undefined };
  const port = argument('--socket');
  if (port !== undefined) {
    const socket = connectSocket(Number(port), '127.0.0.1');
    return { transport: 'socket', input: socket, output: socket };
  }
  const pipe = argument('--pipe');
  if (pipe !== undefined) {
    const socket = connectSocket(pipe);
    return { transport: 'pipe', input: socket, output: socket };
  }
  return { transport: 'stdio', input: process.stdin, output: process.stdout };
}

const io = streams();
let connection: Connection;
let reader: FramedMessageReader | undefined;
const encoder = new CachingJsonEncoder();
if (io.input && io.output) {
  reader = new FramedMessageReader(io.input, { maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES });
  connection = createConnection(
    ProposedFeatures.all,
    reader,
    new StreamMessageWriter(io.output, { contentTypeEncoder: encoder }),
  );
} else {
  connection = createConnection(ProposedFeatures.all);
}

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

const server = startServer(connection, { transport: io.transport, reader });
encoder.onPublish = (uri, version, ms, bytes) => server.timings.serialized(uri, version, ms, bytes);
if (io.input) {
  if (reader) reader.onProblem = (message) => connection.console.error(message);
  // The client closed the stream: nothing more will come (exit code 0 only after `shutdown`).
  const end = (): void => process.exit(server.shutdownReceived ? 0 : 1);
  io.input.on('end', end);
  io.input.on('close', end);
}
if (io.output === process.stdout) {
  // Anything written to the console must not corrupt the protocol stream on stdout.
  const send =
    (log: (message: string) => void) =>
    (...a: unknown[]) =>
      log(a.map(String).join(' '));
  console.log = send((m) => connection.console.log(m));
  console.info = send((m) => connection.console.info(m));
  console.warn = send((m) => connection.console.warn(m));
  console.error = send((m) => connection.console.error(m));
  console.debug = console.log;
}
connection.listen();
