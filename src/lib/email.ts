import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

export type SentEmail = { to: string; subject: string; text: string }

/**
 * Mail sent by this process when no SMTP server is configured. Development prints it; tests
 * read it to check who was notified.
 */
export const outbox: SentEmail[] = []

const captureTransport = {
  name: 'relief-capture',
  version: '1',
  send: (mail: { data: Record<string, unknown> }, callback: (error: Error | null, info: unknown) => void) => {
    const message = {
      to: String(mail.data.to),
      subject: String(mail.data.subject ?? ''),
      text: String(mail.data.text ?? ''),
    }
    outbox.push(message)
    if (process.env.NODE_ENV !== 'test') {
      console.log(`[relief] email to ${message.to}: ${message.subject}\n${message.text}\n`)
    }
    callback(null, { messageId: `relief-${outbox.length}` })
  },
}

export const emailAdapter = () =>
  nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM || 'no-reply@relief.test',
    defaultFromName: 'Relief CMS',
    transport: process.env.SMTP_HOST
      ? nodemailer.createTransport({
          host: process.env.SMTP_HOST,
          port: Number(process.env.SMTP_PORT || 587),
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        })
      : nodemailer.createTransport(captureTransport as never),
  })
