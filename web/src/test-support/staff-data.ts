import {
  type Location,
  LocationSchema,
  type OpenAnswer,
  OpenAnswerSchema,
  type Round,
  RoundSchema,
  type User,
  UserSchema,
} from '@driehoek/shared';

// Staff fixtures, parsed by the shared contracts so a changed contract breaks the tests, not the screen.

export const ids = {
  organisation: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d01',
  ikc: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d02',
  location: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d03',
  round: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d04',
  response: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d05',
  user: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d06',
};

export function location(overrides: Partial<Location> = {}): Location {
  return LocationSchema.parse({
    id: ids.location,
    ikcId: ids.ikc,
    ikc: 'IKC De Vlinder',
    organisationId: ids.organisation,
    organisation: 'Stichting Kindcentra Leeuwarden',
    name: 'Hoofdgebouw',
    address: 'Schoolstraat 1, Leeuwarden',
    hasSchool: true,
    hasChildcare: true,
    families: 120,
    pupils812: 80,
    professionals: 25,
    archived: false,
    ...overrides,
  });
}

export function round(overrides: Partial<Round> = {}): Round {
  return RoundSchema.parse({
    id: ids.round,
    locationId: ids.location,
    location: 'Hoofdgebouw',
    ikc: 'IKC De Vlinder',
    organisation: 'Stichting Kindcentra Leeuwarden',
    kind: 'baseline',
    name: 'Najaar 2026',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-15',
    singleUseCodes: false,
    links: [{ audience: 'parents', linkId: 'Abcdefghijklmnopqrstuv', instrument: { key: 'parents', version: 1 } }],
    ...overrides,
  });
}

export function openAnswer(overrides: Partial<OpenAnswer> = {}): OpenAnswer {
  return OpenAnswerSchema.parse({
    responseId: ids.response,
    audience: 'parents',
    question: 'open_goes_well',
    title: 'Wat gaat goed in het contact met het IKC?',
    text: 'Juf Anja vraagt altijd hoe het thuis gaat.',
    decision: 'pending',
    redacted: null,
    ...overrides,
  });
}

export function user(overrides: Partial<User> = {}): User {
  return UserSchema.parse({
    id: ids.user,
    email: 'ikc@example.nl',
    name: 'Ilse Kindcentrum',
    role: 'ikc',
    disabled: false,
    hasPassword: true,
    managedByAdmin: false,
    scope: { organisationIds: [], ikcIds: [ids.ikc], locationIds: [] },
    ...overrides,
  });
}
