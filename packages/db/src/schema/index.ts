export * from './accounts';
export * from './users';
export * from './auth';
export * from './audit-log';
export * from './conversations';
