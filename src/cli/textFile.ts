/**
 * From a file's bytes to its text (SPEC 3, "Files"): UTF-8 with or without a BOM, UTF-16 with a BOM
 * (Excel's "Unicode text"), else Windows-1252 (Excel's "CSV" on Windows) with a warning naming it.
 * A workbook, an archive or any other binary file is refused in one line saying what it is.
 */
import { basename } from 'node:path';
import { InputError } from './csv';

export interface DecodedText {
  text: string;
  /** Said once per file: the encoding when it had to be guessed. */
  warnings: string[];
}

const startsWith = (bytes: Uint8Array, ...lead: number[]) => lead.every((b, k) => bytes[k] === b);

/** What a binary file is, in a teacher's words, from its first bytes; null when it may be text. */
function binaryKind(bytes: Uint8Array, name: string): string | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    return /\.(xlsx|xlsm)$/i.test(name)
      ? 'an Excel workbook (.xlsx)'
      : /\.ods$/i.test(name)
        ? 'an OpenDocument spreadsheet (.ods)'
        : 'a zip archive';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel workbook (.xls)';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'a PDF';
  // Text never holds a NUL byte outside UTF-16, which has its BOM by now.
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'a binary file' : null;
}

export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const name = basename(path);
  if (startsWith(bytes, 0xef, 0xbb, 0xbf))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), warnings: [] };
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const kind = binaryKind(bytes, name);
  if (kind) {
    throw new InputError(
      `${path} is ${kind}, not a CSV file: save or download the gradebook as CSV (comma-separated values).`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: the encoding Excel writes "CSV" in on Windows (WHATWG's windows-1252, which Node knows).
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: [
        `${name} is not UTF-8: read as Windows-1252 (Excel's "CSV" on Windows). If a name looks wrong, ` +
          'save the file as "CSV UTF-8".',
      ],
    };
  }
}
