import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '@sincere/contracts';
import { AppError } from './app-error';

/**
 * The one place that turns failures into HTTP answers. Anything a client sends
 * gets a 4xx naming what is wrong; a 500 means a bug and says nothing more.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0] ?? ''}`),
  );

  app.setErrorHandler(answerError);
}

/** The error handler; also given to Fastify for the router's own errors (a malformed or overlong URL). */
export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
    return send(reply, error.status, error.code, error.message, error.fields);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const unknownKeys =
        issue.keyword === 'unrecognized_keys' ? (issue.params['keys'] as string[] | undefined) : undefined;
      if (unknownKeys) {
        for (const key of unknownKeys) fields[path ? `${path}.${key}` : key] = 'Unknown field';
      } else {
        fields[path || where] ??= issue.message ?? 'Invalid value';
      }
    }
    return send(reply, 422, 'validation_failed', `Invalid ${where}: ${Object.keys(fields).join(', ')}`, fields);
  }
  if (error.code === 'FST_ERR_RESPONSE_SERIALIZATION') {
    request.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
    return send(reply, 500, 'internal', 'Internal error');
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return send(reply, 413, 'payload_too_large', 'Request body is too large');
  if (status === 415) return send(reply, 415, 'unsupported_media_type', error.message);
  if (status === 429) return send(reply, 429, 'rate_limited', error.message);
  if (status >= 400 && status < 500)
    return send(reply, status === 404 ? 404 : 400, status === 404 ? 'not_found' : 'bad_request', error.message);
  if (isConnectionFailure(error)) {
    void reply.header('retry-after', '5');
    return send(reply, 503, 'unavailable', 'The database is unavailable; retry shortly');
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, 'internal', 'Internal error');
}

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string, fields?: Record<string, string>) {
  const body: ErrorBody = { error: fields ? { code, message, fields } : { code, message } };
  return reply.status(status).type('application/json').send(body);
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001']);
function isConnectionFailure(error: FastifyError): boolean {
  return CONNECTION_ERRORS.has(error.code) || /Connection terminated/.test(error.message);
}
