import { dropDatabase } from './mysql';

export default async function globalTeardown() {
  if (process.env.DATABASE_CLIENT === 'mysql' && process.env.SIGOBITO_TEST_DB) await dropDatabase(process.env.SIGOBITO_TEST_DB);
}
