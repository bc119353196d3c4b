// How the offline parser's cost grows with the length of a brief: reads the
// brief table, then the same briefs joined ten and a hundred at a time, and
// prints the time per character of each relative to the single briefs.
import { performance } from 'node:perf_hooks';
import { BRIEF_CASES, BRIEF_TABLE_SUMMARY } from '../src/offline/__fixtures__/briefs.js';
import { createOfflineLlmClient } from '../src/offline/offline-llm-client.js';

const client = createOfflineLlmClient();
const briefs = BRIEF_CASES.map((briefCase) => briefCase.brief);

function joined(times: number): string[] {
  const result: string[] = [];
  for (let start = 0; start < briefs.length * times; start += times) {
    const group: string[] = [];
    for (let offset = 0; offset < times; offset += 1) group.push(briefs[(start + offset) % briefs.length] ?? '');
    result.push(group.join(' '));
  }
  return result;
}

async function microsecondsPerCharacter(texts: readonly string[], minimumMilliseconds: number): Promise<number> {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < minimumMilliseconds) {
    for (const text of texts) await client.generateSelectorSpec(text, BRIEF_TABLE_SUMMARY);
    rounds += 1;
  }
  const elapsed = performance.now() - started;
  return (elapsed * 1000) / (rounds * characters);
}

const single = await microsecondsPerCharacter(briefs, 1500);
const tenfold = await microsecondsPerCharacter(joined(10).slice(0, 10), 1500);
const hundredfold = await microsecondsPerCharacter(joined(100).slice(0, 2), 1500);
const averageLength = Math.round(briefs.reduce((sum, brief) => sum + brief.length, 0) / briefs.length);

console.log(`offline parser, ${briefs.length} briefs of ${averageLength} characters on average`);
console.log(`time per character, 10 briefs joined  / single briefs: ${(tenfold / single).toFixed(2)}x`);
console.log(`time per character, 100 briefs joined / single briefs: ${(hundredfold / single).toFixed(2)}x`);
