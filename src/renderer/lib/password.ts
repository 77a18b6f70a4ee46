/**
 * The backend's rule (E_PASSWORD_WEAK), checked early so the form can say so before sending:
 * at least 8 characters, with at least one letter and one digit.
 */
export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
