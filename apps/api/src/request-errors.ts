import { LeasebackError } from '@leaseback/domain';

/**
 * The HTTP-level failures the API raises itself, before a request reaches the
 * service: each has a stable `code` that `toErrorResponse` maps to a status.
 */
export type RequestErrorCode =
  | 'unauthorized'
  | 'route_not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'malformed_json'
  | 'malformed_request'
  | 'credentials_in_query'
  | 'unsupported_media_type';

/**
 * A request the API refuses at the HTTP layer (missing key, body too large,
 * malformed JSON, unknown route). The message is safe to show to the caller.
 */
export class RequestError extends LeasebackError {
  override readonly code: RequestErrorCode;

  constructor(code: RequestErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, { cause: options.cause });
    this.name = 'RequestError';
    this.code = code;
  }
}
