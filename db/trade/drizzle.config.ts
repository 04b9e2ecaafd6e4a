import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/trade/schema.ts',
  out: './db/trade/migrations',
  dbCredentials: { url: './data/trade.db' },
});
