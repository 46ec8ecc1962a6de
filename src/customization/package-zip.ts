import AdmZip from 'adm-zip';

/**
 * A zip of these entries under exactly these names. Acumatica names a package's entries with backslashes
 * (`Pages\KN\KN401000.aspx`), and adm-zip turns them into slashes when it adds a file, so each entry is
 * added under a neutral name and renamed; they stay in the order given (project.xml first, as Acumatica writes it).
 */
export function zipEntries(entries: Array<{ name: string; content: Buffer }>): Buffer {
  const zip = new AdmZip({ noSort: true });
  entries.forEach(({ content }, i) => zip.addFile(`entry-${i}`, content));
  zip.getEntries().forEach((entry, i) => {
    entry.entryName = entries[i]?.name ?? entry.entryName;
  });
  return zip.toBuffer();
}
