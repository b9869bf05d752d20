import { describe, expect, it } from 'vitest';
import { createDraftStore, type KeyValueStorage } from './draft-store';

type Note = { text: string };
const parse = (value: unknown): Note | undefined =>
  typeof value === 'object' && value !== null && typeof (value as Note).text === 'string'
    ? { text: (value as Note).text }
    : undefined;

const notes = (storage: KeyValueStorage | undefined = localStorage) =>
  createDraftStore(storage, { prefix: 'test.note.', parse });

describe('draft store', () => {
  it('gives back the draft it saved under an id, and forgets it once cleared', () => {
    const store = notes();
    store.save('a', { text: 'eerste' });
    expect(store.load('a')).toEqual({ text: 'eerste' });
    store.clear('a');
    expect(store.load('a')).toBeUndefined();
  });

  it('keeps drafts of different ids and different kinds apart', () => {
    notes().save('a', { text: 'eerste' });
    localStorage.setItem('other.a', JSON.stringify({ text: 'ander soort' }));
    expect(notes().load('b')).toBeUndefined();
    expect(notes().ids()).toEqual(['a']);
  });

  it('treats a malformed stored draft as no draft', () => {
    localStorage.setItem('test.note.a', '{"text":');
    expect(notes().load('a')).toBeUndefined();
    localStorage.setItem('test.note.a', JSON.stringify({ text: 3 }));
    expect(notes().load('a')).toBeUndefined();
  });

  it('keeps working when the browser refuses storage, or has none', () => {
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
      key: () => {
        throw new Error('SecurityError');
      },
      length: 1,
    };
    for (const storage of [refusing, undefined]) {
      const store = notes(storage);
      expect(() => store.save('a', { text: 'x' })).not.toThrow();
      expect(() => store.clear('a')).not.toThrow();
      expect(store.load('a')).toBeUndefined();
      expect(store.ids()).toEqual([]);
    }
  });
});
