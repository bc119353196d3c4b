import type { TextEdit } from './restated-brief.js';

// A comment line of pasted settings that tells what an earlier revision had, blanked so that no reader takes its
// figure: "lease.term=14" then "# rev 2 had lease.term=16", "# was 3.5x before the amendment". The settings' own lines
// are read as they stand; a comment is no setting, and one in the past tense is history.

/** A line of settings: "lease.term=14", "proceeds.target: 142500000". */
const SETTING_LINE = /^[^\S\n]*[A-Za-z_][\w.]*[^\S\n]*[=:][^\S\n]*\S/m;

/**
 * A comment line (opened by "#" or "//") in the past tense: "# rev 2 had lease.term=16", "// was 0.7 in the last
 * draft", "# previously 15 years". A comment that explains the current value ("# in USD") is left as written.
 */
const PAST_COMMENT_LINE =
  /^[^\S\n]*(?:#|\/\/)[^\n]*?\b(?:had|was|were|used\s+to\s+be|previously|formerly|earlier|prior|old\s+value)\b[^\n]*$/gim;

/** The edits blanking the comment lines that tell an earlier revision's settings; none in a brief without settings. */
export function pastSettingCommentRestatements(text: string): TextEdit[] {
  if (!/#|\/\//.test(text) || !SETTING_LINE.test(text)) return [];
  return [...text.matchAll(PAST_COMMENT_LINE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: '' }));
}
