type MemberLike = { id: string | number; fullName?: string | null; username?: string | null; active?: boolean | null };

/**
 * How a member reads in a picker: "Luis Ábrego (staff)". The username is shown because it is
 * how colleagues know each other's accounts, and the API's member search does not cover it:
 * the pickers filter these labels in the browser instead.
 */
export const memberLabel = (member: MemberLike): string => {
  const name = member.fullName?.trim() || member.username || String(member.id);
  return member.username && member.username !== name ? `${name} (${member.username})` : name;
};

/** Active members first, each in alphabetical order, as picker choices. */
export const memberChoices = (members: readonly MemberLike[]): Array<{ id: string | number; name: string }> =>
  [...members]
    .sort((a, b) => Number(b.active !== false) - Number(a.active !== false) || memberLabel(a).localeCompare(memberLabel(b), 'es'))
    .map((member) => ({ id: member.id, name: memberLabel(member) }));
