import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
// Month and day names in the calendars; English is built into dayjs.
import 'dayjs/locale/nl';
import { ApiError } from '../api/client';
import { forgetSession, queryKeys } from '../api/queryKeys';
import { styleNonce } from './style-nonce';

// Shade 9 of teal on white and a darker "dimmed" grey meet WCAG AA contrast (4.5:1), checked by axe in e2e.
// Orange is the "due soon / not yet enrolled" warning in small text: Mantine's shades 7–9 (#f76707…#d9480f)
// reach only 3–4:1 on white, so those three are darkened to 5.2:1, 6.2:1 and 7.3:1 (the lighter shades,
// used for backgrounds, stay as they are).
const theme = createTheme({
  colors: {
    orange: [
      '#fff4e6',
      '#ffe8cc',
      '#ffd8a8',
      '#ffc078',
      '#ffa94d',
      '#ff922b',
      '#fd7e14',
      '#c2410c',
      '#ad3a0b',
      '#9a3412',
    ],
  },
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 7 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
});

export function createQueryClient(): QueryClient {
  // A 401 on any request means the session ended (idle timeout, logout elsewhere, disabled account): back to
  // the login page, and nothing of the previous data left in memory.
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.statusCode !== 401) return;
    if (client.getQueryData(queryKeys.auth.me()) === null) return;
    forgetSession(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // 4xx answers will not change by asking again.
        retry: (failureCount, error) => !(error instanceof ApiError && error.statusCode < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
  return client;
}

/** `#rrggbb` moved `amount` of the way to black. */
function darken(hex: string, amount: number): string {
  const value = parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 0xff) * (1 - amount));
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}

const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Text of light variants (badges, alerts, active nav links) dark enough for 4.5:1 on their pale background.
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([color, shades]) => [
        `--mantine-color-${color}-light-color`,
        ['yellow', 'orange', 'lime'].includes(color) ? 'var(--mantine-color-dark-7)' : darken(shades[9], 0.3),
      ]),
    ),
  },
  dark: {},
});

/** Date pickers speak the interface language; weeks start on Monday, as in the Netherlands. */
function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'nl', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const nonce = styleNonce(); // the CSP nonce for Mantine's <style> elements (see style-nonce.ts)
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        getStyleNonce={nonce ? () => nonce : undefined}
      >
        <LocalisedDates>{children}</LocalisedDates>
      </MantineProvider>
    </QueryClientProvider>
  );
}
