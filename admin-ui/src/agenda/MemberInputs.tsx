import { useMemo } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  useGetList,
  type AutocompleteArrayInputProps,
  type AutocompleteInputProps,
} from 'react-admin';
import { memberChoices } from './memberChoices';

/** The API caps a page at 500 rows: a municipality's network fits. */
const ALL = { page: 1, perPage: 500 };
const BY_NAME = { field: 'fullName', order: 'ASC' } as const;
const STALE = 5 * 60 * 1000;

const useMemberChoices = () => {
  const { data, isPending } = useGetList('members', { pagination: ALL, sort: BY_NAME }, { staleTime: STALE });
  const choices = useMemo(() => memberChoices(data ?? []), [data]);
  return { choices, isPending };
};

/** One member (responsible, assigned to, delegated to), searchable by name or username. */
export const MemberInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const { choices, isPending } = useMemberChoices();
  return <AutocompleteInput choices={choices} isPending={isPending} {...props} />;
};

/** Several members (participants). */
export const MemberArrayInput = (props: Omit<AutocompleteArrayInputProps, 'choices'>) => {
  const { choices, isPending } = useMemberChoices();
  return <AutocompleteArrayInput choices={choices} isPending={isPending} {...props} />;
};
