import { useQuery } from '@tanstack/react-query';
import type { ImplementationCounts, ImplementationGuide } from '@sigobito/config/contracts';
import { API_URL, httpClient } from '../dataProvider';

export type GuideAnswer = ImplementationGuide & { counts: ImplementationCounts };

/** `GET /api/backoffice/implementation-guide`, in react-admin's cache (the app bar's refresh reloads it). */
export const useImplementationGuide = (enabled = true) =>
  useQuery({
    queryKey: ['implementation-guide'],
    queryFn: async () => (await httpClient(`${API_URL}/implementation-guide`)).json as GuideAnswer,
    enabled,
  });
