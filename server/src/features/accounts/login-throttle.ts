import type { AttemptWindow } from '../../platform/throttle/failed-attempts';

/** Failed logins for an account from browsers that never logged in to it, before they must wait. */
export const ACCOUNT_WINDOW: AttemptWindow = { limit: 5, minutes: 15 };
/** Failed logins from one trusted browser: its owner mistyping, or a stolen laptop guessing. */
export const DEVICE_WINDOW: AttemptWindow = { limit: 10, minutes: 15 };
/** Wrong current passwords when changing one: a stolen session must not become a password oracle. */
export const PASSWORD_CHANGE_WINDOW: AttemptWindow = { limit: 5, minutes: 15 };
