import { api, capitalised, ROLE_NL } from '@driehoek/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';

/** Who is signed in, with a disclosure menu: change password, log out here or everywhere. */
export function AccountMenu() {
  const { me, signOut } = useStaff();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent | MouseEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !wrapper.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [open]);

  const logout = async () => {
    try {
      await call(api.accounts.logout, {});
    } catch {
      // Leaving the page signed out is what the user asked for; the cookie expires on its own.
    }
    signOut('U bent uitgelogd.');
  };

  return (
    <div className="account" ref={wrapper}>
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {me.name} <span className="visually-hidden">— accountmenu</span>
      </button>
      <div id={menuId} className="account__menu" hidden={!open}>
        <p className="muted">
          {me.email}
          <br />
          {capitalised(ROLE_NL[me.role])}
        </p>
        <ul>
          <li>
            <AppLink to={paths.account()} onClick={() => setOpen(false)}>
              Wachtwoord wijzigen of overal uitloggen
            </AppLink>
          </li>
          <li>
            <button type="button" className="button button--small" onClick={logout}>
              Uitloggen
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
