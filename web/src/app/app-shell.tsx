/** The frame around every view: skip link, header with language switch, demo-data banner, main content. */
import { Link, Outlet } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AccountMenu } from '../features/account/account-menu.tsx'
import { LanguageSwitch } from '../features/shell/language-switch.tsx'

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
          <Link to="/" search={(previous: Record<string, unknown>) => previous}>
            {t('map.navList')}
          </Link>
          <Link to="/karte" search={(previous: Record<string, unknown>) => previous}>
            {t('map.nav')}
          </Link>
          <Link to="/partner">{t('partners.nav')}</Link>
          <Link to="/export" search={(previous: Record<string, unknown>) => previous}>
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
