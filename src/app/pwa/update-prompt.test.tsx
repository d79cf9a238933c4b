import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './update-prompt';
import { createUpdateStore } from './update-store';

describe('UpdatePrompt', () => {
  it('stays empty until a new version waits', () => {
    render(<UpdatePrompt store={createUpdateStore()} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the waiting version and activates it on Reload, once', async () => {
    const store = createUpdateStore();
    const apply = vi.fn();
    render(<UpdatePrompt store={store} />);
    act(() => store.offer(apply));
    expect(screen.getByRole('status')).toHaveTextContent('Update available');
    // Non-blocking: the offer never takes focus from the page.
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
  });

  it('goes away on Dismiss without activating, and returns for a newer version', async () => {
    const store = createUpdateStore();
    const apply = vi.fn();
    render(<UpdatePrompt store={store} />);
    act(() => store.offer(apply));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(apply).not.toHaveBeenCalled();
    act(() => store.offer(apply));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
