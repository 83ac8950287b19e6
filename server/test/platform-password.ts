/** The platform administrator's password in every test database (harness and server processes). */
export const PLATFORM_PASSWORD = 'platform-admin-password';
