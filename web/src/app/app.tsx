/** Providers: one QueryClient, i18n, and the router (which renders the shell and the current view). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { createI18n } from '../i18n/i18n.ts'
import { createAppRouter } from './router.tsx'

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
      }),
  )
  const [router] = useState(() => createAppRouter(queryClient))
  const [i18n] = useState(createI18n)
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  )
}
