/**
 * Serialising messages for the byte-stream transports (stdio, socket, pipe).
 * Everything is plain JSON.stringify, except the two messages that carry a
 * document's diagnostics, `textDocument/publishDiagnostics` (push) and the full
 * answer to `textDocument/diagnostic` (pull, VS Code's mode):
 * each diagnostic object's JSON is kept, UTF-8 encoded (in a WeakMap, so it
 * goes with the object), and such a message is the kept bytes concatenated. After an edit most
 * diagnostics are the same objects as before (diagnostic-cache.ts), so a
 * publish of 4,500 diagnostics costs a copy of bytes, not a walk over all of
 * them. Diagnostic objects are never changed once made, which is what makes
 * the kept JSON safe.
 */
import { performance } from 'node:perf_hooks';
import type { ContentTypeEncoderOptions, Message } from 'vscode-jsonrpc';

interface Publish {
  jsonrpc: string;
  method: 'textDocument/publishDiagnostics';
  params: { uri: string; version?: number; diagnostics: object[] };
}

function isPublish(message: Message): message is Publish {
  const m = message as Partial<Publish>;
  return (
    m.method === 'textDocument/publishDiagnostics' && Array.isArray(m.params?.diagnostics) && typeof m.params.uri === 'string'
  );
}

/** The answer to a pull (`textDocument/diagnostic`) with its diagnostics: `{ kind: 'full', resultId, items }`. */
function isFullReport(message: Message): boolean {
  const m = message as { id?: unknown; method?: unknown; result?: unknown };
  if (m.id === undefined || m.method !== undefined || typeof m.result !== 'object' || m.result === null) return false;
  const r = m.result as { kind?: unknown; items?: unknown };
  return r.kind === 'full' && Array.isArray(r.items);
}

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('{');
const CLOSE = Buffer.from('}');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');

export class CachingJsonEncoder {
  readonly name = 'application/json';
  private readonly kept = new WeakMap<object, Buffer>();
  /** Told how long each publish took to serialise, and its size. */
  onPublish: (uri: string, version: number | undefined, ms: number, bytes: number) => void = () => undefined;

  encode(message: Message, _options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    if (isPublish(message)) {
      const started = performance.now();
      const buffer = this.withKeptItems(message, 'params', 'diagnostics');
      const { uri, version } = message.params;
      this.onPublish(uri, version, performance.now() - started, buffer.length);
      return Promise.resolve(buffer);
    }
    if (isFullReport(message)) return Promise.resolve(this.withKeptItems(message, 'result', 'items'));
    return Promise.resolve(Buffer.from(JSON.stringify(message), 'utf8'));
  }

  /**
   * `message` as JSON.stringify writes it, byte for byte (keys in their own order, undefined values left out), with
   * the objects of `message[holder][list]` written from their kept JSON.
   */
  private withKeptItems(message: object, holder: string, list: string): Buffer {
    const parts: Buffer[] = [];
    const object = (o: object, inner: (key: string, value: unknown) => boolean): void => {
      parts.push(OPEN);
      let first = true;
      for (const [key, value] of Object.entries(o)) {
        if (value === undefined || typeof value === 'function') continue;
        if (!first) parts.push(COMMA);
        first = false;
        parts.push(Buffer.from(`${JSON.stringify(key)}:`, 'utf8'));
        if (!inner(key, value)) parts.push(Buffer.from(JSON.stringify(value), 'utf8'));
      }
      parts.push(CLOSE);
    };
    object(message, (key, value) => {
      if (key !== holder || typeof value !== 'object' || value === null) return false;
      object(value, (k, items) => {
        if (k !== list || !Array.isArray(items)) return false;
        parts.push(OPEN_ARRAY);
        for (let i = 0; i < items.length; i++) {
          if (i > 0) parts.push(COMMA);
          parts.push(this.json(items[i]));
        }
        parts.push(CLOSE_ARRAY);
        return true;
      });
      return true;
    });
    return Buffer.concat(parts);
  }

  /** An item's JSON, kept with the object (which is never changed once made). */
  private json(item: unknown): Buffer {
    if (typeof item !== 'object' || item === null) return Buffer.from(JSON.stringify(item) ?? 'null', 'utf8');
    let json = this.kept.get(item);
    if (json === undefined) {
      json = Buffer.from(JSON.stringify(item), 'utf8');
      this.kept.set(item, json);
    }
    return json;
  }
}
