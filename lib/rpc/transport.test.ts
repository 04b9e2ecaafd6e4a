import { describe, expect, it } from 'vitest';
import { addressOf } from './transport';

describe('a path names an address when a service answers there', () => {
  it.each([
    ['/api/pay/try', { to: 'pay', endpoint: 'try' }],
    ['/api/pay/branch-cancel', { to: 'pay', endpoint: 'branch-cancel' }],
    ['/api/pay/refund', null],
    ['/api/tc/begin', { to: 'tc', endpoint: 'begin' }],
    ['/api/tc/restart', null],
    ['/api/trade/branch-confirm', { to: 'trade', endpoint: 'branch-confirm' }],
    ['/api/trade/branch-try', null],
    ['/api/pay/branch-try/x', null],
  ])('%s', (path, address) => {
    expect(addressOf(path)).toEqual(address);
  });
});
