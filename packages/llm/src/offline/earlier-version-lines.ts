/**
 * Lines that each open with a version's name, one after another: "v1: target 100 / floor 80" then "v2 (current):
 * target 120 / floor 95". Only the current version instructs: the one marked current, latest, final, live or agreed,
 * or else the highest number. Every other version's line is read as nothing (by `supersededSpans`), so no figure of
 * an earlier draft is taken for the ask. A single versioned line ("v2: $120M") supersedes nothing.
 */
import { lineStartsOf } from './restated-brief.js';

/** A line opening with a version's name and its number, a bracketed remark and a colon or dash after it. */
const VERSION_LINE =
  /^[^\S\n]*[-*>\u2022]?[^\S\n]*(?:v|ver\.?|version|draft|rev\.?|revision|iteration)[^\S\n]*(?<number>\d{1,2})\b[^\S\n]*(?<remark>\([^)\n]{0,30}\))?[^\S\n]*(?::|[-\u2013\u2014]\s)/i;
/** A version's remark that marks it the one in force: "(current)", "(latest)", "(final, agreed)". */
const CURRENT_REMARK = /\b(?:current|latest|final|live|agreed|approved|now|in\s+force)\b/i;

/** The spans of every versioned line but the current one, when the brief has two versioned lines or more. */
export function earlierVersionLineSpans(lower: string): { start: number; end: number }[] {
  if (!/\b(?:v|ver\.?|version|draft|rev\.?|revision|iteration)[^\S\n]*\d/.test(lower)) return [];
  const lines = lower.split('\n');
  const starts = lineStartsOf(lines);
  const versions = lines.flatMap((line, index) => {
    const groups = VERSION_LINE.exec(line)?.groups;
    return groups === undefined ? [] : [{ index, number: Number(groups['number']), current: CURRENT_REMARK.test(groups['remark'] ?? '') }];
  });
  if (versions.length < 2) return [];
  const marked = versions.filter((version) => version.current);
  if (marked.length > 1) return [];
  const kept = marked[0] ?? versions.reduce((highest, version) => (version.number > highest.number ? version : highest));
  return versions
    .filter((version) => version !== kept)
    .map((version) => ({ start: starts[version.index] ?? 0, end: (starts[version.index] ?? 0) + (lines[version.index] ?? '').length }));
}
