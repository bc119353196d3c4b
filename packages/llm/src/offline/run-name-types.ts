import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A run's name pasted under a key of its settings: "run: dc-test", "name: plant_review_v2", "scenario = office-q3".
 * The name is a slug that labels the run; the types it asks for are under keys of their own ("asset_types:"). A name
 * that is itself a filter ("run: dc-only", "name: no-plants") is left to the readers.
 */

/** A key naming the run, then its value: one slug of words joined by hyphens, underscores or dots, alone on its line. */
const RUN_NAME =
  /(?<=(?:^|\n)[^\S\n]*["']?(?:run|run[_\s-]?(?:name|id|label|tag)|name|label|tag|scenario|scenario[_\s-]?(?:name|id)|case(?:[_\s-]?name)?)["']?[^\S\n]*[:=][^\S\n]*["']?)[a-z0-9]+(?:[-_.][a-z0-9]+)+(?=["']?[^\S\n]*,?[^\S\n]*(?:\n|$))/g;
/** Words that make a name a filter too: "dc-only", "no-plants", "ex-office", "plant-free". */
const FILTER_IN_NAME = /(?:^|[-_.])(?:no|only|excl(?:uding|udes?)?|ex|without|except|non|sans|free)(?=[-_.]|$)/;

/** Claims the type words within a run's name, so that the name asks for no type. */
export function claimRunNameTypes(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const name of text.lower.matchAll(RUN_NAME)) {
    if (FILTER_IN_NAME.test(name[0])) continue;
    const end = name.index + name[0].length;
    for (let index = name.index; index < end; index += 1) {
      if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
      const match = vocabulary.matchAt(text.lower, index, false, text.source);
      if (match === null || match.item.kind !== 'type' || match.end > end || !text.isFree(match.start, match.end)) continue;
      text.claim(match.start, match.end);
      index = match.end - 1;
    }
  }
}
