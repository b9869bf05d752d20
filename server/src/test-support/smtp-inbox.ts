import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Inbox = {
  /** smtp://127.0.0.1:<port>, for createMailer. */
  url: string;
  /** Every message that arrived, parsed. */
  messages: ParsedMail[];
  /** The next message to arrive (or the first not yet taken). */
  next(): Promise<ParsedMail>;
  close(): Promise<void>;
};

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A real SMTP server in the test process (smtp-server, the counterpart of nodemailer), without TLS or auth, that
 * keeps what arrives: the mailer under test speaks real SMTP to it.
 */
export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  let taken = 0;
  const waiting: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const wake of waiting.splice(0)) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next() {
      while (messages.length <= taken) await new Promise<void>((resolve) => waiting.push(resolve));
      const mail = messages[taken++];
      if (!mail) throw new Error('inbox: no message');
      return mail;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
