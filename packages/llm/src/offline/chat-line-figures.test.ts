import { describe, expect, it } from 'vitest';
import { CHAT_LINE_FIGURE, REFUSED_CHAT_FIGURE, chatFigureKey } from './chat-line-figures.js';

const WHOLE_FIGURE = new RegExp(`^${CHAT_LINE_FIGURE}$`);
const REFUSAL = new RegExp(`^${REFUSED_CHAT_FIGURE}$`);

// The patterns read the lower-cased brief, as the reader gives it to them.
describe('the figures of chat lines', () => {
  it('takes a figure with or without its currency mark, code or money scale', () => {
    for (const figure of ['$140m', '140m', '140', 'us$140m', 'usd 140 mio', '$1,250', '140 million']) expect(figure).toMatch(WHOLE_FIGURE);
    for (const notFigure of ['$', 'usd', 'm140']) expect(notFigure).not.toMatch(WHOLE_FIGURE);
  });

  it('gives one key to every writing of one figure, and different keys to different figures', () => {
    const keys = ['$140m', '140m', '140', 'usd 140 mio', 'us$140 m', '140 million'].map(chatFigureKey);
    expect(new Set(keys)).toEqual(new Set(['140']));
    expect(chatFigureKey('$1,250')).toBe('1250');
    expect(chatFigureKey('$150m')).not.toBe(chatFigureKey('$140m'));
  });

  it('finds the refused figure of a refusal up to the figure that replaces it', () => {
    for (const [line, refused] of [
      ['not $80m - make it ', '$80m'],
      ['not 80, ', '80'],
      ['not usd 210 mio - make it ', 'usd 210 mio'],
      ['not $140m \u2014 use ', '$140m'],
    ] as const) {
      const match = REFUSAL.exec(line);
      expect(match?.groups?.['refused']).toBe(refused);
    }
    expect('not yet - make it ').not.toMatch(REFUSAL);
  });
});
