export * from './accounts';
export * from './users';
export * from './teams';
export * from './auth';
export * from './audit-log';
export * from './conversations';
export * from './inbox';
export * from './channels';
