import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PagedList } from './paged-list';

const items = Array.from({ length: 100_000 }, (_, i) => `record ${i}`);

describe('PagedList', () => {
  it('draws one page of a 100,000-item list and adds a page per click', async () => {
    render(
      <PagedList items={items} pageSize={50} noun="records">
        {(item) => <li key={item}>{item}</li>}
      </PagedList>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText(/Showing 50 of 100,000 records/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
  });

  it('draws down to an item a link points at', () => {
    render(
      <PagedList items={items.slice(0, 1000)} pageSize={200} revealIndex={640} noun="sources">
        {(item) => <li key={item}>{item}</li>}
      </PagedList>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(641);
    expect(screen.getByText('record 640')).toBeInTheDocument();
  });

  it('shows no button when everything fits', () => {
    render(
      <PagedList items={items.slice(0, 3)} pageSize={50} noun="records">
        {(item) => <li key={item}>{item}</li>}
      </PagedList>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
