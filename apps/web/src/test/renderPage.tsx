import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AppProviders, createQueryClient } from '../app/AppProviders';

/** A page inside the app's providers and a router, with a fresh query cache for every test. */
export function renderPage(page: ReactElement, path = '/') {
  return render(
    <AppProviders client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        {page}
      </MemoryRouter>
    </AppProviders>,
  );
}
