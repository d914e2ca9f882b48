import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, INPUT_KEYS, INPUTS, withInput, type ScenarioInputs } from './definitions';
import { decodeScenario, encodeScenario } from './url-codec';

const isValid = (inputs: ScenarioInputs) =>
  INPUT_KEYS.every((key) => {
    const value = inputs[key];
    const { min, max, integer } = INPUTS[key];
    return (
      Number.isFinite(value) &&
      value >= min &&
      value <= max &&
      (!integer || Number.isInteger(value))
    );
  }) && inputs.E <= inputs.S;

describe('decodeScenario', () => {
  it('reads a complete link', () => {
    const { inputs, ignored } = decodeScenario('?T=79.1&S=70&E=1.5&lambda=0.5&P=8&O=1.2');
    expect(inputs).toEqual({ T: 79.1, S: 70, E: 1.5, lambda: 0.5, P: 8, O: 1.2 });
    expect(ignored).toEqual([]);
  });

  it('fills missing keys from the defaults and says nothing about them', () => {
    expect(decodeScenario('?P=2')).toEqual({ inputs: { ...DEFAULT_INPUTS, P: 2 }, ignored: [] });
    expect(decodeScenario('')).toEqual({ inputs: DEFAULT_INPUTS, ignored: [] });
  });

  it('keeps the valid keys and names each invalid one with its reason', () => {
    const { inputs, ignored } = decodeScenario('?P=abc&T=9999&lambda=0.5&O=-1&P=3&zzz=1&S=1.5.2');
    expect(inputs).toEqual({ ...DEFAULT_INPUTS, lambda: 0.5 });
    expect(ignored).toEqual([
      { key: 'P', value: 'abc', reason: 'not-a-number' },
      { key: 'T', value: '9999', reason: 'out-of-range' },
      { key: 'O', value: '-1', reason: 'out-of-range' },
      { key: 'P', value: '3', reason: 'duplicate' },
      { key: 'zzz', value: '1', reason: 'unknown-key' },
      { key: 'S', value: '1.5.2', reason: 'not-a-number' },
    ]);
  });

  it('refuses a fractional TP degree, an empty value and a huge string', () => {
    const huge = '9'.repeat(5000);
    const { inputs, ignored } = decodeScenario(`?P=2.5&T=&S=${huge}`);
    expect(inputs).toEqual(DEFAULT_INPUTS);
    expect(ignored.map((entry) => entry.reason)).toEqual([
      'not-an-integer',
      'not-a-number',
      'too-long',
    ]);
    expect(ignored[2]?.value.length).toBeLessThanOrEqual(25);
  });

  it('drops an E larger than S and keeps S', () => {
    const { inputs, ignored } = decodeScenario('?S=1&E=3');
    expect(inputs.S).toBe(1);
    expect(inputs.E).toBe(1);
    expect(ignored).toEqual([{ key: 'E', value: '3', reason: 'exceeds-model' }]);
  });

  it('leaves the language key to the i18n layer', () => {
    expect(decodeScenario('?lang=zh-CN&P=2').ignored).toEqual([]);
  });
});

const anyQuery = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...INPUT_KEYS, 'lang', 'x'), fc.string({ maxLength: 8 })),
        fc.oneof(fc.double().map(String), fc.string({ maxLength: 40 }), fc.integer().map(String)),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => new URLSearchParams(pairs).toString()),
);

test.prop([anyQuery])('any query string yields a valid scenario and never throws', (query) => {
  const { inputs, ignored } = decodeScenario(query);
  expect(isValid(inputs)).toBe(true);
  expect(ignored.length).toBeLessThanOrEqual(20);
});

const anyInputs = fc
  .record(
    Object.fromEntries(
      INPUT_KEYS.map((key) => [key, fc.double({ min: -1e6, max: 1e6, noNaN: true })]),
    ),
  )
  .map((raw) =>
    INPUT_KEYS.reduce((inputs, key) => withInput(inputs, key, raw[key] ?? 0), DEFAULT_INPUTS),
  );

test.prop([anyInputs])('a written link reads back as exactly the same scenario', (inputs) => {
  expect(isValid(inputs)).toBe(true);
  expect(decodeScenario(encodeScenario(inputs))).toEqual({ inputs, ignored: [] });
});
