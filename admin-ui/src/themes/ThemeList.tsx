import { TreeList } from '../common/TreeList';
import { ColourSwatch } from './ColourSwatch';

/** The government plan's axes and their themes, as a tree. */
export const ThemeList = () => <TreeList extra={(record) => <ColourSwatch colour={record.colour} />} />;
