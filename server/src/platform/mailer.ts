import nodemailer from 'nodemailer';

/** One email to one person: plain text always (every mail client reads it), HTML optional. */
export type MailMessage = { to: string; subject: string; text: string; html?: string };

/** Sends staff email; absent when no SMTP server is configured. */
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/**
 * A mailer over the configured SMTP server (nodemailer: the well-kept standard for Node, with TLS, auth and a
 * connection pool). Timeouts are short: a person is waiting for the answer, and the link is shown instead when
 * sending fails.
 */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, {
    from,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}
