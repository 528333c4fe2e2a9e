/** The customer-360 reference server: create one over a database, mount its listener. */
export {createServer, GRAPHQL_PATH, HEALTH_PATH} from './server.js';
export type {Customer360Server, Health, ServerOptions} from './server.js';
export {openPglite, openPostgres, countingDb} from './db.js';
export type {Db, Statement} from './db.js';
export {allowEveryone, bearerTokens, CONFIDENTIAL_ROLE, REPORTS_ROLE} from './auth.js';
export type {Agent, Authenticate, TokenEntry} from './auth.js';
export {migrate, readMigrations} from './migrate.js';
export {eraseCustomer, pruneAudit} from './erase.js';
export {DEFAULT_LIMITS} from './limits.js';
export type {Limits} from './limits.js';
export {ImportError, importCustomers, importRecords, readExport, rebaseShift, REBASE_STEPS, shiftDate} from './import.js';
export type {ImportOptions, ImportProblem, ImportSummary, RebaseStep, Shift} from './import.js';
