import { api, capitalised, type PasswordLink, ROLE_NL, type User } from '@driehoek/shared';
import { useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { ConfirmButton } from '../ui/confirm-button';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { PasswordLinkNotice } from './password-link-notice';
import { type InviteResult, UserForm } from './user-form';

/** Invite a new user (`id` undefined) or manage one: role and scope, password reset, block. */
export function UserPage({ id }: { id?: string }) {
  return id ? <ExistingUser id={id} /> : <InviteUser />;
}

function InviteUser() {
  const [invited, setInvited] = useState<InviteResult | undefined>(undefined);
  return (
    <>
      <p className="breadcrumb">
        <AppLink to={paths.users()}>Gebruikers</AppLink>
      </p>
      <PageHeading title="Gebruiker uitnodigen">Gebruiker uitnodigen</PageHeading>
      {invited ? (
        <>
          <p>
            {invited.user.name} is uitgenodigd als {ROLE_NL[invited.user.role]}.
          </p>
          <PasswordLinkNotice
            link={invited.invitation}
            recipient={invited.user.name}
            onDone={() => navigate(paths.users())}
          />
        </>
      ) : (
        <UserForm onInvited={setInvited} />
      )}
    </>
  );
}

function ExistingUser({ id }: { id: string }) {
  const loaded = useLoad(async () => (await call(api.accounts.users, {})).items.find((u) => u.id === id), [id]);
  return (
    <LoadState loaded={loaded}>
      {(user: User | undefined) =>
        !user ? (
          <>
            <PageHeading title="Gebruiker niet gevonden">Gebruiker niet gevonden</PageHeading>
            <p>
              <AppLink to={paths.users()}>Terug naar de gebruikers</AppLink>
            </p>
          </>
        ) : (
          <>
            <p className="breadcrumb">
              <AppLink to={paths.users()}>Gebruikers</AppLink>
            </p>
            <PageHeading title={user.name}>{user.name}</PageHeading>
            <p>
              {user.email} · {capitalised(ROLE_NL[user.role])}
              {user.disabled && <span className="tag">geblokkeerd</span>}
              {!user.hasPassword && <span className="muted"> · heeft nog geen wachtwoord</span>}
            </p>
            {user.managedByAdmin ? (
              <p className="notice">
                {user.name} heeft ook toegang buiten uw organisaties. U ziet alleen de toegang binnen uw organisaties.
                Alleen een beheerder kan deze gebruiker wijzigen, een nieuwe wachtwoordlink geven of blokkeren.
              </p>
            ) : (
              <ManageUser user={user} onChanged={loaded.setData} />
            )}
          </>
        )
      }
    </LoadState>
  );
}

/** Role and scope, a new password link, and blocking: for a user the viewer may manage. */
function ManageUser({ user, onChanged }: { user: User; onChanged: (next: User) => void }) {
  const { me } = useStaff();
  const [link, setLink] = useState<PasswordLink | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const act = async (action: () => Promise<void>) => {
    setError(undefined);
    setMessage(undefined);
    try {
      await action();
    } catch (e) {
      setError(failureMessage(e));
    }
  };
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p role="status">{message}</p>
      {link && <PasswordLinkNotice link={link} recipient={user.name} onDone={() => setLink(undefined)} />}
      <h2>Rol en toegang</h2>
      <UserForm
        user={user}
        onSaved={(next) => {
          onChanged(next);
          setMessage('Opgeslagen.');
        }}
      />
      <h2>Wachtwoord</h2>
      <p>Een nieuwe link maakt het oude wachtwoord niet meteen ongeldig, maar logt de gebruiker overal uit.</p>
      <ConfirmButton
        label="Nieuwe wachtwoordlink maken"
        question={`Nieuwe wachtwoordlink voor ${user.name}?`}
        confirmLabel="Ja, link maken"
        onConfirm={() => act(async () => setLink(await call(api.accounts.resetPassword, { params: { id: user.id } })))}
      />
      {user.email !== me.email && (
        <>
          <h2>{user.disabled ? 'Deblokkeren' : 'Blokkeren'}</h2>
          <p>
            {user.disabled
              ? 'Na deblokkeren kan de gebruiker weer inloggen.'
              : 'Een geblokkeerde gebruiker kan niet meer inloggen en wordt overal uitgelogd.'}
          </p>
          <ConfirmButton
            label={user.disabled ? 'Deblokkeren' : 'Blokkeren'}
            question={`${user.name} ${user.disabled ? 'deblokkeren' : 'blokkeren'}?`}
            confirmLabel={user.disabled ? 'Ja, deblokkeren' : 'Ja, blokkeren'}
            danger={!user.disabled}
            onConfirm={() =>
              act(async () => {
                onChanged(
                  await call(user.disabled ? api.accounts.enableUser : api.accounts.disableUser, {
                    params: { id: user.id },
                  }),
                );
                setMessage(user.disabled ? 'Gedeblokkeerd.' : 'Geblokkeerd.');
              })
            }
          />
        </>
      )}
    </>
  );
}
