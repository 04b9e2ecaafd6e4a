import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/tc/schema.ts',
  out: './db/tc/migrations',
  dbCredentials: { url: './data/tc.db' },
});
