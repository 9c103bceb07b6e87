/**
 * Serialising messages for the byte-stream transports (stdio, socket, pipe).
 * Everything is plain JSON.stringify, except `textDocument/publishDiagnostics`:
 * each diagnostic object's JSON is kept (in a WeakMap, so it goes with the
 * object), and a publish is the kept strings joined. After an edit most
 * diagnostics are the same objects as before (diagnostic-cache.ts), so a
 * publish of 4,500 diagnostics costs a string join, not a walk over all of
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

export class CachingJsonEncoder {
  readonly name = 'application/json';
  private readonly kept = new WeakMap<object, string>();
  /** Told how long each publish took to serialise, and its size. */
  onPublish: (uri: string, version: number | undefined, ms: number, bytes: number) => void = () => undefined;

  encode(message: Message, _options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    if (!isPublish(message)) return Promise.resolve(Buffer.from(JSON.stringify(message), 'utf8'));
    const started = performance.now();
    const { uri, version, diagnostics } = message.params;
    const parts: string[] = [];
    for (const d of diagnostics) {
      let json = this.kept.get(d);
      if (json === undefined) {
        json = JSON.stringify(d);
        this.kept.set(d, json);
      }
      parts.push(json);
    }
    const head = `{"jsonrpc":${JSON.stringify(message.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)}`;
    const json = `${head}${version === undefined ? '' : `,"version":${version}`},"diagnostics":[${parts.join(',')}]}}`;
    const buffer = Buffer.from(json, 'utf8');
    this.onPublish(uri, version, performance.now() - started, buffer.length);
    return Promise.resolve(buffer);
  }
}
