import type { z } from 'zod';
import type { ExtractionContext } from '../llm-client.js';
import { ANSWER_FORMAT_RULES, jsonBlock } from './prompt-formatting.js';
import { extractFieldsOutputSchema } from './output-schemas.js';
import { defineStructuredTask, type StructuredTask } from './structured-task.js';

/**
 * The `extractFields` task: pull the named fields out of one conversational
 * message. Fields the message does not state come back `null` and are left out
 * of the value. Throws `InvalidInputError` for no, empty or duplicate names.
 */
export function extractFieldsTask(
  message: string,
  fieldNames: readonly string[],
  context: ExtractionContext,
): StructuredTask<Record<string, unknown>, Record<string, unknown>> {
  const descriptions = context.field_descriptions ?? {};
  const schema = extractFieldsOutputSchema(fieldNames, descriptions);
  const fieldLines = fieldNames.map((name) => {
    const description = Object.hasOwn(descriptions, name) ? descriptions[name] : undefined;
    return `- ${name}${description === undefined ? '' : `: ${description}`}`;
  });
  // The message goes last: it changes on every turn, the field list and context less often.
  const user = [`Fields:\n${fieldLines.join('\n')}`];
  if (context.known_fields !== undefined && Object.keys(context.known_fields).length > 0) {
    user.push(
      `Already known (use them to resolve "same as before" or "that market"; do not repeat them unless the message restates or changes them):\n${jsonBlock(context.known_fields)}`,
    );
  }
  if (context.markets !== undefined && context.markets.length > 0) {
    user.push(`Markets in the portfolio (use these exact names): ${context.markets.join(', ')}.`);
  }
  user.push(`Message:\n${message.trim()}`);
  return defineStructuredTask(
    {
      method: 'extractFields',
      name: 'extracted_fields',
      description: 'The requested fields as stated in the message; null for each field it does not state.',
      schema: schema as unknown as z.ZodType<Record<string, unknown>>,
      toValue: (answer) => answer,
      system: [
        'You extract named fields from one message in a conversation about a corporate sale-leaseback program.',
        'Give a value only for what the message states or clearly implies; use null for every other field. Never guess.',
        'Numbers as plain numbers (money in USD), yes/no as true/false, several names as a list of strings, anything else as text.',
        ANSWER_FORMAT_RULES,
      ].join('\n\n'),
      user: user.join('\n\n'),
    },
    context.markets === undefined ? {} : { markets: context.markets },
  );
}
