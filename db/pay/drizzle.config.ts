import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/pay/schema.ts',
  out: './db/pay/migrations',
  dbCredentials: { url: './data/pay.db' },
});
