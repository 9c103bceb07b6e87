/**
 * Reading JSON-RPC messages from a byte stream (stdio, a socket, a pipe),
 * robustly. vscode-jsonrpc's own reader, given a header without a usable
 * `Content-Length`, reports an error and leaves the bad message's body in its
 * buffer, where it spoils every later header: the server stays alive and never
 * reads another message. This reader drops what it cannot frame, says so, and
 * finds the next message (`Content-Length:` starts every header). A message
 * longer than the limit is skipped as it streams past, never buffered: a
 * request gets an error answer (its id and method are picked out while
 * skipping), a document that could not be opened or changed is reported.
 */
import type { Readable } from 'node:stream';
import {
  AbstractMessageReader,
  type DataCallback,
  type Disposable,
  type Message,
  type NotificationMessage,
  type RequestMessage,
} from 'vscode-jsonrpc';

/** The longest header accepted: real ones are under 100 bytes (`Content-Length` and maybe `Content-Type`). */
const MAX_HEADER_BYTES = 8 * 1024;
/** What the scanner keeps of a skipped message's strings: enough for a method name, an id or a document URI. */
const MAX_CAPTURED_STRING = 4 * 1024;
const CONTENT_LENGTH = Buffer.from('content-length:');
const HEADER_END = Buffer.from('\r\n\r\n');

/** Synthetic request delivered in place of an oversized request: its handler answers with an error. */
export const REFUSED_REQUEST = 'copydesk/internal/refusedRequest';
/** Synthetic notification delivered in place of an oversized notification. */
export const REFUSED_NOTIFICATION = 'copydesk/internal/refusedNotification';

export interface RefusedMessage {
  /** The refused message's method, when it could be read. */
  method?: string;
  /** The first `uri` in it (for document notifications: the document). */
  uri?: string;
  bytes: number;
  limit: number;
}

export interface FramedReaderOptions {
  maxMessageBytes: number;
  /** Told about each message dropped or refused (the server logs it). */
  onProblem?: (message: string) => void;
}

type State =
  | { kind: 'header' }
  | { kind: 'body'; length: number }
  | { kind: 'skip'; remaining: number; total: number; scanner: KeyScanner }
  | { kind: 'resync' };

export class FramedMessageReader extends AbstractMessageReader {
  maxMessageBytes: number;
  onProblem: (message: string) => void;
  private state: State = { kind: 'header' };
  /** Unconsumed bytes; small except while a body is collected. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  private callback: DataCallback | undefined;
  private closed = false;

  constructor(
    private readonly readable: Readable,
    options: FramedReaderOptions,
  ) {
    super();
    this.maxMessageBytes = options.maxMessageBytes;
    this.onProblem = options.onProblem ?? (() => undefined);
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string): void => {
      try {
        this.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      } catch (error) {
        // A bug here must not stop the reader: start over at the next header.
        this.onProblem(`copydesk: the message reader failed (${String(error)}); looking for the next message`);
        this.reset({ kind: 'resync' });
      }
    };
    const onError = (error: Error): void => this.fireError(error);
    const onClose = (): void => {
      if (this.closed) return;
      this.closed = true;
      this.fireClose();
    };
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    this.readable.on('end', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('close', onClose);
        this.readable.off('end', onClose);
        this.callback = undefined;
      },
    };
  }

  /** Bytes held, waiting for the rest of a message. */
  get pendingBytes(): number {
    return this.buffered;
  }

  private reset(state: State): void {
    this.state = state;
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.buffered);
    const head = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return head;
  }

  private all(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    // Each step consumes bytes or waits for more: the loop ends.
    for (;;) {
      const state = this.state;
      if (state.kind === 'skip') {
        if (this.buffered === 0) return;
        const data = this.take(Math.min(state.remaining, this.buffered));
        state.scanner.feed(data);
        state.remaining -= data.length;
        if (state.remaining > 0) return;
        this.refuse(state.total, state.scanner);
        this.reset({ kind: 'header' });
      } else if (state.kind === 'resync') {
        const data = this.all();
        const at = indexOfIgnoreCase(data, CONTENT_LENGTH);
        if (at === -1) {
          // Keep a tail that may be the start of a split "Content-Length:".
          const keep = Math.min(data.length, CONTENT_LENGTH.length - 1);
          this.take(data.length - keep);
          return;
        }
        this.take(at);
        this.reset({ kind: 'header' });
      } else if (state.kind === 'header') {
        const data = this.all();
        const end = data.indexOf(HEADER_END);
        const block = end === -1 ? data : data.subarray(0, end);
        if (end === -1 && data.length <= MAX_HEADER_BYTES) return;
        const length = end === -1 ? 'a header longer than 8 KiB' : contentLength(block.toString('latin1'));
        if (typeof length === 'string') {
          // Garbage glued before a real header: start again at the header's last "Content-Length:".
          const last = lastIndexOfIgnoreCase(block, CONTENT_LENGTH);
          if (last > 0) {
            this.onProblem(`copydesk: dropped ${last} bytes of input before a message header`);
            this.take(last);
            continue;
          }
          this.onProblem(`copydesk: dropped a message: ${length}; looking for the next message`);
          this.take(end === -1 ? Math.max(1, last + CONTENT_LENGTH.length) : end + HEADER_END.length);
          this.reset({ kind: 'resync' });
          continue;
        }
        this.take(end + HEADER_END.length);
        if (length > this.maxMessageBytes) {
          this.reset({ kind: 'skip', remaining: length, total: length, scanner: new KeyScanner() });
          continue;
        }
        this.reset({ kind: 'body', length });
      } else {
        if (this.buffered < state.length) return;
        const body = this.take(state.length);
        this.reset({ kind: 'header' });
        this.deliver(body);
      }
    }
  }

  private deliver(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.onProblem(`copydesk: dropped a message that is not JSON (${body.length} bytes): ${String(error)}`);
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.onProblem(`copydesk: dropped a message that is not a JSON-RPC object (${body.length} bytes)`);
      return;
    }
    this.callback?.(message as Message);
  }

  /** A message over the limit, skipped: a request is answered with an error, a notification reported. */
  private refuse(bytes: number, scanner: KeyScanner): void {
    const info: RefusedMessage = { bytes, limit: this.maxMessageBytes };
    if (scanner.method !== undefined) info.method = scanner.method;
    if (scanner.uri !== undefined) info.uri = scanner.uri;
    this.onProblem(
      `copydesk: refused a message of ${bytes} bytes${info.method ? ` (${info.method})` : ''}: ` +
        `over the limit of ${this.maxMessageBytes} bytes`,
    );
    if (scanner.id !== undefined) {
      const request: RequestMessage = { jsonrpc: '2.0', id: scanner.id, method: REFUSED_REQUEST, params: info };
      this.callback?.(request);
    } else {
      const notification: NotificationMessage = { jsonrpc: '2.0', method: REFUSED_NOTIFICATION, params: info };
      this.callback?.(notification);
    }
  }
}

/** The header's Content-Length, or why it has none that can be used. */
function contentLength(header: string): number | string {
  let value: string | undefined;
  for (const line of header.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon === -1) return 'a header line without ":"';
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
  }
  if (value === undefined) return 'a header without Content-Length';
  if (!/^\d{1,15}$/.test(value)) return `a Content-Length that is not a number ("${value.slice(0, 40)}")`;
  return Number(value);
}

/** Whether `needle` (lower-case ASCII) is at `at` in `data`, compared in ASCII lower case. */
function matchesAt(data: Buffer, needle: Buffer, at: number): boolean {
  for (let j = 0; j < needle.length; j++) {
    const c = data[at + j] ?? 0;
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== needle[j]) return false;
  }
  return true;
}

function indexOfIgnoreCase(data: Buffer, needle: Buffer): number {
  for (let i = 0; i + needle.length <= data.length; i++) if (matchesAt(data, needle, i)) return i;
  return -1;
}

function lastIndexOfIgnoreCase(data: Buffer, needle: Buffer): number {
  for (let i = data.length - needle.length; i >= 0; i--) if (matchesAt(data, needle, i)) return i;
  return -1;
}

/**
 * Picks the top-level `id` and `method` and the first `uri` out of a JSON
 * text streamed past in pieces, in one pass and constant memory. Bytes are
 * enough: every JSON delimiter is ASCII, and no byte of a multi-byte UTF-8
 * character is.
 */
export class KeyScanner {
  id: number | string | undefined;
  method: string | undefined;
  uri: string | undefined;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private captured: number[] = [];
  private capturing = false;
  /** The last string closed, while it may still turn out to be a key. */
  private lastString: string | undefined;
  /** The key whose value comes next, and its depth. */
  private key: string | undefined;
  private keyDepth = 0;
  private number = '';

  feed(data: Uint8Array): void {
    for (let i = 0; i < data.length; i++) {
      const c = data[i] ?? 0;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) {
          this.inString = false;
          this.closeString();
          continue;
        }
        if (this.capturing && this.captured.length < MAX_CAPTURED_STRING) this.captured.push(c);
        continue;
      }
      if (c === 0x22) {
        this.endNumber();
        this.inString = true;
        this.escaped = false;
        this.captured = [];
        this.capturing = true;
        continue;
      }
      if (c === 0x3a) {
        // ":" after a string: that string was a key.
        this.key = this.lastString;
        this.keyDepth = this.depth;
        this.lastString = undefined;
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        this.endNumber();
        continue;
      }
      this.lastString = undefined;
      if (c === 0x7b || c === 0x5b) {
        this.depth++;
        this.key = undefined;
      } else if (c === 0x7d || c === 0x5d) {
        this.endNumber();
        this.depth--;
        this.key = undefined;
      } else if (c === 0x2c) {
        this.endNumber();
        this.key = undefined;
      } else if (this.key === 'id' && this.keyDepth === 1 && this.number.length < 32) {
        this.number += String.fromCharCode(c);
      }
    }
  }

  private closeString(): void {
    const text = decodeJsonString(Buffer.from(this.captured).toString('utf8'));
    this.capturing = false;
    if (this.key !== undefined) {
      // A string value.
      if (this.keyDepth === 1 && this.key === 'id') this.id ??= text;
      else if (this.keyDepth === 1 && this.key === 'method') this.method ??= text;
      else if (this.key === 'uri') this.uri ??= text;
      this.key = undefined;
      this.lastString = undefined;
    } else {
      this.lastString = text;
    }
  }

  private endNumber(): void {
    if (this.number === '') return;
    const n = Number(this.number);
    if (Number.isFinite(n) && this.id === undefined) this.id = n;
    this.number = '';
    this.key = undefined;
  }
}

/** The value of a JSON string's inside (escapes and all); a truncated one as far as it can be read. */
function decodeJsonString(inside: string): string {
  try {
    return JSON.parse(`"${inside}"`) as string;
  } catch {
    return inside;
  }
}
