import { InvalidInputError, LeasebackError } from '@leaseback/domain';
import { NotFoundError, ServiceConfigError } from '@leaseback/service';
import { describe, expect, it } from 'vitest';
import { InputFileError } from './cli-errors.js';
import { describeError, renderErrorText } from './describe-error.js';
import { EXIT_CODES, exitCodeFor } from './exit-codes.js';
import { createTextStyle } from './text-style.js';

const plain = createTextStyle(false);

describe('describeError', () => {
  it('lists every problem of a file with its path inside the file', () => {
    const error = new InputFileError('bad.json', 'invalid_input', [
      { path: 'assets[3].cap_rate', message: 'must be > 0 and < 1' },
      { path: 'corporate_state.ebitda', message: 'is required' },
    ]);
    const { report } = describeError(error);
    expect(report).toEqual({
      code: 'invalid_input',
      message: 'bad.json: 2 problems',
      problems: [
        { path: 'assets[3].cap_rate', message: 'must be > 0 and < 1' },
        { path: 'corporate_state.ebitda', message: 'is required' },
      ],
    });
    expect(renderErrorText(report, plain)).toBe(
      'error: bad.json: 2 problems\n  assets[3].cap_rate: must be > 0 and < 1\n  corporate_state.ebitda: is required\n',
    );
  });

  it("names the service's request problems by option", () => {
    const { report } = describeError(new InvalidInputError([{ path: 'request.floor_override', message: 'must be > 0' }]));
    expect(report.problems).toEqual([{ path: '--floor', message: 'must be > 0' }]);
  });

  it('keeps a file that could not be read to one line', () => {
    const { report } = describeError(new InputFileError('x.json', 'file_not_found', [{ path: '', message: 'file not found' }]));
    expect(report).toEqual({ code: 'file_not_found', message: 'x.json: file not found' });
  });

  it('splits configuration problems into setting and message', () => {
    const { report } = describeError(
      new ServiceConfigError([
        { path: 'api.port', source: 'from LEASEBACK_PORT', message: 'must be between 0 and 65535' },
        // A message holding `: ` and parentheses stays whole: the problem is read as data, not parsed.
        { path: '/c.toml:3:7', source: null, message: 'invalid TOML: expected `=` (got ": ")' },
      ]),
    );
    expect(report.problems).toEqual([
      { path: 'api.port (from LEASEBACK_PORT)', message: 'must be between 0 and 65535' },
      { path: '/c.toml:3:7', message: 'invalid TOML: expected `=` (got ": ")' },
    ]);
  });

  it('hides the message of an unexpected failure', () => {
    const { report } = describeError(new TypeError('cannot read properties of undefined (reading "x")'));
    expect(report).toEqual({ code: 'internal_error', message: 'an internal error occurred' });
  });
});

describe('exitCodeFor', () => {
  it('tells bad input (2) from failure (1)', () => {
    expect(exitCodeFor(new NotFoundError('run', 'x'))).toBe(EXIT_CODES.badInput);
    expect(exitCodeFor(new InvalidInputError([]))).toBe(EXIT_CODES.badInput);
    expect(exitCodeFor(new ServiceConfigError([{ path: 'x', source: null, message: 'y' }]))).toBe(EXIT_CODES.badInput);
    expect(exitCodeFor(new InputFileError('f', 'invalid_json', [{ path: '', message: 'm' }]))).toBe(EXIT_CODES.badInput);
    expect(exitCodeFor(new LeasebackError('llm_auth', 'no key'))).toBe(EXIT_CODES.failure);
    expect(exitCodeFor(new LeasebackError('internal_error', 'x'))).toBe(EXIT_CODES.failure);
    expect(exitCodeFor(new LeasebackError('cancelled', 'x'))).toBe(EXIT_CODES.interrupted);
  });
});
