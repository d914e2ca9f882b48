import { describe, expect, it } from 'vitest';
import { en } from './en';
import { decodeLink } from '../link/link-codec';
import { pageLanguage } from './languages';
import { zhCN } from './zh-CN';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function leafValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(leafValues);
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  it('have the same keys in English and Chinese', () => {
    expect(leafKeys(zhCN).sort()).toEqual(leafKeys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    const english = leafValues(en);
    const chinese = leafValues(zhCN);
    english.forEach((text, index) => {
      expect(placeholders(chinese[index] ?? ''), text).toEqual(placeholders(text));
    });
  });

  it('leave no message empty', () => {
    expect([...leafValues(en), ...leafValues(zhCN)].filter((text) => text.trim() === '')).toEqual(
      [],
    );
  });
});

describe('the page language', () => {
  const detect = (search: string, browser: readonly string[]) =>
    pageLanguage(decodeLink(search).link.language, browser);

  it('prefers the link, then the first browser language it knows', () => {
    expect(detect('?lang=zh-CN', ['en-US'])).toBe('zh-CN');
    expect(detect('?lang=fr', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detect('', ['de-DE', 'en-GB'])).toBe('en');
    expect(detect('', ['fr'])).toBe('en');
  });
});
