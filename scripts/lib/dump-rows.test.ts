import fc from 'fast-check';
import { countDumpRows, DumpRowCounter } from './dump-rows';

const table = (name: string) => `DROP TABLE IF EXISTS \`${name}\`;\nCREATE TABLE \`${name}\` (\n  \`id\` int(10) unsigned NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (\`id\`)\n) ENGINE=InnoDB;\n`;

describe('row counts read from a mariadb-dump as it streams', () => {
  it('counts the rows of an extended INSERT on one line (mysqldump) and one row per line (MariaDB 10.11+)', () => {
    const dump = [
      table('actors'),
      "INSERT INTO `actors` VALUES (1,'Rosa'),(2,'Juan'),(3,NULL);",
      table('places'),
      'INSERT INTO `places` VALUES',
      "(1,'Centro',0x00FF),",
      "(2,'Norte',_binary 'a');",
    ].join('\n');
    expect(countDumpRows(dump)).toEqual({ actors: 3, places: 2 });
  });

  it('lists a table without rows with 0', () => {
    expect(countDumpRows(`${table('files')}${table('tasks')}INSERT INTO \`tasks\` VALUES (1);\n`)).toEqual({ files: 0, tasks: 1 });
  });

  it('adds up the several INSERT statements a big table is split into', () => {
    expect(countDumpRows(`${table('audit_logs')}INSERT INTO \`audit_logs\` VALUES (1),(2);\nINSERT INTO \`audit_logs\` VALUES (3);\n`)).toEqual({ audit_logs: 3 });
  });

  it('is not fooled by parentheses, quotes, semicolons or statement text inside strings', () => {
    const tricky = [
      "'(uno), (dos)'",
      "'punto y coma; (3)'",
      "'O\\'Brien (4)'",
      "'barra al final \\\\'",
      "'salto\\nde línea INSERT INTO `x` VALUES (5);'",
      "'emoji 🎉 y ñ (6)'",
      "''",
    ];
    const dump = `${table('notes')}INSERT INTO \`notes\` VALUES ${tricky.map((s, i) => `(${i + 1},${s})`).join(',')};\n`;
    expect(countDumpRows(dump)).toEqual({ notes: tricky.length });
  });

  it('reads table names with a backtick (doubled in the dump)', () => {
    expect(countDumpRows('CREATE TABLE `we``ird` (\n) ;\nINSERT INTO `we``ird` VALUES (1),(2);\n')).toEqual({ 'we`ird': 2 });
  });

  it('ignores INSERT and CREATE TABLE text that does not start a line, and routines or views', () => {
    const dump = [
      '-- INSERT INTO `ghost` VALUES (1);',
      "/*!50001 CREATE TABLE `a_view` (\n  `id` tinyint NOT NULL\n) */;",
      'CREATE DEFINER=`root`@`%` PROCEDURE `p`() INSERT INTO `ghost` VALUES (1) ;',
      table('real'),
      'INSERT INTO `real` VALUES (1); -- (2),(3)',
    ].join('\n');
    expect(countDumpRows(dump)).toEqual({ real: 1 });
  });

  it('reads the binary log position a dump made with --master-data=2 records, for point-in-time recovery', () => {
    const dump = `--\n-- Position to start replication or point-in-time recovery from\n--\n\n-- CHANGE MASTER TO MASTER_LOG_FILE='mariadb-bin.000007', MASTER_LOG_POS=4711;\n\n${table('a')}`;
    const counter = new DumpRowCounter();
    counter.write(Buffer.from(dump));
    expect(counter.binlog).toEqual({ file: 'mariadb-bin.000007', position: 4711 });
    const without = new DumpRowCounter();
    without.write(Buffer.from(table('a')));
    expect(without.binlog).toBeNull();
  });

  it('counts the same whichever way the stream is cut into chunks', () => {
    const dump = Buffer.from(
      `${table('a')}INSERT INTO \`a\` VALUES (1,'x(\\'y'),(2,'ñ;'),(3,'');\n${table('b')}INSERT INTO \`b\` VALUES\n(1,'(\\\\'),\n(2,'z');\n`,
      'utf8',
    );
    const whole = countDumpRows(dump);
    expect(whole).toEqual({ a: 3, b: 2 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: dump.length - 1 }), { maxLength: 12 }), (cuts) => {
        const counter = new DumpRowCounter();
        const points = [0, ...[...cuts].sort((x, y) => x - y), dump.length];
        for (let i = 0; i < points.length - 1; i++) counter.write(dump.subarray(points[i], points[i + 1]));
        expect({ ...counter.counts }).toEqual(whole);
      }),
    );
  });
});
