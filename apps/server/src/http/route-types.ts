import type {
  FastifyInstance,
  FastifyBaseLogger,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '@sincere/contracts';

/** The Fastify instance with zod schemas as its type provider: handlers get typed, validated input. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Error responses every authenticated route can give, for the OpenAPI document. */
export const AUTHED_ERRORS = { 401: ErrorBody, 403: ErrorBody, 422: ErrorBody } as const;
export const NOT_FOUND = { 404: ErrorBody } as const;
