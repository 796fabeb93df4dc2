import { getEnv } from '@sigobito/config';

export function backofficeUrl(path: string): string {
  const env = getEnv();
  return `${env.CMS_URL ?? `http://localhost:${env.PORT}`}/backoffice/#/${path.replace(/^\//, '')}`;
}

/** A back-office list already filtered, as react-admin reads it from the address. */
export function backofficeListUrl(resource: string, filter: Record<string, unknown>): string {
  return backofficeUrl(`${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`);
}

export function publicUrl(path: string): string {
  const env = getEnv();
  return `${env.PUBLIC_SITE_URL ?? `http://localhost:${env.PUBLIC_PORT}`}/${path.replace(/^\//, '')}`;
}
