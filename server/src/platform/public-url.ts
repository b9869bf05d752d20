import type { Context } from 'hono';
import type { AppEnv } from './context';

/** Used when nothing else is known (in-process tests build the app without a server). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:8080';

/**
 * The base URL of the address the server listens on, for links when DRIEHOEK_PUBLIC_URL is unset: a wildcard
 * interface is reachable as localhost on this machine, and nowhere else by a name we could know.
 */
export function listeningUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const name = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * The base of every link we hand out (invitations, resets, letters, posters, QR codes, code sheets): from the
 * configuration, never from the request's Host header, which whoever sends the request chooses — a forged Host
 * would otherwise put an attacker's address in a password-reset link or on a printed letter.
 */
export function publicBase(c: Context<AppEnv>): string {
  return c.var.deps.publicUrl ?? DEFAULT_PUBLIC_URL;
}

export const isHttps = (url: string | undefined): boolean => url?.startsWith('https:') ?? false;
