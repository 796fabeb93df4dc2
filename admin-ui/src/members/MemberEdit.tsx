import { ShowButton, TopToolbar } from 'react-admin';
import { EditView } from '../common/EditView';
import { DeactivateMemberButton } from './DeactivateMemberButton';
import { MemberInputs } from './MemberInputs';

const MemberEditActions = () => (
  <TopToolbar>
    <DeactivateMemberButton />
    <ShowButton />
  </TopToolbar>
);

export const MemberEdit = () => (
  <EditView actions={<MemberEditActions />}>
    <MemberInputs mode="edit" />
  </EditView>
);
