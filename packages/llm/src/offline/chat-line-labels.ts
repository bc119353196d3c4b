/**
 * Where a chat transcript pasted into a brief says when and who, not what:
 * a time at the start of a line ("[10:02]", "10:05 AM") and a speaker's name
 * before a colon ("Dana:", "J. Ortiz:", "A:"). Neither asks for anything, so
 * neither is worth reporting as not understood.
 */

import { chatSpeakerOf } from './chat-speakers.js';

/** Channel words that open a pasted message on their own ("Slack: need $100M"). */
const CHANNELS = new Set(['slack', 'teams', 'chat', 'text', 'sms', 'whatsapp', 'email', 'e-mail', 'message', 'im', 'dm']);

/**
 * The spans `[start, end)` of `source` that are chat time stamps and speaker
 * labels. A name before a colon counts only where it is one of several such
 * lines, a time opens its line, or it names a channel: a lone "Note:" or
 * "Exclude Dallas:" is left to the reader.
 */
export function chatLineLabelSpans(source: string): readonly (readonly [number, number])[] {
  const lines: { start: number; time: number; label: number; name: string }[] = [];
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const { time, label, name } = chatSpeakerOf(line);
    lines.push({ start: lineStart, time, label, name: name.toLowerCase() });
    lineStart += line.length + 1;
  }
  const labelledLines = lines.filter((line) => line.label > 0).length;
  const spans: (readonly [number, number])[] = [];
  for (const line of lines) {
    const speakerCounts = line.label > 0 && (labelledLines >= 2 || line.time > 0 || CHANNELS.has(line.name));
    const end = line.start + line.time + (speakerCounts ? line.label : 0);
    if (end > line.start) spans.push([line.start, end]);
  }
  return spans;
}
