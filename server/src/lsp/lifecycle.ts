/**
 * The server's life (before `initialize`, running, after `shutdown`) and
 * handlers that never take it down: a request handler that throws answers
 * with an error (InternalError for anything unexpected), and an event handler
 * that throws is logged. Either way the server goes on serving.
 *
 * As LSP asks: a request before `initialize` is answered with
 * ServerNotInitialized (-32002) and a notification is dropped; after
 * `shutdown`, a request is answered with InvalidRequest (-32600).
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { errorMessage } from './validate';

export type Phase = 'starting' | 'running' | 'shut down';

/** Errors a client causes on purpose (cancelling, editing meanwhile): answered, not logged. */
const QUIET_CODES: readonly number[] = [
  LSPErrorCodes.RequestCancelled,
  LSPErrorCodes.ServerCancelled,
  LSPErrorCodes.ContentModified,
];

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export type RequestHandler<R> = (params: unknown, token: CancellationToken) => Promise<R> | R;

export function guardRequest<R>(
  connection: Connection,
  method: string,
  handler: RequestHandler<R>,
): (params: unknown, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) {
        if (!QUIET_CODES.includes(error.code)) connection.console.error(`copydesk: ${method}: ${error.message}`);
        throw error;
      }
      connection.console.error(`copydesk: ${method} failed: ${describeError(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${method} failed: ${errorMessage(error)}`);
    }
  };
}

export function guardEvent(connection: Connection, name: string, run: () => void | Promise<void>): void {
  const fail = (error: unknown): void => connection.console.error(`copydesk: ${name} failed: ${describeError(error)}`);
  try {
    const result = run();
    if (result instanceof Promise) result.catch(fail);
  } catch (error) {
    fail(error);
  }
}

/** The error for a request that comes when the server cannot take it, or undefined when it can. */
export function phaseError(phase: Phase, method: string): ResponseError<void> | undefined {
  if (phase === 'starting') {
    return new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server is not initialized yet`);
  }
  if (phase === 'shut down') return new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shut down`);
  return undefined;
}

export class Lifecycle {
  phase: Phase = 'starting';

  constructor(private readonly connection: Connection) {}

  get running(): boolean {
    return this.phase === 'running';
  }

  /** A request handler that answers only while the server runs. */
  request<R>(method: string, handler: RequestHandler<R>): (params: unknown, token: CancellationToken) => Promise<R> {
    return guardRequest(this.connection, method, (params, token) => {
      const error = phaseError(this.phase, method);
      if (error) throw error;
      return handler(params, token);
    });
  }

  /** An event (a notification, a timer) handled only while the server runs. */
  event(name: string, run: () => void | Promise<void>): void {
    if (!this.running) return;
    guardEvent(this.connection, name, run);
  }
}
