/**
 * Serialising messages for the byte-stream transports (stdio, socket, pipe).
 * Everything is plain JSON.stringify, except `textDocument/publishDiagnostics`:
 * each diagnostic object's JSON is kept, UTF-8 encoded (in a WeakMap, so it
 * goes with the object), and a publish is the kept bytes concatenated. After an edit most
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

const COMMA = Buffer.from(',');

export class CachingJsonEncoder {
  readonly name = 'application/json';
  private readonly kept = new WeakMap<object, Buffer>();
  /** Told how long each publish took to serialise, and its size. */
  onPublish: (uri: string, version: number | undefined, ms: number, bytes: number) => void = () => undefined;

  encode(message: Message, _options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    if (!isPublish(message)) return Promise.resolve(Buffer.from(JSON.stringify(message), 'utf8'));
    const started = performance.now();
    const { uri, version, diagnostics } = message.params;
    const head =
      `{"jsonrpc":${JSON.stringify(message.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)}` +
      `${version === undefined ? '' : `,"version":${version}`},"diagnostics":[`;
    const parts: Buffer[] = [Buffer.from(head, 'utf8')];
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i] as object;
      let json = this.kept.get(d);
      if (json === undefined) {
        json = Buffer.from(JSON.stringify(d), 'utf8');
        this.kept.set(d, json);
      }
      if (i > 0) parts.push(COMMA);
      parts.push(json);
    }
    parts.push(Buffer.from(']}}'));
    const buffer = Buffer.concat(parts);
    this.onPublish(uri, version, performance.now() - started, buffer.length);
    return Promise.resolve(buffer);
  }
}
