import { defineConfig } from 'drizzle-kit';

/** Migrations are generated into resources/ because they ship with the app and run on open. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/backend/db/schema.ts',
  out: './resources/migrations',
});
