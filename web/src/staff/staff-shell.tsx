import { AccountMenu } from './account/account-menu';
import { AppLink } from './router/app-link';
import type { StaffRoute } from './router/staff-route';
import { StaffNav } from './staff-nav';
import { StaffPage } from './staff-page';

/** The frame of every signed-in page: skip link, brand, navigation, account menu, then the page. */
export function StaffShell({ route, search }: { route: StaffRoute; search: URLSearchParams }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Naar de inhoud
      </a>
      <header className="staff-bar">
        <AppLink className="staff-bar__brand" to="/app">
          Driehoek
        </AppLink>
        <StaffNav route={route} />
        <AccountMenu />
      </header>
      <main id="main" className="page page--wide">
        <StaffPage route={route} search={search} />
      </main>
    </>
  );
}
