/** The frame around every view: skip link, header with language switch, demo-data banner, main content. */
import { Link, Outlet } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { partnerSearchFromView } from '../features/partners/partner-search.ts'
import { AccountMenu } from '../features/account/account-menu.tsx'
import { LanguageSwitch } from '../features/shell/language-switch.tsx'
import { sanitiseSearch } from '../view-state/view-search.ts'

/**
 * Every nav link keeps the shared view: filters, selection, order, language. From the partner finder only what
 * the views share goes along (its place and radius are no list filter), so no link lands on a refused parameter.
 */
const sharedView = (previous: Record<string, unknown>) => sanitiseSearch(previous)

export function AppShell() {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1 className="app-title">{t('app.title')}</h1>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <nav aria-label={t('app.mainNavigation')} className="app-nav">
          <Link to="/" search={sharedView}>
            {t('map.navList')}
          </Link>
          <Link to="/karte" search={sharedView}>
            {t('map.nav')}
          </Link>
          <Link to="/netzwerk" search={sharedView}>
            {t('graph.nav')}
          </Link>
          <Link to="/partner" search={partnerSearchFromView}>
            {t('partners.nav')}
          </Link>
          <Link to="/export" search={sharedView}>
            {t('export.nav')}
          </Link>
          <a href="/api/docs">{t('app.apiDocs')}</a>
          <LanguageSwitch />
          <AccountMenu />
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
