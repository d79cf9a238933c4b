import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHARTS } from '../../app/chart-registry';
import { createRoutes } from '../../app/router';
import { activateLocale } from '../../i18n/i18n';
import { renderRoutes, stubFetch } from '../../testing/render-route';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('present page', () => {
  it('says the slide and its controls in English', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/present?slide=2');
    expect(await screen.findByRole('main', { name: `Slide 2 of ${CHARTS.length}` })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Slides' })).toHaveTextContent(`2 / ${CHARTS.length}`);
    expect(screen.getByRole('button', { name: '← Previous' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('← → to move, Home/End, Esc to leave');
  });

  it('in Arabic, names the slide and its controls in Arabic and moves forward with the left arrow', async () => {
    await activateLocale('ar', null);
    stubFetch();
    const { router } = renderRoutes(createRoutes, '/ar/present?slide=2', { locale: 'ar' });
    expect(await screen.findByRole('main', { name: `الشريحة 2 من ${CHARTS.length}` })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'الشرائح' })).toBeInTheDocument();
    // Right to left, the previous slide's arrow points right and the next one's left.
    expect(screen.getByRole('button', { name: '→ السابقة' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'التالية ←' })).toBeEnabled();
    expect(screen.getByText('كل الشرائح')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تنزيل العرض التقديمي (.pptx)' })).toBeInTheDocument();
    expect(document.title).toMatch(/^2\/\d+: .+ · عرض تقديمي$/);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await waitFor(() => expect(router.state.location.search).toBe('?slide=3'));
    expect(await screen.findByRole('main', { name: `الشريحة 3 من ${CHARTS.length}` })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(router.state.location.search).toBe('?slide=2'));
  });
});
