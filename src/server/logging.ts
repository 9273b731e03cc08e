import type { FastifyServerOptions } from 'fastify';

// BSNs and other 8–9 digit numbers, passwords in messages and credentials in connection strings are
// masked, and cookies redacted, before anything is logged.
const longNumber = /\b\d{8,9}\b/g;
const passwordAssignment = /(pass(?:word|wd)?|wachtwoord|secret|token)(["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi;
const urlCredentials = /(\w+:\/\/[^:/\s]+:)[^@\s]+@/g;
export const maskNumbers = (text: string) =>
  text.replace(longNumber, '*********').replace(passwordAssignment, '$1$2[verborgen]').replace(urlCredentials, '$1[verborgen]@');

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', 'password'],
      censor: '[verborgen]',
    },
    serializers: {
      req(request: { method: string; url: string; ip?: string; id?: string }) {
        // Query strings may carry search terms (names, BSNs): log the path and masked parameters only.
        return { method: request.method, url: maskNumbers(request.url), requestId: request.id };
      },
      err(error: Error & { statusCode?: number }) {
        return { type: error.name, message: maskNumbers(String(error.message)), statusCode: error.statusCode, stack: maskNumbers(String(error.stack ?? '')) };
      },
    },
  };
}
