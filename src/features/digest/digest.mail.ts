// Mail for the weekly digest: an SMTP server named by KLANDIZIE_SMTP_URL and a sender in
// KLANDIZIE_MAIL_FROM. Without both the digest is off, and says so rather than trying.
import nodemailer from 'nodemailer';
import { publicUrlFrom } from '../../http/config.ts';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
};

/** Sends one message; rejects when the server does not accept it. */
export type Mailer = { send: (message: MailMessage) => Promise<void> };

export type MailSettings =
  | { on: true; smtpUrl: string; from: string; publicUrl: string | undefined }
  | { on: false; reason: string; publicUrl: string | undefined };

type Env = Record<string, string | undefined>;

export function mailSettingsFromEnv(env: Env): MailSettings {
  const publicUrl = publicUrlFrom(env.KLANDIZIE_PUBLIC_URL);
  const smtpUrl = env.KLANDIZIE_SMTP_URL?.trim();
  const from = env.KLANDIZIE_MAIL_FROM?.trim();
  if (!smtpUrl) return { on: false, reason: 'KLANDIZIE_SMTP_URL is not set', publicUrl };
  if (!/^smtps?:\/\//.test(smtpUrl))
    throw new Error('KLANDIZIE_SMTP_URL must start with smtp:// or smtps://');
  if (!from) return { on: false, reason: 'KLANDIZIE_MAIL_FROM is not set', publicUrl };
  return { on: true, smtpUrl, from, publicUrl };
}

/** A mailer that sends through the configured SMTP server. */
export function smtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'Content-Language': message.language },
      });
    },
  };
}
