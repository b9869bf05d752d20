import {
  api,
  capitalised,
  grantableRoles,
  InviteUserSchema,
  type PasswordLink,
  ROLE_NL,
  type Role,
  scopeProblem,
  type User,
  type UserScope,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call, messageWithoutField } from '../../api/client';
import { useStaff } from '../shell/staff-context';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { ScopePicker } from './scope-picker';

export type InviteResult = { user: User; invitation: PasswordLink };

export type UserFormProps =
  | { user?: undefined; onInvited: (result: InviteResult) => void; onSaved?: undefined }
  | { user: User; onSaved: (user: User) => void; onInvited?: undefined };

const roleHelp: Record<Role, string> = {
  admin: 'Beheert alles, ook onderzoekers en beheerders.',
  researcher: 'Zet rondes op, verspreidt links, legt bezoeken vast en maakt rapporten.',
  ikc: 'Leest het rapport van het eigen IKC en werkt aan het plan van aanpak.',
  municipality: 'Ziet het overzicht over de IKC’s van één organisatie.',
};

/** Invite a user (e-mail, name, role, scope) or change the role and scope of one. Only grantable roles are offered. */
export function UserForm(props: UserFormProps) {
  const { me } = useStaff();
  const { user } = props;
  const roles = grantableRoles(me.role);
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role | ''>(user?.role ?? (roles.length === 1 ? (roles[0] ?? '') : ''));
  const [scope, setScope] = useState<UserScope>(user?.scope ?? { organisationIds: [], ikcIds: [], locationIds: [] });
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!role) return setErrors({ role: 'Kies een rol.' });
    const parsed = InviteUserSchema.safeParse({ email, name, role, scope });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const problem = scopeProblem(role, parsed.data.scope);
    if (problem) return setErrors({ [problem.field]: messageWithoutField(problem) });
    if (props.user) {
      const { email: _email, ...body } = parsed.data;
      const saved = await submit(() => call(api.accounts.updateUser, { params: { id: props.user.id }, body }));
      if (saved) props.onSaved(saved);
    } else {
      const result = await submit(() => call(api.accounts.invite, { body: parsed.data }));
      if (result) props.onInvited(result);
    }
  };

  return (
    <form className="form form--wide" onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      {!user && (
        <TextField
          label="E-mailadres"
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
      )}
      <TextField label="Naam" value={name} onChange={setName} error={errors.name} autoComplete="off" />
      <SelectField
        label="Rol"
        value={role}
        onChange={(r) => {
          setRole(r as Role | '');
          setScope({ organisationIds: [], ikcIds: [], locationIds: [] });
        }}
        placeholder={roles.length === 1 ? undefined : 'Kies een rol'}
        hint={role ? roleHelp[role] : 'U kunt alleen rollen toekennen die niet meer mogen dan de uwe.'}
        error={errors.role}
        options={roles.map((r) => ({ value: r, label: capitalised(ROLE_NL[r]) }))}
      />
      {role && <ScopePicker key={role} role={role} value={scope} onChange={setScope} errors={errors} />}
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {user ? 'Wijzigingen opslaan' : 'Uitnodigen'}
        </button>
      </div>
    </form>
  );
}
