import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('takes the remembered choice over the browser', () => {
    expect(negotiateLocale('zh', 'en-US,en;q=0.9')).toBe('zh');
    expect(negotiateLocale('en', 'zh-CN,zh;q=0.9')).toBe('en');
  });

  it('ignores a cookie that names no language of the lab', () => {
    expect(negotiateLocale('fr', 'zh-CN')).toBe('zh');
    expect(negotiateLocale('', null)).toBe('en');
  });

  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB, zh-CN;q=0.5', 'en'],
    ['en;q=0.4, zh-CN;q=0.8', 'zh'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['fr, zh;q=0.5', 'zh'],
    ['zh;q=0, fr', 'en'],
    ['*', 'en'],
    ['', 'en'],
  ] as const)('Accept-Language %j → %s', (header, locale) => {
    expect(negotiateLocale(undefined, header)).toBe(locale);
  });

  it('speaks English when the browser says nothing', () => {
    expect(negotiateLocale(undefined, null)).toBe('en');
  });
});
