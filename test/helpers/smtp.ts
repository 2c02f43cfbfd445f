// A real SMTP server on a free port of this machine, for tests of what the product mails: every
// message it accepts is parsed (mailparser) and kept in `received`.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type TestSmtp = {
  received: ParsedMail[];
  /** The environment that points the product's mail at this server. */
  env: Record<string, string>;
  close: () => Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    env: {
      KLANDIZIE_SMTP_URL: `smtp://127.0.0.1:${port}`,
      KLANDIZIE_MAIL_FROM: 'Kantoor <tevredenheid@kantoor.example.nl>',
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
