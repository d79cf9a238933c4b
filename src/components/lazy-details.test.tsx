import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyDetails } from './lazy-details';

describe('LazyDetails', () => {
  it('makes its content only once opened, and keeps it when closed again', () => {
    const { container } = render(
      <LazyDetails className="box" summary="Sources (3)">
        <a href="https://example.org/a">A source</a>
      </LazyDetails>,
    );
    const details = container.querySelector('details.box')!;
    expect(screen.getByText('Sources (3)').tagName).toBe('SUMMARY');
    expect(container.querySelector('a')).toBeNull();
    details.setAttribute('open', '');
    fireEvent(details, new Event('toggle'));
    expect(screen.getByRole('link', { name: 'A source' })).toHaveAttribute('href', 'https://example.org/a');
    details.removeAttribute('open');
    fireEvent(details, new Event('toggle'));
    expect(container.querySelector('a')).not.toBeNull();
  });
});
