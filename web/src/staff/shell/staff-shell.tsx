import { levelCssVariables } from '@driehoek/shared';
import { AccountMenu } from '../accounts/account-menu';
import { AppLink } from '../router/app-link';
import type { StaffRoute } from '../router/staff-route';
import { StaffNav } from './staff-nav';
import { StaffPage } from './staff-page';

/** The level colours of report, plan and overview, from one table in shared/, as `--l1`…`--l3`. */
const levelColours = `:root { ${levelCssVariables()} }`;

/** The frame of every signed-in page: skip link, brand, navigation, account menu, then the page. */
export function StaffShell({ route, search }: { route: StaffRoute; search: URLSearchParams }) {
  return (
    <>
      <style>{levelColours}</style>
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
