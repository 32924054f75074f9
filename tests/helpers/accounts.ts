// Accounts for end-to-end tests: made directly in the app's database file, then signed in through
// the real sign-in page, as an analyst would.
import type { Page } from "playwright-core";
import { addUser } from "@/lib/auth/accounts";
import type { Role } from "@/lib/auth/roles";
import { createDb } from "@/lib/db/client";

export async function addAccount(databaseUrl: string, email: string, role: Role): Promise<string> {
  const db = createDb(databaseUrl);
  try {
    return (await addUser(db, email, role)).password;
  } finally {
    await db.$disconnect();
  }
}

export async function signInAs(page: Page, appUrl: string, email: string, password: string) {
  await page.goto(`${appUrl}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForURL(`${appUrl}/`), page.locator('[data-testid="sign-in-form"] button[type="submit"]').click()]);
  await page.getByTestId("account-menu").waitFor();
}
