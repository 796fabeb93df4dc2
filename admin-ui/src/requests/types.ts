import type { RequestStatus } from '@sigobito/config/contracts';

export type Request = {
  id: string;
  kind: 'invitation' | 'audience' | 'attention';
  subject: string;
  description?: string | null;
  requester?: string | null;
  requesterName?: string | null;
  requesterOrganization?: string | null;
  desiredDate?: string | null;
  status: RequestStatus;
  activity?: string | null;
  overdue?: boolean;
};
