import { getEnv } from '@sigobito/config';

export function backofficeUrl(path: string): string {
  const env = getEnv();
  return `${env.CMS_URL ?? `http://localhost:${env.PORT}`}/backoffice/#/${path.replace(/^\//, '')}`;
}

export function publicUrl(path: string): string {
  const env = getEnv();
  return `${env.PUBLIC_SITE_URL ?? `http://localhost:${env.PUBLIC_PORT}`}/${path.replace(/^\//, '')}`;
}
