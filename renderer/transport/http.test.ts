import { describe, expect, it } from 'vitest';
import { takeToken } from './http';

describe('the browser-mode token', () => {
  it('moves from the address to session storage, so a reload keeps it but the address bar does not show it', () => {
    window.history.replaceState(null, '', '/?token=abc123#items');
    window.sessionStorage.clear();
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#items');
    // After a reload the address has no token; the session still does.
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });
});
