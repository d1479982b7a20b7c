import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from './http';

class FakeEventSource {
  static opened: FakeEventSource[] = [];
  closed = false;
  listeners = new Map<string, Set<(m: MessageEvent<string>) => void>>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(event: string, listener: (m: MessageEvent<string>) => void) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
  }
  removeEventListener(event: string, listener: (m: MessageEvent<string>) => void) {
    this.listeners.get(event)?.delete(listener);
  }
  close() {
    this.closed = true;
  }
  emit(event: string, data: unknown) {
    for (const listener of this.listeners.get(event) ?? []) listener({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeEventSource.opened = [];
});

describe("browser mode's event stream", () => {
  it('opens one connection per page however many listen, and closes it when the last one stops', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const transport = createHttpTransport('T');
    const seen: string[] = [];
    const stops = [1, 2, 3].map((n) => transport.on('data:changed', (e) => seen.push(`${n}:${e.channel}`)));
    expect(FakeEventSource.opened).toHaveLength(1);
    FakeEventSource.opened[0]!.emit('data:changed', { channel: 'items:create', touches: ['items'] });
    expect(seen).toEqual(['1:items:create', '2:items:create', '3:items:create']);
    stops[0]!();
    stops[1]!();
    expect(FakeEventSource.opened[0]!.closed).toBe(false);
    stops[2]!();
    expect(FakeEventSource.opened[0]!.closed).toBe(true);
  });
});
