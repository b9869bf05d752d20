import { bandOf } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { loadInstruments, loadScanModel, loadScanModels } from './index';

describe('loading instruments and the scan model', () => {
  const catalog = loadInstruments();

  it('finds every instrument by key and version, and the latest of each', () => {
    expect(catalog.get('parents', 1)?.perspective).toBe('parents');
    expect(catalog.latest('professionals')?.version).toBe(2);
    expect(catalog.get('children', 1)?.locales).toEqual(['nl', 'en']);
    expect(catalog.get('parents', 99)).toBeUndefined();
  });

  it('lists the six mystery-guest touchpoint forms', () => {
    expect(
      catalog
        .latestOf('mystery-guest')
        .map((f) => f.key)
        .sort(),
    ).toEqual(['mg-building', 'mg-email', 'mg-followup', 'mg-intake', 'mg-phone', 'mg-website']);
  });

  it('offers the parents questionnaire in six languages, Arabic among them for right-to-left rendering', () => {
    expect(catalog.get('parents', 1)?.locales).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(catalog.latest('parents')?.locales).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
  });

  it('loads the scan model with the default numbers of the method', () => {
    const model = loadScanModel();
    expect(loadScanModels().map((m) => m.version)).toEqual([1, 2]);
    expect(model.version).toBe(2);
    expect(model.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']);
    expect(model.bands.edges).toEqual([1.67, 2.33]);
    expect([1.5, 2, 2.5].map((m) => bandOf(model, m))).toEqual([1, 2, 3]);
    expect(model.privacy).toMatchObject({ minGroupSize: 5, minOpenAnswers: 10 });
    expect(model.reliability).toMatchObject({
      alphaAcceptable: 0.7,
      alphaGood: 0.8,
      alphaReportItemsBelow: 0.6,
      kappaMin: 0.6,
    });
    expect(Object.values(model.weights.byPerspective).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('refuses a scan model version that does not exist', () => {
    expect(() => loadScanModel(7)).toThrow('scan model v7 does not exist');
  });
});
