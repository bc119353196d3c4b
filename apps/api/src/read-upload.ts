import busboy from 'busboy';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { InvalidInputError } from '@leaseback/domain';
import type { CompanySource, PortfolioFileInput } from '@leaseback/service';
import { RequestError } from './request-errors.js';

/** Parses a size such as `1mb` the way the JSON body limit is written. */
function byteLimit(limit: string | number): number {
  if (typeof limit === 'number') return limit;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!match) return 1024 * 1024;
  const scale = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Math.floor(Number(match[1]) * scale);
}

/**
 * Reads an uploaded spreadsheet into `request.body` as a `PortfolioFileInput`:
 * either `multipart/form-data` (busboy; a `file` part, and for a CSV an optional
 * `company` part, a company CSV or JSON) or the raw file with its content type
 * (`text/csv`, the .xlsx media type; `?filename=` may name it). Over the body
 * limit is 413; a multipart body without a `file` part is 400.
 */
export function readUpload(limit: string | number): RequestHandler[] {
  const maxBytes = byteLimit(limit);
  const raw = express.raw({
    type: (request) => !(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/'),
    limit: maxBytes,
  });
  return [
    (request, response, next) => {
      if ((request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) {
        readMultipart(request, maxBytes).then((input) => {
          request.body = input;
          next();
        }, next);
      } else raw(request, response, next);
    },
    (request: Request, _response: Response, next: NextFunction) => {
      if (Buffer.isBuffer(request.body)) {
        const fileName = typeof request.query['filename'] === 'string' ? request.query['filename'] : undefined;
        const input: PortfolioFileInput = {
          content: new Uint8Array(request.body),
          ...(fileName ? { fileName } : {}),
          ...(request.headers['content-type'] ? { mediaType: request.headers['content-type'] } : {}),
        };
        request.body = input;
      } else if (
        request.body === undefined ||
        request.body === null ||
        (typeof request.body === 'object' && !('content' in request.body))
      ) {
        next(
          new InvalidInputError([
            { path: 'file', message: 'is required: send the .xlsx or .csv file as the body, or as a multipart "file" part' },
          ]),
        );
        return;
      }
      next();
    },
  ];
}

function readMultipart(request: Request, maxBytes: number): Promise<PortfolioFileInput> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fileSize: maxBytes, files: 2, fields: 10 } });
    } catch (thrown) {
      reject(
        new InvalidInputError([
          { path: 'file', message: `not a readable multipart body (${thrown instanceof Error ? thrown.message : 'parse error'})` },
        ]),
      );
      return;
    }
    const parts = new Map<string, { content: Buffer; fileName: string; mediaType: string }>();
    const fields = new Map<string, string>();
    let tooLarge = false;
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
      stream.on('close', () =>
        parts.set(name, { content: Buffer.concat(chunks), fileName: info.filename ?? '', mediaType: info.mimeType }),
      );
    });
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('error', (error: unknown) =>
      reject(
        new InvalidInputError([
          { path: 'file', message: `not a readable multipart body (${error instanceof Error ? error.message : 'parse error'})` },
        ]),
      ),
    );
    parser.on('close', () => {
      if (tooLarge) {
        reject(new RequestError('payload_too_large', `the uploaded file is larger than ${maxBytes} bytes`));
        return;
      }
      const file = parts.get('file');
      if (!file) {
        reject(new InvalidInputError([{ path: 'file', message: 'is required: a multipart part named "file" holding the .xlsx or .csv' }]));
        return;
      }
      const company = companyPart(parts.get('company'), fields.get('company'));
      resolve({
        content: new Uint8Array(file.content),
        ...(file.fileName ? { fileName: file.fileName } : {}),
        mediaType: file.mediaType,
        ...(company ? { company } : {}),
      });
    });
    request.pipe(parser);
  });
}

/** The `company` part of a CSV upload: a file (CSV or JSON) or a JSON text field. */
function companyPart(
  file: { content: Buffer; fileName: string; mediaType: string } | undefined,
  field: string | undefined,
): CompanySource | undefined {
  const isJson = (name: string, mediaType: string): boolean => name.toLowerCase().endsWith('.json') || mediaType.includes('json');
  if (file) {
    if (!isJson(file.fileName, file.mediaType)) return { kind: 'csv', content: new Uint8Array(file.content) };
    return { kind: 'json', value: parseJson(file.content.toString('utf8')) };
  }
  return field === undefined ? undefined : { kind: 'json', value: parseJson(field) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidInputError([{ path: 'company', message: 'is not valid JSON' }]);
  }
}
