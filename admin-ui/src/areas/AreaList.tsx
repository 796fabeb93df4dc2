import { TreeList } from '../common/TreeList';

/** The municipality's areas under the ones they report to, as a tree. */
export const AreaList = () => <TreeList />;
