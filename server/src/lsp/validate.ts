/**
 * Shape checks for what arrives over the wire. A client may send anything:
 * handlers check what they read and answer InvalidParams instead of throwing
 * somewhere deep inside.
 */
import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export function isPosition(value: unknown): value is Position {
  return isObject(value) && isInteger(value.line) && isInteger(value.character);
}

export function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** `params.textDocument.uri`, or an InvalidParams error. */
export function documentUri(params: unknown): string {
  if (isObject(params) && isObject(params.textDocument) && typeof params.textDocument.uri === 'string') {
    return params.textDocument.uri;
  }
  throw invalidParams('expected params.textDocument.uri (a string)');
}

export function requirePosition(params: unknown): Position {
  if (isObject(params) && isPosition(params.position)) return params.position;
  throw invalidParams('expected params.position ({ line, character }, integers)');
}

export function requireRange(params: unknown): Range {
  if (isObject(params) && isRange(params.range)) return params.range;
  throw invalidParams('expected params.range ({ start, end } positions)');
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
