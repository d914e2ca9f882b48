import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENTED_SCENARIO } from '../inputs/scenario';
import { openLink, flushUrl, startHistory, WRITE_DELAY_MS, type Browser } from './history';
import { closeLesson, chooseLanguage, usePageStore } from './page-store';
import { replaceScenario, setInput, useScenarioStore } from './scenario-store';

/** A stand-in for the window: an address bar, a history stack, and Back. */
function fakeBrowser(search: string) {
  const entries = [`/${search}`];
  let index = 0;
  let clock = 0;
  const listeners = new Map<string, () => void>();
  const location = { pathname: '/', search, hash: '' };
  const show = () => {
    location.search = (entries[index] ?? '/').slice(1);
  };
  const browser: Browser = {
    location,
    pushState: (url) => {
      entries.splice(index + 1, Infinity, url);
      index += 1;
      show();
    },
    replaceState: (url) => {
      entries[index] = url;
      show();
    },
    listen: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    now: () => clock,
  };
  return {
    browser,
    entries,
    query: () => new URLSearchParams(location.search),
    advance: (ms: number) => {
      clock += ms;
      vi.advanceTimersByTime(ms);
    },
    back: () => {
      index -= 1;
      show();
      listeners.get('popstate')?.();
    },
  };
}

describe('the history module', () => {
  let stop = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    replaceScenario(DOCUMENTED_SCENARIO);
    usePageStore.setState({ lesson: null, language: null });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('opens the link it is given, naming what it ignored', () => {
    const fake = fakeBrowser('?P=8&lesson=seed&zzz=1');
    const started = startHistory(fake.browser);
    stop = started.stop;
    expect(useScenarioStore.getState().scenario.inputs.P).toBe(8);
    expect(usePageStore.getState().lesson).toBe('seed');
    expect(useScenarioStore.getState().ignoredParams).toEqual([
      { key: 'zzz', value: '1', reason: 'unknown-key' },
    ]);
    // Opening writes nothing.
    expect(fake.entries).toEqual(['/?P=8&lesson=seed&zzz=1']);
  });

  it('writes a gesture once it rests, as one new entry; Back restores without writing', () => {
    const fake = fakeBrowser('?P=4');
    stop = startHistory(fake.browser).stop;
    setInput('P', 2);
    fake.advance(100);
    setInput('P', 3);
    expect(fake.entries).toHaveLength(1);
    fake.advance(WRITE_DELAY_MS);
    expect(fake.entries).toHaveLength(2);
    expect(fake.query().get('P')).toBe('3');

    // Long after: a new gesture, a new entry.
    fake.advance(2000);
    setInput('P', 8);
    fake.advance(WRITE_DELAY_MS);
    expect(fake.entries).toHaveLength(3);

    fake.back();
    expect(useScenarioStore.getState().scenario.inputs.P).toBe(3);
    fake.advance(WRITE_DELAY_MS);
    expect(fake.entries).toHaveLength(3);
    expect(fake.query().get('P')).toBe('3');
  });

  it('records a chosen language and a closed lesson in place, without a new entry', () => {
    const fake = fakeBrowser('?lesson=seed');
    stop = startHistory(fake.browser).stop;
    chooseLanguage('zh-CN');
    expect(fake.entries).toHaveLength(1);
    expect(fake.query().get('lang')).toBe('zh-CN');
    expect(fake.query().get('lesson')).toBe('seed');
    closeLesson();
    expect(fake.query().has('lesson')).toBe(false);
    expect(fake.query().get('lang')).toBe('zh-CN');
  });

  it('keeps the reader’s language when Back reaches a link without one', () => {
    const fake = fakeBrowser('?P=4');
    stop = startHistory(fake.browser).stop;
    setInput('P', 2);
    fake.advance(WRITE_DELAY_MS);
    chooseLanguage('zh-CN');
    fake.back();
    expect(usePageStore.getState().language).toBe('zh-CN');
  });

  it('opens a lesson as a new entry holding the lesson’s own keys', () => {
    const fake = fakeBrowser('');
    stop = startHistory(fake.browser).stop;
    openLink('?model=glm-4-9b-chat&P=8&lesson=few-kv-heads');
    expect(fake.entries).toEqual(['/', '/?model=glm-4-9b-chat&P=8&lesson=few-kv-heads']);
    expect(useScenarioStore.getState().scenario.model).toBe('glm-4-9b-chat');
    expect(usePageStore.getState().lesson).toBe('few-kv-heads');
  });

  it('writes a waiting change at once when asked, as copying the link does', () => {
    const fake = fakeBrowser('');
    stop = startHistory(fake.browser).stop;
    setInput('T', 40);
    flushUrl();
    expect(fake.query().get('T')).toBe('40');
  });
});
