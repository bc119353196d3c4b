import { ERROR_CODES } from '@leaseback/domain';
import { z } from 'zod';

/**
 * The body of every error answer, as a zod schema: the OpenAPI document's
 * `ErrorResponse` is generated from it, and its `code` is the domain's closed
 * set of error codes.
 */
export const ErrorResponseSchema = z
  .strictObject({
    error: z
      .strictObject({
        code: z
          .enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]])
          .describe('Stable, machine-readable error code from the closed set; its kind decides the HTTP status.')
          .meta({ examples: ['invalid_input'] }),
        message: z
          .string()
          .describe('For people: what went wrong and how to fix it. Never a stack trace or an internal detail.')
          .meta({ examples: ['1 problem: request.assets[0].cap_rate: must be > 0 and < 1'] }),
        problems: z
          .array(
            z.strictObject({
              path: z
                .string()
                .describe('Dotted path to the field, with array indices; empty for the whole body.')
                .meta({ examples: ['request.assets[0].cap_rate'] }),
              message: z
                .string()
                .describe('What is wrong with the field.')
                .meta({ examples: ['must be > 0 and < 1'] }),
            }),
          )
          .optional()
          .describe('For invalid_input: every problem found, each with the path to its field.'),
        limit: z
          .number()
          .int()
          .optional()
          .describe('For too_many_assets: the most assets one request may have (planner.max_assets), a count.')
          .meta({ examples: [2000] }),
      })
      .describe('What went wrong.'),
  })
  .describe('Every error answer: `{ error: { code, message, problems?, limit? } }`.');
