import { SESSION_REQUEST } from '../session';

/** The name a server suggests in `Content-Disposition` (`filename*=UTF-8''…` preferred), else the fallback. */
export const fileNameFromDisposition = (header: string | null | undefined, fallback: string): string => {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, '')) || fallback;
    } catch {
      // A malformed encoded name: fall back to the plain one.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain ? (plain[2] ?? plain[1]).trim() : '';
  return name || fallback;
};

/**
 * Downloads a file the API protects with the session: fetched like every API call and handed
 * to the browser as a blob, so a failure is told in the page instead of as a broken download.
 */
export const downloadWithSession = async (url: string, fallbackName: string): Promise<void> => {
  const response = await fetch(url, { credentials: SESSION_REQUEST.credentials, headers: SESSION_REQUEST.headers });
  if (!response.ok) throw Object.assign(new Error('ra.notification.http_error'), { status: response.status });
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
};
