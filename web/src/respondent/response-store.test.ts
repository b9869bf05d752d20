import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../lib/offline/draft-store';
import { createResponseStore, type Draft } from './response-store';

const linkId = 'AAAAAAAAAAAAAAAAAAAAAA';
const draft: Draft = {
  responseId: '0b9a4c1e-3f5d-4e8a-9c2b-7d6e5f4a3b21',
  answers: { c5_asked_about_child: 3, open_goes_well: 'De juf belt me op.' },
  currentPageNo: 1,
  locale: 'en',
  submitted: false,
};

describe('response store', () => {
  it('gives back the draft it saved for a link', () => {
    const store = createResponseStore(localStorage);
    store.save(linkId, draft);
    expect(store.load(linkId)).toEqual(draft);
  });

  it('keeps drafts of different links apart', () => {
    const store = createResponseStore(localStorage);
    store.save(linkId, draft);
    expect(store.load('BBBBBBBBBBBBBBBBBBBBBB')).toBeUndefined();
  });

  it('forgets a draft once cleared, but remembers that the link was completed', () => {
    const store = createResponseStore(localStorage);
    store.save(linkId, draft);
    store.markCompleted(linkId);
    store.clear(linkId);
    expect(store.load(linkId)).toBeUndefined();
    expect(store.isCompleted(linkId)).toBe(true);
    expect(store.isCompleted('BBBBBBBBBBBBBBBBBBBBBB')).toBe(false);
  });

  it('treats a malformed stored draft as no draft', () => {
    const store = createResponseStore(localStorage);
    localStorage.setItem(`driehoek:draft:${linkId}`, '{"responseId":"not-a-uuid"');
    expect(store.load(linkId)).toBeUndefined();
    localStorage.setItem(`driehoek:draft:${linkId}`, JSON.stringify({ ...draft, locale: 'fr' }));
    expect(store.load(linkId)).toBeUndefined();
  });

  it('remembers the chosen language and ignores unknown ones', () => {
    const store = createResponseStore(localStorage);
    expect(store.loadLocale()).toBeUndefined();
    store.saveLocale('ar');
    expect(store.loadLocale()).toBe('ar');
    localStorage.setItem('driehoek:locale', 'fr');
    expect(store.loadLocale()).toBeUndefined();
  });

  it('keeps working when the browser refuses storage', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createResponseStore(refusing);
    expect(() => store.save(linkId, draft)).not.toThrow();
    expect(store.load(linkId)).toBeUndefined();
    expect(store.isCompleted(linkId)).toBe(false);
  });
});
