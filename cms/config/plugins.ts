import { getEnv } from '@sigobito/config';

export default () => {
  const env = getEnv();
  return {
    'users-permissions': {
      config: {
        // A stateless JWT that lasts one working day: the back office returns to the login
        // page on the first 401 after it expires.
        jwtManagement: 'legacy-support',
        jwtSecret: env.JWT_SECRET,
        jwt: { expiresIn: `${env.SESSION_HOURS}h` },
        register: { allowedFields: [] },
        // Brute-force brake on /auth/local, per address and minute.
        ratelimit: { interval: 60_000, max: env.LOGIN_RATE_LIMIT },
      },
    },
  };
};
