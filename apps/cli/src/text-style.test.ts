import { describe, expect, it } from 'vitest';
import { createTextStyle, stripStyle, supportsColor } from './text-style.js';

describe('supportsColor', () => {
  it('colours a terminal unless --no-color, NO_COLOR or TERM=dumb says otherwise', () => {
    expect(supportsColor({ colorOption: true, env: {}, isTty: true })).toBe(true);
    expect(supportsColor({ colorOption: false, env: {}, isTty: true })).toBe(false);
    expect(supportsColor({ colorOption: true, env: { NO_COLOR: '1' }, isTty: true })).toBe(false);
    expect(supportsColor({ colorOption: true, env: { NO_COLOR: '' }, isTty: true })).toBe(true);
    expect(supportsColor({ colorOption: true, env: { TERM: 'dumb' }, isTty: true })).toBe(false);
  });

  it('never colours a pipe unless FORCE_COLOR asks, and never against --no-color', () => {
    expect(supportsColor({ colorOption: true, env: {}, isTty: false })).toBe(false);
    expect(supportsColor({ colorOption: true, env: { FORCE_COLOR: '1' }, isTty: false })).toBe(true);
    expect(supportsColor({ colorOption: true, env: { FORCE_COLOR: '0' }, isTty: false })).toBe(false);
    expect(supportsColor({ colorOption: false, env: { FORCE_COLOR: '1' }, isTty: true })).toBe(false);
  });
});

describe('createTextStyle', () => {
  it('adds escapes only when enabled, and they strip back to the text', () => {
    expect(createTextStyle(false).red('x')).toBe('x');
    const styled = createTextStyle(true).bold(createTextStyle(true).red('x'));
    expect(styled).not.toBe('x');
    expect(stripStyle(styled)).toBe('x');
  });
});
