import type { BriefText } from './brief-text.js';
import { chatLineLabelSpans } from './chat-line-labels.js';

/**
 * Words that carry no instruction on their own: articles, pronouns, modal
 * verbs, the verbs of raising money and selling, generic nouns for sites, who
 * asked ("Corporate asked for $110M") and the earnings a ratio is measured
 * against ("covered at least 2 times by EBITDAR"), whose ratio is read, and
 * the words around a limit or an exclusion read ("nothing rating above 0.25 on
 * how badly we'd be hurt losing it", "keep the lab in Dublin out of it"), which
 * say nothing when what they qualify was not read.
 * A leftover fragment made only of these is not worth reporting; any other word
 * makes the fragment "not understood".
 */
const FILLER = new Set(
  `a an the and or but also then so plus as well too just only please kindly thanks thank hi hello
   we we'd we're we'll we've i i'd i'm i'll us our ours you your let's lets let me my it its it's this that these those there here
   is are be been being was were will would could should can must may might shall do does did have has had
   need needs needed want wants wanted like love prefer thinking think thinks wondering wonder hoping hope hopes planning plan plans whether to of in on at by for from with within into via through across over
   about around approximately roughly approx ca circa some any all each every total overall altogether
   raise raising raised generate generating get getting bring unlock release releasing monetize monetise monetizing monetising
   target targeting targets goal aim aiming seek seeking looking look find sell selling sale sales sold divest divesting
   dispose disposing leaseback leasebacks sale-leaseback sale-leasebacks slb slbs program programme deal transaction plan
   proceeds cash capital funds money dollars usd asset assets site sites property properties facility facilities
   location locations building buildings portfolio real estate keep keeping maintain maintaining stay staying remain remaining
   ensure ensuring make making sure while whilst covenant covenants limit limits constraint constraints requirement requirements
   ratio ratios ideally preferably possible if when how what which much many more not no it's total up going able try trying
   help give show tell explain why go run owned own use using consider considering both either than alone
   corporate group company asked asks ask ebitda ebitdar earnings nothing rating rated out`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

const TOKEN = /[a-z0-9$%&'][a-z0-9$%&'.-]*/g;

/**
 * The parts of a brief that no reader claimed and that hold at least one word
 * beyond filler, in text order and as written (trimmed of leading and trailing
 * filler). Fragments are cut at claimed spans and at clause punctuation; a
 * chat transcript's times and speaker names are passed over.
 */
export function unrecognizedPhrases(text: BriefText): string[] {
  const phrases: string[] = [];
  const labels = new Set<number>();
  for (const [start, end] of chatLineLabelSpans(text.source)) for (let index = start; index < end; index += 1) labels.add(index);
  let fragmentStart = -1;
  const flush = (end: number): void => {
    if (fragmentStart < 0) return;
    const phrase = trimFiller(text, fragmentStart, end);
    // Two fragments of one restated row can quote the same words of the brief: one phrase not understood.
    if (phrase !== null && phrase !== phrases.at(-1)) phrases.push(phrase);
    fragmentStart = -1;
  };
  for (let index = 0; index <= text.source.length; index += 1) {
    if (index === text.source.length || text.isClaimed(index) || labels.has(index) || isBoundary(text.source, index)) {
      flush(index);
      continue;
    }
    if (fragmentStart < 0) fragmentStart = index;
  }
  return phrases;
}

function isBoundary(source: string, index: number): boolean {
  const character = source[index] ?? '';
  if (/[,;:!?()\n"[\]]/.test(character)) {
    // A comma inside a number ("12,500") is part of it.
    return !(character === ',' && /\d/.test(source[index - 1] ?? '') && /\d/.test(source[index + 1] ?? ''));
  }
  if (character === '.') return !(/\d/.test(source[index - 1] ?? '') && /\d/.test(source[index + 1] ?? ''));
  return false;
}

function trimFiller(text: BriefText, start: number, end: number): string | null {
  const fragment = text.lower.slice(start, end);
  const tokens: { start: number; end: number; filler: boolean }[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(fragment); match !== null; match = TOKEN.exec(fragment)) {
    const word = match[0].replace(/[.'-]+$/, '');
    tokens.push({ start: match.index, end: match.index + match[0].length, filler: word === '' || FILLER.has(word) });
  }
  const first = tokens.findIndex((token) => !token.filler);
  if (first < 0) return null;
  let last = tokens.length - 1;
  while (last > first && tokens[last]?.filler === true) last -= 1;
  const from = tokens[first]?.start ?? 0;
  const to = tokens[last]?.end ?? fragment.length;
  return text
    .quote(start + from, start + to)
    .replace(/\s+/g, ' ')
    .replace(/[.-]+$/, '')
    .trim();
}
