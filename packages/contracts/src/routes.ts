/**
 * Paths of the HTTP API, shared by the server, the web app and the tests so a
 * rename cannot leave a caller behind. Request/response schemas live beside
 * their domain (users.ts, auth.ts…).
 */
export const API = {
  signIn: '/api/v1/auth/sign-in',
  signOut: '/api/v1/auth/sign-out',
  session: '/api/v1/auth/session',
  /** Tokens are base64url: safe in a path as they are. */
  invitation: (token: string) => `/api/v1/auth/invitations/${token}`,
  acceptInvitation: '/api/v1/auth/accept-invitation',
  me: '/api/v1/me',
  account: '/api/v1/account',
  users: '/api/v1/users',
  user: (id: string) => `/api/v1/users/${id}`,
  invitations: '/api/v1/users/invitations',
  deactivateUser: (id: string) => `/api/v1/users/${id}/deactivate`,
  reactivateUser: (id: string) => `/api/v1/users/${id}/reactivate`,
  apiTokens: '/api/v1/api-tokens',
  apiToken: (id: string) => `/api/v1/api-tokens/${id}`,
  auditLog: '/api/v1/audit-log',
  conversations: '/api/v1/conversations',
  conversation: (id: string) => `/api/v1/conversations/${id}`,
  conversationMessages: (id: string) => `/api/v1/conversations/${id}/messages`,
  conversationAssignment: (id: string) => `/api/v1/conversations/${id}/assignment`,
  customer: (id: string) => `/api/v1/customers/${id}`,
} as const;
