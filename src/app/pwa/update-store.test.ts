import { describe, expect, it, vi } from 'vitest';
import { createUpdateStore } from './update-store';

describe('createUpdateStore', () => {
  it('notifies subscribers of offers and dismissals, and stops after unsubscribe', () => {
    const store = createUpdateStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const apply = () => {};
    store.offer(apply);
    expect(store.getPending()).toBe(apply);
    store.dismiss();
    expect(store.getPending()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.offer(apply);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
