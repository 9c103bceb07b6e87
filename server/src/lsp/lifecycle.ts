/**
 * Handlers that never take the server down: a request handler that throws
 * answers with an error (InternalError for anything unexpected), and an event
 * handler that throws is logged. Either way the server goes on serving.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { errorMessage } from './validate';

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
